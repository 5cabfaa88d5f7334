import type { ConfigProblem } from '../../config/parseConfig';
import { Output } from '../output';
import { CodeOwners, withOwners } from '../owners';
import { readJsonReport, type JsonFile } from '../report';
import { Reporter, type ReportOptions } from '../reporter';
import type { Run } from '../run';

export type MergeOptions = ReportOptions;

/** `support-tone merge`: one report from the JSON reports of several shards. */
export function runMerge(reports: string[], options: MergeOptions, run: Run): number {
  const files = new Map<string, JsonFile>();
  const reporter = new Reporter(options, run, new Output(options.output));
  const problems: ConfigProblem[] = [];
  for (const path of reports) {
    const report = readJsonReport(path);
    for (const file of report.files) if (!files.has(file.path)) files.set(file.path, file);
    problems.push(...(report.configProblems ?? []));
  }
  const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Shard reports carry their owners; CODEOWNERS fills in those of reports written without them.
  const codeOwners = CodeOwners.load();
  sorted.forEach((file, index) => reporter.add(withOwners(file, codeOwners), index === 0 ? problems : []));
  return reporter.finish();
}
