import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ConfigProblem } from '../config/parseConfig';
import type { Severity } from '../engine/model';
import { FileChecker, type FileResult, type FileTask } from './checkFiles';
import { countBySeverity } from './formatters/shared';
import { statOrUndefined } from './io';
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

/**
 * Bytes of text each thread needs before a run starts worker threads: every worker loads and
 * warms up its own engine (two workers spent 1.1 s more CPU than one thread on 2 MB).
 * Measured on a 2-core machine shared with other jobs (bench/generate.ts corpora, JSON
 * report, median wall time of 5 interleaved runs), one thread against two: 1 MB 2.0 s vs
 * 3.1 s, 2 MB 3.2 s vs 4.4 s, 4 MB 4.4 s vs 5.0 s, 8 MB 8.5 s vs 9.4 s, 20 MB 31.7 s vs 29.9 s.
 */
const BYTES_PER_THREAD = 5_000_000;

/** How many threads a run uses: `--threads`, or as many cores as the amount of text keeps busy. */
export function threadCount(requested: number | undefined, tasks: readonly FileTask[]): number {
  if (requested !== undefined) return Math.max(1, requested);
  const cores = availableParallelism();
  let bytes = 0;
  for (const task of tasks) {
    bytes += task.text?.length ?? statOrUndefined(task.path)?.size ?? 0;
    if (bytes >= cores * BYTES_PER_THREAD) return cores;
  }
  return Math.max(1, Math.floor(bytes / BYTES_PER_THREAD));
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
