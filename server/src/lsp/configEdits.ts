import { modify, parse, type FormattingOptions } from 'jsonc-parser';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex } from '../engine/lineIndex';

const FORMATTING: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

/**
 * The workspace edit that adds a phrase to a rule's `allowPhrases`: in the existing config file
 * (a severity string becomes `{ severity, allowPhrases }`; a team rule defined there gets an `ignore` phrase), or, when it has
 * no `original` text, in a new `.support-tone.json`.
 */
export function allowPhraseEdit(uri: string, original: string | undefined, ruleId: string, phrase: string): WorkspaceEdit {
  if (original === undefined) {
    const content = `${JSON.stringify({ rules: { [ruleId]: { allowPhrases: [phrase] } } }, null, 2)}\n`;
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        {
          textDocument: { uri, version: null },
          edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }],
        },
      ],
    };
  }
  const current = (parse(original) ?? {}) as { rules?: Record<string, unknown> };
  const setting = current.rules?.[ruleId];
  const isDefinition = typeof setting === 'object' && setting !== null && 'kind' in setting;
  // A team rule defined in this file takes the phrase as an exception in its own table.
  const edits = isDefinition
    ? modify(
        original,
        ['rules', ruleId, 'phrases', -1],
        { pattern: phrase, ignore: true },
        { formattingOptions: FORMATTING, isArrayInsertion: true },
      )
    : typeof setting === 'string'
      ? modify(original, ['rules', ruleId], { severity: setting, allowPhrases: [phrase] }, { formattingOptions: FORMATTING })
      : Array.isArray((setting as { allowPhrases?: unknown } | undefined)?.allowPhrases)
        ? modify(original, ['rules', ruleId, 'allowPhrases', -1], phrase, { formattingOptions: FORMATTING, isArrayInsertion: true })
        : modify(original, ['rules', ruleId, 'allowPhrases'], [phrase], { formattingOptions: FORMATTING });
  const lines = new LineIndex(original);
  return {
    changes: {
      [uri]: edits.map((edit) => ({ range: lines.rangeOf({ start: edit.offset, end: edit.offset + edit.length }), newText: edit.content })),
    },
  };
}
