import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex } from '../engine/lineIndex';
import { SOURCE, type FindingData } from './diagnostics';

/** The fix-all source action (also run by `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.supportTone`;

export interface CodeActionRequest {
  uri: string;
  text: string;
  /** Inline directives exist in Markdown only. */
  /** Whether the format takes `<!-- support-tone-disable … -->` comments. */
  supportsCommentDirectives: boolean;
  diagnostics: readonly Diagnostic[];
  /** The kinds the client asked for, if it asked. */
  only?: readonly string[];
  /** The document after every safe fix. */
  fixAll: () => string;
  /** The edit that adds a phrase to a rule's allowed phrases in the nearest config file (files on disk only). */
  allowPhrase?: (ruleId: string, phrase: string) => WorkspaceEdit;
}

const wants = (only: readonly string[] | undefined, kind: string) =>
  !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));

/** Quick fixes, disable directives, allow-phrase edits and fix-all for the diagnostics in a range. */
export function codeActions(request: CodeActionRequest): CodeAction[] {
  const actions: CodeAction[] = [];
  const lines = new LineIndex(request.text);
  const edit = (edits: TextEdit[]): WorkspaceEdit => ({ changes: { [request.uri]: edits } });
  const ours = request.diagnostics.filter((diagnostic) => diagnostic.source === SOURCE && diagnostic.data);

  if (wants(request.only, CodeActionKind.QuickFix)) {
    for (const diagnostic of ours) {
      const data = diagnostic.data as FindingData;
      for (const fix of data.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: data.fixes.length === 1,
          edit: edit(fix.edits),
        });
      }
      if (request.supportsCommentDirectives) {
        actions.push({
          title: `Disable ${data.ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: edit([disableLine(request.text, lines, diagnostic.range.start.line, data.ruleId)]),
        });
        actions.push({
          title: `Disable ${data.ruleId} for this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: edit([disableFile(request.text, lines, data.ruleId)]),
        });
      }
      if (data.sentenceRule && request.allowPhrase) {
        const phrase = data.text.replace(/\s+/g, ' ').trim();
        actions.push({
          title: `Add '${phrase}' to allowed phrases of ${data.ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: request.allowPhrase(data.ruleId, phrase),
        });
      }
    }
  }
  const fixableDiagnostics = ours.filter((diagnostic) => (diagnostic.data as FindingData).fixes.some((fix) => fix.safe));
  const fixAllAsked = request.only !== undefined && wants(request.only, FIX_ALL_KIND);
  if (fixAllAsked || (wants(request.only, CodeActionKind.QuickFix) && fixableDiagnostics.length > 1)) {
    const fixed = request.fixAll();
    if (fixed !== request.text) {
      actions.push({
        title: 'Fix all safe Support Tone problems',
        kind: fixAllAsked ? FIX_ALL_KIND : CodeActionKind.QuickFix,
        ...(fixAllAsked ? {} : { diagnostics: fixableDiagnostics }),
        edit: edit([changedPart(request.text, fixed, lines)]),
      });
    }
  }
  return actions;
}

/** `<!-- support-tone-disable-next-line rule -->` above the line, with the line's indentation. */
function disableLine(text: string, lines: LineIndex, line: number, ruleId: string): TextEdit {
  const start = lines.lineStart(line);
  const indentation = /^[ \t]*/.exec(text.slice(start, lines.contentEnd(line)))?.[0] ?? '';
  const position = lines.positionAt(start);
  return { range: { start: position, end: position }, newText: `${indentation}<!-- support-tone-disable-next-line ${ruleId} -->\n` };
}

/** `<!-- support-tone-disable rule -->` at the top of the file, after any front matter. */
function disableFile(text: string, lines: LineIndex, ruleId: string): TextEdit {
  const frontMatter = /^---\r?\n[^]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  const position = lines.positionAt(frontMatter ? frontMatter[0].length : 0);
  return { range: { start: position, end: position }, newText: `<!-- support-tone-disable ${ruleId} -->\n` };
}

/** One edit replacing only the part of `before` that differs from `after`. */
export function changedPart(before: string, after: string, lines: LineIndex): TextEdit {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  return { range: lines.rangeOf({ start: prefix, end: before.length - suffix }), newText: after.slice(prefix, after.length - suffix) };
}
