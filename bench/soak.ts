/**
 * `npm run soak`: drives the language server over stdio with 20,000 random edits across 50 open
 * documents, plus closes/reopens and configuration changes, then checks that nothing crashed,
 * every document's latest version was answered, the final diagnostics equal a fresh CLI check,
 * and resident memory after the soak stays within 1.5× of memory after warm-up.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { JsonReport } from '../server/src/cli/report';
import { LspTestClient } from '../test/support/lspClient';
import { article, random, reply } from './generate';

const DOCUMENTS = Number(process.env.SOAK_DOCUMENTS ?? 50);
const EDITS = Number(process.env.SOAK_EDITS ?? 20_000);
const TOKENS = [
  ' ',
  'x',
  '\n',
  '\n\n',
  'Simply ',
  'you should have read ',
  'ASAP',
  "I'm sorry. ",
  '**',
  '`',
  '> ',
  '- ',
  '{{name}}',
  '—',
  '😀',
  '!!!',
];
const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;
const residentMegabytes = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

async function main(): Promise<void> {
  const next = random(2026);
  const folder = mkdtempSync(join(tmpdir(), 'support-tone-soak-'));
  const texts = Array.from({ length: DOCUMENTS }, (_, index) =>
    index % 3 === 0 ? article(next, 3000 + Math.floor(next() * 12000)) : reply(next),
  );
  const paths = texts.map((_, index) => join(folder, `doc-${index}.md`));
  const uris = paths.map((path) => pathToFileURL(path).href);
  let settings: Record<string, unknown> = {};
  const client = await LspTestClient.start({ rootUri: pathToFileURL(folder).href, settings: () => settings });
  let exited: number | null = null;
  client.process!.on('exit', (code) => (exited = code));
  const latest = new Map<string, number>();
  const open = (index: number) => {
    client.open(uris[index], texts[index]);
    latest.set(uris[index], 1);
  };
  texts.forEach((_, index) => open(index));
  await Promise.all(uris.map((uri) => client.diagnosticsAt(uri, 1)));

  let sent = 0;
  let answered = 0;
  let warmUpMegabytes = 0;
  const started = performance.now();
  for (let edit = 0; edit < EDITS;) {
    const burst = 1 + Math.floor(next() * 5);
    const touched = new Set<number>();
    for (let count = 0; count < burst && edit < EDITS; count++, edit++) {
      const index = Math.floor(next() * DOCUMENTS);
      const text = texts[index];
      const at = Math.floor(next() * (text.length + 1));
      const remove = next() < 0.4 ? Math.min(text.length - at, Math.floor(next() * 8)) : 0;
      const insert = remove > 0 && next() < 0.5 ? '' : TOKENS[Math.floor(next() * TOKENS.length)];
      const document = { lines: text.slice(0, at).split(/\r\n|\r|\n/) };
      const startPosition = { line: document.lines.length - 1, character: document.lines.at(-1)!.length };
      const removed = text.slice(at, at + remove).split(/\r\n|\r|\n/);
      const endPosition =
        removed.length === 1
          ? { line: startPosition.line, character: startPosition.character + removed[0].length }
          : { line: startPosition.line + removed.length - 1, character: removed.at(-1)!.length };
      texts[index] = text.slice(0, at) + insert + text.slice(at + remove);
      latest.set(uris[index], client.change(uris[index], [{ range: { start: startPosition, end: endPosition }, text: insert }]));
      touched.add(index);
      sent++;
    }
    for (const index of touched) {
      await client.diagnosticsAt(uris[index], latest.get(uris[index])!);
      answered++;
    }
    if (edit % 997 < burst) {
      const index = Math.floor(next() * DOCUMENTS);
      client.close(uris[index]);
      open(index);
      await client.diagnosticsAt(uris[index], 1);
    }
    if (edit % 4001 < burst) {
      settings = next() < 0.5 ? { companyName: 'Soak Co', rules: { 'no-condescension': 'off' } } : {};
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    }
    if (edit >= 1000 && warmUpMegabytes === 0) warmUpMegabytes = residentMegabytes(client.process!.pid!);
  }
  const seconds = (performance.now() - started) / 1000;

  settings = {};
  void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  // One more real edit per document (a space at the end), so the final diagnostics are computed after the settings reset.
  const versions = uris.map((uri, index) => {
    const lines = texts[index].split(/\r\n|\r|\n/);
    const end = { line: lines.length - 1, character: lines.at(-1)!.length };
    texts[index] += ' ';
    return client.change(uri, [{ range: { start: end, end }, text: ' ' }]);
  });
  const finalDiagnostics = await Promise.all(uris.map((uri, index) => client.diagnosticsAt(uri, versions[index])));
  const afterMegabytes = residentMegabytes(client.process!.pid!);

  texts.forEach((text, index) => writeFileSync(paths[index], text));
  const cli = spawnSync(
    process.execPath,
    [join(__dirname, '..', 'bin', 'support-tone.js'), 'check', ...paths, '--format', 'json', '--exit-zero'],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(cli.stdout) as JsonReport;
  const byPath = new Map(report.files.map((file) => [file.path, file]));
  const shape = (diagnostics: Diagnostic[]) =>
    JSON.stringify(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.message, diagnostic.range]));
  const mismatched = paths.filter((path, index) => {
    const findings = byPath.get(path)?.findings ?? [];
    return (
      shape(finalDiagnostics[index]) !==
      JSON.stringify(findings.map((finding) => [finding.ruleId, SEVERITY[finding.severity], finding.message, finding.range]))
    );
  });
  await client.stop();

  const crashed = exited !== null && exited !== 0;
  const growth = afterMegabytes / warmUpMegabytes;
  console.log(
    `Soak: ${sent} edits in ${seconds.toFixed(1)} s across ${DOCUMENTS} documents (plus closes/reopens and configuration changes)`,
  );
  console.log(
    `  server crashed: ${crashed ? `yes (exit ${exited})` : 'no'}; the latest version of every edited document was answered ` +
      `after each burst (${answered} waits, none timed out)`,
  );
  console.log(
    `  final diagnostics equal a fresh CLI check: ` +
      `${mismatched.length === 0 ? `yes (${DOCUMENTS}/${DOCUMENTS} documents)` : `NO for ${mismatched.join(', ')}`}`,
  );
  console.log(
    `  resident memory: ${warmUpMegabytes.toFixed(0)} MB after warm-up, ${afterMegabytes.toFixed(0)} MB after the soak ` +
      `(${growth.toFixed(2)}×; limit 1.5×)`,
  );
  process.exitCode = crashed || mismatched.length > 0 || growth > 1.5 ? 1 : 0;
}

void main();
