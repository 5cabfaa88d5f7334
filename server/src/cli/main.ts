import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { languageOfTag } from '../engine/language';
import { SEVERITIES, type DocumentKind } from '../engine/model';
import { runCheck, type CheckOptions } from './commands/check';
import { runLsp } from './commands/lsp';
import { runMerge, type MergeOptions } from './commands/merge';
import { runReport, type ReportCommandOptions } from './commands/report';
import { runTestRules, type TestRulesOptions } from './commands/testRules';
import { parseShard } from './files';
import { FORMATTERS } from './formatters';
import { EXIT } from './reporter';
import { startRun } from './run';
import packageJson from '../../../package.json';

function parseKind(value: string): DocumentKind {
  if (value !== 'reply' && value !== 'article') throw new InvalidArgumentError("Use 'reply' or 'article'.");
  return value;
}

function parseLanguage(value: string): string {
  const language = languageOfTag(value);
  if (!language) throw new InvalidArgumentError("Use a language code such as 'en', 'pl' or 'sv-SE'.");
  return language;
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('Use a whole number, 0 or more.');
  return count;
}

function parseScore(value: string): number {
  const score = Number(value);
  if (!Number.isInteger(score) || score < 0 || score > 100) throw new InvalidArgumentError('Use a whole number from 0 to 100.');
  return score;
}

function parseShardOption(value: string) {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** Options every report-writing command shares. */
function withReportOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .addOption(new Option('--severity <level>', 'report only findings at least this severe').choices([...SEVERITIES]))
    .option('-q, --quiet', 'report errors only')
    .option('--exit-zero', 'exit 0 even when findings are errors (config and usage errors still exit 2)')
    .option('--min-score <n>', 'exit 1 when a document scores below n (0-100 tone score)', parseScore)
    .option('--baseline <report.json>', 'mark findings new or unchanged against an earlier JSON report, and list fixed ones')
    .addOption(
      new Option('--fail-on <findings>', 'which findings decide the exit code: any, or only new ones (needs --baseline)')
        .choices(['any', 'new'])
        .default('any'),
    )
    .option('--no-color', 'never colour the output');
}

/** Builds the `support-tone` command line. Commands resolve to an exit code instead of exiting. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('support-tone')
    .description('Tone checks for support replies and knowledge-base articles, and the headline each draft would make.')
    .version(packageJson.version)
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(message) });

  withReportOptions(
    program
      .command('check')
      .description('Check files, folders and globs (default: the current folder).')
      .argument('[paths...]', 'files, folders or globs'),
  )
    .option('-k, --kind <kind>', 'treat every file as a reply or an article', parseKind)
    .option('--lang <code>', 'check every file in this language (a code such as en, pl, sv-SE) instead of detecting it', parseLanguage)
    .option('-c, --config <file>', 'use this config file instead of the nearest .support-tone.json')
    .option('--stdin', 'check text from stdin')
    .option('--stdin-filename <path>', 'the path the stdin text stands for (config, kind and format follow it)')
    .option('--changed-since <ref>', 'report only findings on lines changed since a git ref')
    .option('--fix', 'apply every safe fix to the files')
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them')
    .option('--shard <i/n>', 'check only the i-th of n deterministic slices of the files', parseShardOption)
    .option('--threads <n>', 'worker threads (default: every core for large runs)', parseCount)
    .option('--owner <owner>', 'check only the files CODEOWNERS gives this owner (e.g. @acme/docs)')
    .action(async (paths: string[], options: CheckOptions) => setExitCode(await runCheck(paths, options, startRun())));

  withReportOptions(
    program
      .command('merge')
      .description('Combine JSON reports (from --shard runs) into one report in any format.')
      .argument('<reports...>', 'JSON reports'),
  ).action((reports: string[], options: MergeOptions) => setExitCode(runMerge(reports, options, startRun())));

  program
    .command('report')
    .description('Write a self-contained HTML review report for docs teams.')
    .argument('[paths...]', 'files, folders or globs')
    .requiredOption('--out <file>', 'the HTML file to write')
    .option('-k, --kind <kind>', 'treat every file as a reply or an article', parseKind)
    .option('--lang <code>', 'check every file in this language (a code such as en, pl, sv-SE) instead of detecting it', parseLanguage)
    .option('-c, --config <file>', 'use this config file instead of the nearest .support-tone.json')
    .option(
      '--source-url <template>',
      "link each finding to its source: a URL with {path} and {line} (default: from a GitHub or GitLab 'origin' remote)",
    )
    .option(
      '--edit-url <template>',
      "link each document to its edit page: a URL with {path} (default: from a GitHub or GitLab 'origin' remote)",
    )
    .option('--docs-base-url <url>', "link rule names to this URL followed by the rule id (default: the page's rules appendix)")
    .option('--threads <n>', 'worker threads (default: every core for large runs)', parseCount)
    .option('--baseline <report.json>', 'mark findings new or unchanged against an earlier JSON report, and list fixed ones')
    .option('--owner <owner>', 'report only the files CODEOWNERS gives this owner (e.g. @acme/docs)')
    .action(async (paths: string[], options: ReportCommandOptions) => setExitCode(await runReport(paths, options, startRun())));

  program
    .command('test-rules')
    .description("Run the examples inside the team's rules (in .support-tone.json and the style files it extends).")
    .option('-c, --config <file>', 'use this config file instead of the nearest .support-tone.json')
    .option('--no-color', 'never colour the output')
    .action((options: TestRulesOptions) => setExitCode(runTestRules(options, (text) => process.stdout.write(text))));

  program
    .command('lsp')
    .description('Run the language server (for Neovim, Helix, Emacs and other LSP clients).')
    .option('--stdio', 'talk over stdin and stdout (the default)')
    .option('--node-ipc', 'talk over Node IPC')
    .option('--socket <port>', 'talk over a socket')
    .action(runLsp);
  return program;
}

/** Runs the CLI; every failure becomes exit code 2 with a one-line reason on stderr. */
export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.clean;
  const program = buildProgram((code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.clean : EXIT.failure;
    process.stderr.write(`support-tone: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}
