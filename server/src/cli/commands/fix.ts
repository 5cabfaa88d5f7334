import { FileChecker, type FileTask } from '../checkFiles';
import { fixDiff, fixedText, writeFix } from '../fix';
import { readTextFile } from '../io';
import { Output } from '../output';
import { toJsonFile } from '../report';
import { EXIT, Reporter, type ReportOptions } from '../reporter';
import type { Run } from '../run';

export interface FixOptions extends ReportOptions {
  /** Print the fixes as a unified diff instead of writing them. */
  fixDryRun?: boolean;
  /** The one task is text from stdin: the fixed text (or the diff) goes to stdout. */
  stdin?: boolean;
}

/** `check --fix` writes every safe fix (atomically) and reports what is left; `--fix-dry-run` prints the diff instead. */
export function runFix(tasks: FileTask[], options: FixOptions, run: Run): number {
  const checker = new FileChecker();
  if (options.stdin) {
    const checked = checker.check(tasks[0]);
    process.stdout.write(options.fixDryRun ? fixDiff(checked) : fixedText(checked));
    return EXIT.clean;
  }
  const out = new Output(options.output);
  const reporter = new Reporter(options, run, options.fixDryRun ? undefined : out);
  let skipped = 0;
  for (const task of tasks) {
    const original = readTextFile(task.path);
    const checked = checker.check({ ...task, text: original.text });
    if (options.fixDryRun) {
      out.write(fixDiff(checked));
      reporter.add(toJsonFile(checked), checked.configProblems);
      continue;
    }
    const outcome = writeFix(checked, original.bytes);
    if (outcome.status === 'skipped') {
      skipped++;
      process.stderr.write(`support-tone: left ${task.path} untouched: ${outcome.reason}.\n`);
    }
    const remaining = outcome.status === 'fixed' ? checker.check({ ...task, text: outcome.text }) : checked;
    reporter.add(toJsonFile(remaining), checked.configProblems);
  }
  const code = reporter.finish();
  if (options.fixDryRun) out.close();
  return skipped > 0 ? EXIT.failure : code;
}
