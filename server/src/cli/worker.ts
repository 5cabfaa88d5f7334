/** A worker thread of `support-tone check`: checks the files it is given with its own engine. */
import { FileChecker, type FileTask } from './checkFiles';
import { toJsonFile, type JsonFile } from './report';
import type { ConfigProblem } from '../config/parseConfig';

const checker = new FileChecker();

export default function checkInWorker(task: FileTask): { file: JsonFile; configProblems: ConfigProblem[] } {
  const result = checker.check(task);
  return { file: toJsonFile(result), configProblems: result.configProblems };
}
