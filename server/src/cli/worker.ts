/** A worker thread of `support-tone check`: checks the files it is given with its own engine. */
import { FileChecker, type FileTask } from './checkFiles';
import { toJsonFile, type JsonFile } from './report';
import type { ConfigProblem } from '../config/parseConfig';

const checker = new FileChecker();

/** Checks a batch of files (batches keep the cost of passing messages small next to the work). */
export default function checkInWorker(tasks: FileTask[]): { file: JsonFile; configProblems: ConfigProblem[] }[] {
  return tasks.map((task) => {
    const result = checker.check(task);
    return { file: toJsonFile(result), configProblems: result.configProblems };
  });
}
