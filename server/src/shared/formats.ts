/**
 * The document formats Support Tone reads: which files and editor languages each covers. The
 * CLI's folder scan, the language server, the client's document selector and the tests read
 * this list; the engine's front end for each id is in engine/formats.
 */
export type FormatId = 'markdown' | 'plaintext';

export interface FormatDescriptor {
  id: FormatId;
  /** File extensions without the dot, scanned when a folder is checked. */
  extensions: readonly string[];
  /** VS Code language ids of documents in this format. */
  languageIds: readonly string[];
  /** Whether `<!-- support-tone-disable … -->` comments can be written in it (code actions offer them). */
  supportsCommentDirectives: boolean;
}

/** In priority order: a file or editor language that plain text claims is never read as Markdown. */
export const FORMATS: readonly FormatDescriptor[] = [
  { id: 'plaintext', extensions: ['txt'], languageIds: ['plaintext'], supportsCommentDirectives: false },
  { id: 'markdown', extensions: ['md', 'markdown'], languageIds: ['markdown', 'support-reply'], supportsCommentDirectives: true },
];

const DEFAULT_FORMAT = FORMATS.find((format) => format.id === 'markdown')!;

/** Every language id the extension checks. */
export const LANGUAGE_IDS: readonly string[] = FORMATS.flatMap((format) => format.languageIds);

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
