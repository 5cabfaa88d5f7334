/**
 * The language server through a real LSP client over stdio (part of `npm run bench`): time from
 * `didChange` (one character in a 50 KB article) to the matching `publishDiagnostics`, time to
 * first diagnostics after server start, and server memory with 200 open 50 KB documents.
 */
import { readFileSync } from 'node:fs';
import { LspTestClient } from '../test/support/lspClient';
import { article, random } from './generate';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))];
const residentMegabytes = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

async function main(): Promise<void> {
  const next = random(11);
  const text = article(next, 50_000);
  const lines = text.split('\n');
  const uri = 'untitled:bench-article.md';

  const started = performance.now();
  const client = await LspTestClient.start();
  client.open(uri, text);
  await client.diagnosticsAt(uri, 1);
  const firstDiagnostics = performance.now() - started;

  const prose = lines.map((line, index) => ({ line, index })).filter(({ line }) => /^[A-Z][a-z]/.test(line));
  const latencies: number[] = [];
  for (let edit = 0; edit < 400; edit++) {
    const { index } = prose[Math.floor(next() * prose.length)];
    const insert = edit % 2 === 0;
    const at = { line: index, character: 2 };
    const sent = performance.now();
    const version = client.change(uri, [
      { range: { start: at, end: insert ? at : { line: index, character: 3 } }, text: insert ? 'x' : '' },
    ]);
    await client.diagnosticsAt(uri, version);
    if (edit >= 50) latencies.push(performance.now() - sent);
  }
  console.log(
    `Language server over stdio, 50 KB article: first diagnostics ${firstDiagnostics.toFixed(0)} ms after server start; ` +
      `didChange → publishDiagnostics median ${median(latencies).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ` +
      `ms (${latencies.length} one-character edits)`,
  );

  for (let document = 0; document < 200; document++) {
    const documentUri = `untitled:open-${document}.md`;
    client.open(documentUri, article(random(1000 + document), 50_000));
    await client.diagnosticsAt(documentUri, 1);
  }
  console.log(`Language server memory with 200 open 50 KB documents: ${residentMegabytes(client.process!.pid!).toFixed(0)} MB resident`);
  await client.stop();
}

void main();
