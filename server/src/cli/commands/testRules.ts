import { relative, resolve } from 'node:path';
import { DEFAULT_PACK, packFor } from '../../api';
import { runsIn } from '../../engine/rule';
import { ConfigResolver } from '../../config/loadConfig';
import { nodeConfigHost } from '../../config/nodeHost';
import type { ConfigProblem } from '../../config/parseConfig';
import { exampleKind, runExamples } from '../../rulekit/examples';
import type { RuleExamples } from '../../rulekit/load';
import { UsageError } from '../files';
import { describeConfigProblems } from '../formatters/stylish';
import { EXIT } from '../reporter';

export interface TestRulesOptions {
  config?: string;
  color?: boolean;
}

/**
 * `support-tone test-rules`: runs the examples inside the team's rules (the config's and those of
 * the style files it extends). A failing example is an error at its line in the file that defines
 * it: exit 1. A broken config or rule definition: exit 2. Otherwise 0.
 */
export function runTestRules(options: TestRulesOptions, write: (text: string) => void): number {
  const configs = new ConfigResolver(nodeConfigHost, DEFAULT_PACK);
  const config = options.config ? configs.read(resolve(options.config)) : configs.forFolder(process.cwd());
  if (!config.path) throw new UsageError('No .support-tone.json in this folder or above it: give one with --config.');
  const color = options.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const failures: ConfigProblem[] = [];
  let examples = 0;
  const untested: string[] = [];
  for (const { rule, source } of config.teamRules) {
    const own = source.data.examples as RuleExamples | undefined;
    if (!own) {
      untested.push(rule.id);
      continue;
    }
    // Examples are in the rule's language: they run with its pack (the first installed one it names).
    const pack = runsIn(rule, DEFAULT_PACK.id) ? DEFAULT_PACK : rule.languages?.map((language) => packFor(language)).find(Boolean);
    if (!pack) continue;
    examples += (own.flag?.length ?? 0) + (own.pass?.length ?? 0) + (own.fix?.length ?? 0);
    for (const failure of runExamples(rule, own, pack, exampleKind(source.data))) {
      const field = failure.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('');
      failures.push(source.locate(['rules', rule.id, 'examples', ...failure.path], `${rule.id}: examples${field} ${failure.message}`));
    }
  }
  write(describeConfigProblems(config.problems, color));
  for (const failure of failures)
    write(`${relative(process.cwd(), failure.file)}:${failure.line}:${failure.column}: error ${failure.message}\n`);
  if (untested.length > 0) write(`No examples in: ${untested.join(', ')}.\n`);
  if (config.otherLanguageRules.length > 0)
    write(`Not run (no installed pack for their languages): ${config.otherLanguageRules.join(', ')}.\n`);
  const rules = config.teamRules.length - untested.length;
  write(`${examples - failures.length} of ${examples} examples pass in ${rules} team rule${rules === 1 ? '' : 's'}.\n`);
  if (config.problems.length > 0) return EXIT.failure;
  return failures.length > 0 ? EXIT.findings : EXIT.clean;
}
