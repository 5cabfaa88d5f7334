/**
 * The document formats Support Tone reads: which files and editor languages each covers. The
 * CLI's folder scan, the language server, the client's document selector and the tests read
 * this list; the engine's front end for each id is in engine/formats.
 */
export type FormatId = 'markdown' | 'mdx' | 'plaintext' | 'html' | 'macros' | 'yaml-replies';

export interface FormatDescriptor {
  id: FormatId;
  /** File extensions without the dot, scanned when a folder is checked. */
  extensions: readonly string[];
  /** VS Code language ids of documents in this format. */
  languageIds: readonly string[];
  /**
   * For a language most of whose files are not ours (JSON, YAML): the editor checks only files matching
   * one of these globs, and a folder scan reads only files whose text `claims` says are in this format.
   */
  only?: { editorGlobs: readonly string[]; claims: (text: string) => boolean };
  /** Whether `<!-- support-tone-disable … -->` comments can be written in it (code actions offer them). */
  supportsCommentDirectives: boolean;
}

/** A help-desk macro export: Zendesk macro actions that set the comment, or saved replies with a title and a body. */
const MACRO_SHAPE =
  /"field"\s*:\s*"comment_value(?:_html)?"|"title"\s*:\s*"[^"]*"\s*,\s*"body"\s*:|"body"\s*:\s*"(?:[^"\\]|\\.)*"\s*,\s*"title"\s*:/;

/**
 * Saved replies in YAML: a list item with a `title` and a `body` (either first), at the top level or in a
 * file with a top-level `replies:` or `macros:` key. A workflow, a compose file or an issue form has neither.
 */
const SAVED_REPLY_ITEM = /^( *)- +(title|body) *:.*(?:\r?\n(?:\1 +\S.*|[ \t]*))*?\r?\n\1 +(?!\2)(?:title|body) *:/m;
const REPLIES_KEY = /^(?:replies|macros) *:/m;
const claimsSavedReplies = (text: string): boolean => {
  const item = SAVED_REPLY_ITEM.exec(text);
  return item !== null && (item[1] === '' || REPLIES_KEY.test(text));
};

/** In priority order: a file or editor language that plain text claims is never read as Markdown. */
export const FORMATS: readonly FormatDescriptor[] = [
  { id: 'plaintext', extensions: ['txt'], languageIds: ['plaintext'], supportsCommentDirectives: false },
  { id: 'html', extensions: ['html', 'htm'], languageIds: ['html'], supportsCommentDirectives: true },
  {
    id: 'macros',
    extensions: ['json'],
    languageIds: ['json'],
    only: { editorGlobs: ['**/*macro*.json', '**/*saved-replies*.json', '**/*.replies.json'], claims: (text) => MACRO_SHAPE.test(text) },
    supportsCommentDirectives: false,
  },
  {
    id: 'yaml-replies',
    extensions: ['yml', 'yaml'],
    languageIds: ['yaml'],
    only: {
      editorGlobs: ['**/*macro*.{yml,yaml}', '**/*saved-replies*.{yml,yaml}', '**/*.replies.{yml,yaml}'],
      claims: claimsSavedReplies,
    },
    supportsCommentDirectives: false,
  },
  { id: 'mdx', extensions: ['mdx'], languageIds: ['mdx'], supportsCommentDirectives: false },
  { id: 'markdown', extensions: ['md', 'markdown'], languageIds: ['markdown', 'support-reply'], supportsCommentDirectives: true },
];

const DEFAULT_FORMAT = FORMATS.find((format) => format.id === 'markdown')!;

/** Every language id the extension checks. */
export const LANGUAGE_IDS: readonly string[] = FORMATS.flatMap((format) => format.languageIds);

/** The editor's document filters: a language, and for JSON and YAML only the files matching a glob of replies files. */
export const DOCUMENT_FILTERS: readonly { language: string; pattern?: string }[] = FORMATS.flatMap((format) =>
  format.languageIds.flatMap((language) =>
    format.only ? format.only.editorGlobs.map((pattern) => ({ language, pattern })) : [{ language }],
  ),
);

/** When the extension starts: on its languages, and for JSON and YAML only in a workspace that holds a replies file. */
export const ACTIVATION_EVENTS: readonly string[] = [
  ...FORMATS.filter((format) => !format.only).flatMap((format) => format.languageIds.map((id) => `onLanguage:${id}`)),
  ...FORMATS.flatMap((format) => format.only?.editorGlobs.map((glob) => `workspaceContains:${glob}`) ?? []),
].sort();

/** Every file extension a folder scan checks. */
export const EXTENSIONS: readonly string[] = FORMATS.flatMap((format) => format.extensions);

export function formatById(id: FormatId): FormatDescriptor {
  return FORMATS.find((format) => format.id === id)!;
}

/** The format of a document: the first whose extension matches the path or whose language id matches; Markdown otherwise. */
export function formatOf(document: { path?: string; languageId?: string }): FormatDescriptor {
  const extension = /\.([^./\\]+)$/.exec(document.path ?? '')?.[1].toLowerCase();
  const matches = (format: FormatDescriptor) =>
    (extension !== undefined && format.extensions.includes(extension)) ||
    (document.languageId !== undefined && format.languageIds.includes(document.languageId));
  return FORMATS.find(matches) ?? DEFAULT_FORMAT;
}

/** Whether the server checks an open document: one of our languages, and for JSON and YAML a file of replies. */
export function isCheckedDocument(document: { languageId: string; getText(): string }): boolean {
  if (!LANGUAGE_IDS.includes(document.languageId)) return false;
  const { only } = formatOf({ languageId: document.languageId });
  return !only || only.claims(document.getText());
}
