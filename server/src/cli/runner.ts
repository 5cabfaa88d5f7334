import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ConfigProblem } from '../config/parseConfig';
import type { Severity } from '../engine/types';
import { FileChecker, type FileResult, type FileTask } from './checkFiles';
import { countBySeverity } from './formatters/shared';
import { toJsonFile, type JsonFile } from './report';

/**
 * One checked file as the runner hands it on: the report entry as an object, or — when the
 * report is JSON as it is — already serialized, which spares the main thread the work of
 * receiving and re-serializing thousands of objects.
 */
export type Checked = ({ file: JsonFile } | { json: string; findingCounts: Record<Severity, number> }) & {
  configProblems: ConfigProblem[];
};

/** What a worker thread is given: some files, and whether to serialize their entries. */
export interface Batch {
  tasks: FileTask[];
  serialized: boolean;
}

export function toChecked(result: FileResult, serialized: boolean): Checked {
  const file = toJsonFile(result);
  if (!serialized) return { file, configProblems: result.configProblems };
  return { json: JSON.stringify(file), findingCounts: countBySeverity(file.findings), configProblems: result.configProblems };
}

/** Stands in for a batch already handed on, so its results can be collected. */
const CONSUMED: Promise<Checked[]> = Promise.resolve([]);

/** Files per message to a worker thread. */
const BATCH_SIZE = 16;

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 64;

/** How many threads a run uses: `--threads`, or every core. */
export function threadCount(requested: number | undefined, files: number): number {
  if (requested !== undefined) return Math.max(1, requested);
  return files < PARALLEL_FROM ? 1 : availableParallelism();
}

/**
 * Checks files on `threads` threads and yields the results in input order, so output does not
 * depend on which thread finished first. `onProgress` is told each time a file is done.
 */
export async function* checkAll(
  tasks: readonly FileTask[],
  threads: number,
  serialized: boolean,
  onProgress: (done: number) => void,
): AsyncGenerator<Checked> {
  if (threads <= 1) {
    const checker = new FileChecker();
    for (let index = 0; index < tasks.length; index++) {
      const checked = toChecked(checker.check(tasks[index]), serialized);
      onProgress(index + 1);
      yield checked;
    }
    return;
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina<Batch, Checked[]>({ filename: join(__dirname, 'check-worker.js'), minThreads: threads, maxThreads: threads });
  const batches: Batch[] = [];
  for (let start = 0; start < tasks.length; start += BATCH_SIZE)
    batches.push({ tasks: tasks.slice(start, start + BATCH_SIZE), serialized });
  try {
    // Batches are submitted as soon as any finishes, not when the oldest does, so a slow batch
    // never leaves a thread idle; results are still yielded in input order.
    const results: Promise<Checked[]>[] = [];
    let submitted = 0;
    let running = 0;
    let done = 0;
    const submit = () => {
      while (submitted < batches.length && running < threads * 2) {
        running++;
        results.push(
          pool.run(batches[submitted++]).then((checked) => {
            running--;
            done += checked.length;
            onProgress(done);
            submit();
            return checked;
          }),
        );
      }
    };
    submit();
    for (let index = 0; index < batches.length; index++) {
      yield* await results[index];
      results[index] = CONSUMED;
    }
  } finally {
    await pool.destroy();
  }
}
