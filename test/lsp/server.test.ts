import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import type { HeadlinesResult } from '../../server/src/shared/protocol';
import { packFor } from '../../server/src/packs';
import { LspTestClient } from '../support/lspClient';

const fixtures = join(__dirname, '..', 'fixtures', 'lsp');
const workspace = join(fixtures, 'workspace');
const uriOf = (path: string) => pathToFileURL(path).href;
const read = (path: string) => readFileSync(path, 'utf8');
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
const summary = (diagnostics: Diagnostic[]) =>
  diagnostics.map(
    (diagnostic) =>
      `${diagnostic.code} ` +
      `${diagnostic.range.start.line}:${diagnostic.range.start.character}-${diagnostic.range.end.line}:${diagnostic.range.end.character}`,
  );

describe('language server over stdio (push diagnostics)', function () {
  let client: LspTestClient;
  let settings: Record<string, unknown> = {};
  const replyPath = join(workspace, 'reply.md');
  const reply = uriOf(replyPath);

  before(async () => {
    client = await LspTestClient.start({ rootUri: uriOf(workspace), settings: () => settings });
    client.open(reply, read(replyPath));
  });
  after(() => client.stop());

  const actionsFor = (uri: string, diagnostic: Diagnostic, only?: string[]) =>
    client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;

  it('publishes diagnostics on open, with rule ids, exact ranges, severities and docs links', async () => {
    const diagnostics = await client.diagnosticsAt(reply, 1);
    assert.deepEqual(summary(diagnostics), [
      'require-apology 0:0-0:7',
      'require-empathy 0:0-0:7',
      'require-restatement 0:0-0:7',
      'no-blame 2:0-2:20',
      'no-condescension 2:33-2:39',
      'no-vague-timeline 2:56-2:60',
    ]);
    const blame = diagnostics[3];
    assert.equal(blame.source, 'support-tone');
    assert.equal(blame.severity, 1);
    assert.equal(diagnostics[4].severity, 2);
    assert.equal(diagnostics[1].severity, 3);
    assert.equal(blame.codeDescription?.href, 'https://github.com/support-tone/support-tone/blob/main/docs/rules/no-blame.md');
    assert.equal(blame.message, "'You should have read' makes the customer the cause: describe what happened and how to fix it.");
  });

  it('re-checks after an incremental edit', async () => {
    const version = client.change(reply, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Well, ' }]);
    const diagnostics = await client.diagnosticsAt(reply, version);
    assert.deepEqual(summary(diagnostics).slice(3, 6), ['no-blame 2:6-2:26', 'no-condescension 2:39-2:45', 'no-vague-timeline 2:62-2:66']);
    const undo = client.change(reply, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } }, text: '' }]);
    assert.deepEqual(summary(await client.diagnosticsAt(reply, undo)).slice(3, 4), ['no-blame 2:0-2:20']);
  });

  it('offers each quick fix, preferred when it is the only one', async () => {
    const diagnostics = await client.diagnosticsFor(reply).then((params) => params.diagnostics);
    const simply = diagnostics.find((diagnostic) => diagnostic.code === 'no-condescension')!;
    const [fix] = await actionsFor(reply, simply);
    assert.equal(fix.title, "Remove 'Simply'");
    assert.equal(fix.isPreferred, true);
    assert.equal(
      apply(read(replyPath), fix.edit!.changes![reply]).split('\n')[2],
      'You should have read the manual. Restart the hub ASAP.',
    );
    const asap = diagnostics.find((diagnostic) => diagnostic.code === 'no-vague-timeline')!;
    const [timeline] = await actionsFor(reply, asap);
    assert.equal(
      apply(read(replyPath), timeline.edit!.changes![reply]).split('\n')[2],
      'You should have read the manual. Simply restart the hub by [time].',
    );
  });

  it('disables a rule for a line and for the file with inline directives', async () => {
    const blame = (await client.diagnosticsFor(reply)).diagnostics.find((diagnostic) => diagnostic.code === 'no-blame')!;
    const actions = await actionsFor(reply, blame);
    const line = actions.find((action) => action.title === 'Disable no-blame for this line')!;
    const file = actions.find((action) => action.title === 'Disable no-blame for this file')!;
    assert.equal(apply(read(replyPath), file.edit!.changes![reply]).split('\n')[0], '<!-- support-tone-disable no-blame -->');
    const silenced = apply(read(replyPath), line.edit!.changes![reply]);
    assert.equal(silenced.split('\n')[2], '<!-- support-tone-disable-next-line no-blame -->');
    const version = client.change(reply, [
      { range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text: silenced },
    ]);
    const after = await client.diagnosticsAt(reply, version);
    assert.ok(!after.some((diagnostic) => diagnostic.code === 'no-blame'));
    assert.ok(after.some((diagnostic) => diagnostic.code === 'no-condescension'));
    const restored = client.change(reply, [
      { range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text: read(replyPath) },
    ]);
    await client.diagnosticsAt(reply, restored);
  });

  it('adds a phrase to the allowed phrases of the existing config file', async () => {
    const blame = (await client.diagnosticsFor(reply)).diagnostics.find((diagnostic) => diagnostic.code === 'no-blame')!;
    const allow = (await actionsFor(reply, blame)).find(
      (action) => action.title === "Add 'You should have read' to allowed phrases of no-blame",
    )!;
    const configPath = join(workspace, '.support-tone.json');
    const edits = allow.edit!.changes![uriOf(configPath)];
    const text = read(configPath);
    const updated = apply(text, edits);
    assert.deepEqual(parse(updated).rules, { 'no-legalese': 'error', 'no-blame': { allowPhrases: ['You should have read'] } });
    assert.match(updated, /\/\/ The language server tests' workspace\./, 'comments are kept');
  });

  it('creates the config file when there is none', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'support-tone-lsp-'));
    const path = join(folder, 'note.md');
    writeFileSync(path, 'Obviously the hub restarts.\n');
    const uri = uriOf(path);
    client.open(uri, read(path));
    const obviously = (await client.diagnosticsAt(uri, 1)).find((diagnostic) => diagnostic.code === 'no-condescension')!;
    const allow = (await actionsFor(uri, obviously)).find((action) => action.title.startsWith('Add '))!;
    const [create, insert] = allow.edit!.documentChanges! as [{ kind: string; uri: string }, { edits: TextEdit[] }];
    assert.deepEqual(create, { kind: 'create', uri: uriOf(join(folder, '.support-tone.json')), options: { ignoreIfExists: true } });
    assert.deepEqual(JSON.parse(insert.edits[0].newText), { rules: { 'no-condescension': { allowPhrases: ['Obviously'] } } });
    client.close(uri);
  });

  it('applies every safe fix with source.fixAll.supportTone, and only those', async () => {
    const uri = 'untitled:fix-all.md';
    const text = 'Simply restart the hub. It will obviously sync ASAP!!!\n';
    client.open(uri, text);
    const diagnostics = await client.diagnosticsAt(uri, 1);
    const [fixAll] = await actionsFor(uri, diagnostics[0], ['source.fixAll']);
    assert.equal(fixAll.kind, 'source.fixAll.supportTone');
    // 'Simply' at the start would change a letter's case and 'ASAP' leaves a placeholder: both wait for the writer.
    assert.equal(apply(text, fixAll.edit!.changes![uri]), 'Simply restart the hub. It will sync ASAP!\n');
  });

  it('explains a finding on hover', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: reply },
      position: { line: 2, character: 10 },
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /^\*\*Wording that makes the customer the cause of the problem\*\* · `no-blame`/);
    assert.match(value, /\*Why it matters \(P1\):\* Finding who was at fault never helps the customer/);
    assert.match(value, /> You should have read the setup guide first\./);
    assert.match(
      value,
      /\[Rule documentation\]\(https:\/\/github\.com\/support-tone\/support-tone\/blob\/main\/docs\/rules\/no-blame\.md\)/,
    );
    assert.match(value, /\*Language:\* English \(detected as English\)$/);
    assert.deepEqual(hover.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 20 } });
  });

  it("titles and labels the hover in the words of the draft's pack", async () => {
    const uri = 'untitled:odpowiedz.reply.md';
    const text =
      'Dzień dobry,\n\nPowinien Pan był przeczytać regulamin przed zakupem, bo zwrot po 30 dniach nie przysługuje.\n\nPozdrawiam,\nMarta\n';
    client.open(uri, text);
    const diagnostics = await client.diagnosticsAt(uri, 1);
    const blame = diagnostics.find((diagnostic) => diagnostic.code === 'no-blame');
    assert.ok(blame, summary(diagnostics).join('; '));
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: blame.range.start,
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /^\*\*Sformułowania, które obwiniają klienta za problem .*\*\* · `no-blame`$/m);
    assert.match(value, /^\*Dlaczego to ważne \(P1\):\* Szukanie winnego/m);
    assert.match(value, /^Zamiast:\n\n> .+\n\nlepiej:\n\n> /m);
    assert.match(value, /^\[Dokumentacja reguły\]\(https:\/\/\S+\)$/m);
    assert.match(value, /^\*Język:\* Polish \(detected as Polish\)$/m);
  });

  it('answers supportTone/headlines and CodeLens for every draft of a macros file', async () => {
    const path = join(workspace, 'macros.reply.md');
    const uri = uriOf(path);
    client.open(uri, read(path));
    const headlines = (await client.connection.sendRequest('supportTone/headlines', { textDocument: { uri } })) as HeadlinesResult;
    assert.equal(headlines.kind, 'reply');
    assert.deepEqual([headlines.language, headlines.languageReason], ['en', 'detected as English']);
    assert.equal(headlines.companyName, 'Acme');
    assert.deepEqual(
      headlines.drafts.map((draft) => [draft.title, draft.lensRange.start.line, draft.headline]),
      [
        ['Refund denied', 2, 'Acme Hides Behind Policy: "Per our policy, refunds after 30 days are not possible"'],
        ['Replacement', 11, 'Acme Apologizes, Promises to Send Replacement by Friday'],
      ],
    );
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    assert.deepEqual(
      lenses.map((lens) => [lens.range.start.line, lens.command?.title]),
      [
        [2, '📰 Acme Hides Behind Policy: "Per our policy, refunds after 30 days are not possible" · 3 warnings, 2 notes'],
        [11, '📰 Acme Apologizes, Promises to Send Replacement by Friday · no findings'],
      ],
    );
    client.close(uri);
  });

  it("names, counts and labels a draft's findings in the draft's language, for the front page", async () => {
    const uri = uriOf(join(workspace, 'polish.reply.md'));
    client.open(uri, '---\nlang: pl\n---\nDzień dobry,\n\nPowinien Pan był przeczytać instrukcję!!!\n\nPozdrawiam,\nAnna\n');
    const headlines = (await client.connection.sendRequest('supportTone/headlines', { textDocument: { uri } })) as HeadlinesResult;
    assert.deepEqual(
      headlines.drafts.map((draft) => [draft.language, draft.findings.map((finding) => finding.label), draft.counts, draft.preview]),
      [
        [
          'pl',
          ['brak przeprosin', 'brak empatii', 'brak streszczenia sprawy', 'obwinianie klienta', 'krzyk', 'brak kolejnego kroku'],
          packFor('pl')!.messages.counts,
          packFor('pl')!.messages.preview,
        ],
      ],
    );
    assert.deepEqual([headlines.wordedIn, headlines.preview], ['pl', packFor('pl')!.messages.preview]);
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    assert.deepEqual(
      lenses.map((lens) => lens.command?.title),
      ['📰 Acme obwinia klienta: „Powinien Pan był przeczytać instrukcję” · 1 błąd, 3 ostrzeżenia i 2 uwagi'],
    );
    client.close(uri);
  });

  it('words the headline, the counts and the page labels of a draft in a language without a pack in English', async () => {
    const uri = uriOf(join(workspace, 'japanese.md'));
    client.open(uri, '---\nlang: ja\n---\n再起動してください。\n');
    const headlines = (await client.connection.sendRequest('supportTone/headlines', { textDocument: { uri } })) as HeadlinesResult;
    assert.deepEqual(
      headlines.drafts.map((draft) => [draft.language, draft.wordedIn, draft.counts, draft.preview]),
      [['ja', 'en', packFor('en')!.messages.counts, packFor('en')!.messages.preview]],
    );
    assert.deepEqual([headlines.language, headlines.wordedIn, headlines.preview], ['ja', 'en', packFor('en')!.messages.preview]);
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    assert.deepEqual(
      lenses.map((lens) => lens.command?.title),
      ['📰 Not checked: no tone pack for Japanese · 1 note'],
    );
    client.close(uri);
  });

  it('re-checks open documents when the settings change', async () => {
    settings = { rules: { 'no-condescension': 'off' } };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const after = await client.diagnosticsFor(
      reply,
      (params) => !params.diagnostics.some((diagnostic) => diagnostic.code === 'no-condescension'),
    );
    assert.ok(after.diagnostics.some((diagnostic) => diagnostic.code === 'no-blame'));
    settings = {};
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnosticsFor(reply, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'no-condescension'));
  });

  it('re-checks open documents when a config file changes on disk', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'support-tone-watch-'));
    const path = join(folder, 'note.md');
    writeFileSync(path, 'Simply restart the hub.\n');
    const uri = uriOf(path);
    client.open(uri, read(path));
    assert.deepEqual(
      (await client.diagnosticsAt(uri, 1)).map((diagnostic) => diagnostic.code),
      ['no-condescension'],
    );
    const config = join(folder, '.support-tone.json');
    writeFileSync(config, '{ "rules": { "no-condescension": "off" } }');
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 1 }] });
    const after = await client.diagnosticsFor(uri, (params) =>
      params.diagnostics.every((diagnostic) => diagnostic.code !== 'no-condescension'),
    );
    assert.deepEqual(
      after.diagnostics.map((diagnostic) => diagnostic.code),
      [],
    );
    client.close(uri);
  });

  it('reports a broken config file on the file itself and goes on checking', async () => {
    const path = join(fixtures, 'broken', 'reply.md');
    const uri = uriOf(path);
    client.open(uri, read(path));
    const configProblems = await client.diagnosticsFor(uriOf(join(fixtures, 'broken', '.support-tone.json')));
    assert.deepEqual(
      configProblems.diagnostics.map((diagnostic) => [diagnostic.range.start, diagnostic.message]),
      [[{ line: 3, character: 0 }, 'Invalid JSON: CloseBraceExpected. Using default settings.']],
    );
    assert.ok((await client.diagnosticsAt(uri, 1)).some((diagnostic) => diagnostic.code === 'no-blame'));
    client.close(uri);
  });

  it('skips a document over the size limit with one note', async () => {
    settings = { maxDocumentSize: 100 };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = 'untitled:big.md';
    client.open(uri, 'You should have read the manual. '.repeat(10));
    const [note, ...rest] = await client.diagnosticsAt(uri, 1);
    assert.deepEqual(rest, []);
    assert.equal(note.severity, 3);
    assert.equal(note.message, 'Not checked: 330 characters is over the 100-character size limit.');
    settings = {};
  });
});

describe('language server over stdio (pull diagnostics)', () => {
  let client: LspTestClient;
  after(() => client.stop());

  it('answers textDocument/diagnostic and reports unchanged results', async () => {
    client = await LspTestClient.start({
      rootUri: uriOf(workspace),
      settings: () => ({}),
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    const path = join(workspace, 'reply.md');
    const uri = uriOf(path);
    client.open(uri, read(path));
    const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as {
      kind: string;
      resultId: string;
      items: Diagnostic[];
    };
    assert.equal(report.kind, 'full');
    assert.equal(report.items.find((diagnostic) => diagnostic.code === 'no-blame')?.range.end.character, 20);
    const again = (await client.connection.sendRequest('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: report.resultId,
    })) as { kind: string };
    assert.equal(again.kind, 'unchanged');
  });
});
