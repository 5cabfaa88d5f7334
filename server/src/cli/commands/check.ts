import { resolve } from 'node:path';
import type { DocumentKind } from '../../engine/model';
import { changedSince, onlyChanged } from '../changes';
import { tasksFor, withTeamRules, type FileTask } from '../checkFiles';
import { UsageError } from '../files';
import { readStdin } from '../io';
import { Output, Progress } from '../output';
import { CodeOwners, ownersEntry } from '../owners';
import { Reporter } from '../reporter';
import type { Run } from '../run';
import { checkAll, threadCount } from '../runner';
import { runFix, type FixOptions } from './fix';

export interface CheckOptions extends FixOptions {
  kind?: DocumentKind;
  lang?: string;
  config?: string;
  stdinFilename?: string;
  changedSince?: string;
  fix?: boolean;
  shard?: { index: number; count: number };
  threads?: number;
  /** `--owner`: only files CODEOWNERS gives this owner. */
  owner?: string;
}

/** `support-tone check`: checks files (on worker threads when the work is large enough) and reports in any format. */
export async function runCheck(inputs: string[], options: CheckOptions, shippedRun: Run): Promise<number> {
  if (options.stdin && inputs.length > 0) throw new UsageError('Give either paths or --stdin, not both.');
  if (options.fix && options.fixDryRun) throw new UsageError('Give either --fix or --fix-dry-run.');
  const tasks: FileTask[] = options.stdin
    ? [
        {
          path: options.stdinFilename ?? 'stdin.md',
          text: await readStdin(),
          kind: options.kind,
          language: options.lang,
          configPath: options.config,
          ...ownersEntry(CodeOwners.load(), options.stdinFilename ?? 'stdin.md'),
        },
      ]
    : await tasksFor(inputs, options);
  // An empty shard is normal in a CI matrix: it reports nothing and passes.
  if (tasks.length === 0 && !options.changedSince && !options.shard)
    throw new UsageError(`No files to check (Markdown, MDX, text, HTML or macro JSON) in: ${inputs.join(' ') || '.'}`);
  const run = withTeamRules(shippedRun, tasks);
  if (options.fix || options.fixDryRun) return runFix(tasks, options, run);

  const changed = options.changedSince ? changedSince(options.changedSince) : undefined;
  const selected = changed ? tasks.filter((task) => changed.has(resolve(task.path))) : tasks;
  const draftChecks = new Set(run.rules.filter((rule) => rule.scope === 'draft').map((rule) => rule.id));
  const reporter = new Reporter(options, run, new Output(options.output));
  const progress = new Progress(selected.length);
  const serialized = reporter.takesSerialized && !changed;
  for await (const checked of checkAll(selected, threadCount(options.threads, selected), serialized, (done) => progress.update(done))) {
    if (!changed || !('file' in checked)) reporter.addChecked(checked);
    else
      reporter.add(
        onlyChanged(checked.file, changed.get(resolve(checked.file.path))!, (ruleId) => draftChecks.has(ruleId)),
        checked.configProblems,
      );
  }
  progress.done();
  return reporter.finish();
}
