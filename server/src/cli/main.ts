import { createWriteStream, type WriteStream } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigResolver } from '../config/loadConfig';
import type { DocumentKind } from '../engine/types';
import { checkFiles } from './checkFiles';
import { resolveInputs, UsageError } from './files';
import { StylishFormatter } from './formatters/stylish';
import { toJsonFile } from './report';
import packageJson from '../../../package.json';

/** Exit codes: 0 no error-level finding, 1 at least one, 2 usage, config or I/O error. */
export const EXIT = { clean: 0, findings: 1, failure: 2 } as const;

interface CheckCommandOptions {
  format: 'stylish' | 'json';
  kind?: DocumentKind;
  config?: string;
  exitZero?: boolean;
  color?: boolean;
}

async function runCheck(inputs: string[], options: CheckCommandOptions, out: NodeJS.WritableStream): Promise<number> {
  const paths = await resolveInputs(inputs.length > 0 ? inputs : ['.']);
  if (paths.length === 0) throw new UsageError(`No Markdown or text files found in: ${inputs.join(' ') || '.'}`);
  const configs = new ConfigResolver();
  let errors = 0;
  const stylish = new StylishFormatter(options.color ?? (process.stdout.isTTY && !process.env.NO_COLOR));
  if (options.format === 'json') out.write('{"version":1,"files":[');
  let first = true;
  for (const file of checkFiles(paths, { kind: options.kind, configs, configPath: options.config })) {
    const json = toJsonFile(file);
    errors += json.findings.filter((finding) => finding.severity === 'error').length;
    if (options.format === 'json') {
      out.write(`${first ? '' : ','}\n${JSON.stringify(json)}`);
      first = false;
    } else {
      out.write(stylish.file(json));
    }
  }
  const problems = configs.problems();
  if (options.format === 'json') out.write(`\n],"configProblems":${JSON.stringify(problems)}}\n`);
  else out.write(stylish.summary());
  if (problems.length > 0) {
    process.stderr.write(stylish.configProblems(problems));
    return EXIT.failure;
  }
  return errors > 0 && !options.exitZero ? EXIT.findings : EXIT.clean;
}

function parseKind(value: string): DocumentKind {
  if (value !== 'reply' && value !== 'article') throw new InvalidArgumentError("Use 'reply' or 'article'.");
  return value;
}

/** Builds the `support-tone` command line. Commands resolve to an exit code instead of exiting. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('support-tone')
    .description('Tone checks for support replies and knowledge-base articles, and the headline each draft would make.')
    .version(packageJson.version)
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(message) });

  program
    .command('check')
    .description('Check files, folders and globs (default: the current folder).')
    .argument('[paths...]', 'files, folders or globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('-k, --kind <kind>', 'treat every file as a reply or an article', parseKind)
    .option('-c, --config <file>', 'use this config file instead of the nearest .support-tone.json')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--exit-zero', 'exit 0 even when error-level findings are reported')
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], options: CheckCommandOptions & { output?: string }) => {
      const out: NodeJS.WritableStream | WriteStream = options.output ? createWriteStream(options.output) : process.stdout;
      const color = options.output ? false : options.color === false ? false : undefined;
      setExitCode(await runCheck(paths, { ...options, color }, out));
      if (out !== process.stdout) await new Promise((resolve) => (out as WriteStream).end(resolve));
    });
  program
    .command('lsp')
    .description('Run the language server (for Neovim, Helix, Emacs and other LSP clients).')
    .option('--stdio', 'talk over stdin and stdout (the default)')
    .option('--node-ipc', 'talk over Node IPC')
    .option('--socket <port>', 'talk over a socket')
    .action(async () => {
      const [{ createConnection, ProposedFeatures }, { startServer }] = await Promise.all([import('vscode-languageserver/node'), import('../lsp/server')]);
      if (!process.argv.some((argument) => argument === '--node-ipc' || argument.startsWith('--socket'))) process.argv.push('--stdio');
      startServer(createConnection(ProposedFeatures.all));
      await new Promise<never>(() => undefined);
    });
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
