/**
 * The document formats Support Tone reads: which files and editor languages each covers. The
 * CLI's folder scan, the language server, the client's document selector and the tests read
 * this list; the engine's front end for each id is in engine/formats.
 */
export type FormatId = 'markdown' | 'mdx' | 'plaintext' | 'html' | 'macros';

export interface FormatDescriptor {
  id: FormatId;
  /** File extensions without the dot, scanned when a folder is checked. */
  extensions: readonly string[];
  /** VS Code language ids of documents in this format. */
  languageIds: readonly string[];
  /**
   * For a language most of whose files are not ours (JSON): the editor checks only files matching
   * one of these globs, and a folder scan reads only files whose text `claims` says are in this format.
   */
  only?: { editorGlobs: readonly string[]; claims: (text: string) => boolean };
  /** Whether `<!-- support-tone-disable … -->` comments can be written in it (code actions offer them). */
  supportsCommentDirectives: boolean;
}

/** A help-desk macro export: Zendesk macro actions that set the comment, or saved replies with a title and a body. */
const MACRO_SHAPE =
  /"field"\s*:\s*"comment_value(?:_html)?"|"title"\s*:\s*"[^"]*"\s*,\s*"body"\s*:|"body"\s*:\s*"(?:[^"\\]|\\.)*"\s*,\s*"title"\s*:/;

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
  { id: 'mdx', extensions: ['mdx'], languageIds: ['mdx'], supportsCommentDirectives: false },
  { id: 'markdown', extensions: ['md', 'markdown'], languageIds: ['markdown', 'support-reply'], supportsCommentDirectives: true },
];

const DEFAULT_FORMAT = FORMATS.find((format) => format.id === 'markdown')!;

/** Every language id the extension checks. */
export const LANGUAGE_IDS: readonly string[] = FORMATS.flatMap((format) => format.languageIds);

/** The editor's document filters: a language, and for JSON only the files matching a macro-export glob. */
export const DOCUMENT_FILTERS: readonly { language: string; pattern?: string }[] = FORMATS.flatMap((format) =>
  format.languageIds.flatMap((language) =>
    format.only ? format.only.editorGlobs.map((pattern) => ({ language, pattern })) : [{ language }],
  ),
);

/** When the extension starts: on its languages, and for JSON only in a workspace that holds a macro export. */
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

/** Whether the server checks an open document: one of our languages, and for JSON a macro export. */
export function isCheckedDocument(document: { languageId: string; getText(): string }): boolean {
  if (!LANGUAGE_IDS.includes(document.languageId)) return false;
  const { only } = formatOf({ languageId: document.languageId });
  return !only || only.claims(document.getText());
}
