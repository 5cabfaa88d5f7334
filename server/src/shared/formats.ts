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
  only?: {
    editorGlobs: readonly string[];
    claims: (text: string) => boolean;
    /** What the front end reads, for the note on a file read in this format that holds none: what it holds (plural) and its shape. */
    holds: string;
    expects: string;
  };
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
/** A flow mapping as an item of a block list (`- {`), or a flow list at the top level or under `replies:` or `macros:` (`[{…}]`). */
const FLOW_START = /^( *)- *(?=\{)|^(?:(?:replies|macros) *: *)?(?=\[)/gm;
const claimsSavedReplies = (text: string): boolean => {
  const item = SAVED_REPLY_ITEM.exec(text);
  if (item !== null && (item[1] === '' || REPLIES_KEY.test(text))) return true;
  for (const match of text.matchAll(FLOW_START)) {
    if (match[1] !== undefined && match[1] !== '' && !REPLIES_KEY.test(text)) continue;
    const open = match.index + match[0].length;
    const flow = scanFlow(text, open);
    const mappings = text[open] === '{' ? [flow.keys] : flow.items;
    if (mappings.some((keys) => keys.has('title') && keys.has('body'))) return true;
  }
  return false;
};

/** A flow collection's own keys (a mapping's) or the keys of each mapping directly in it (a list's), and where it ends. */
interface FlowCollection {
  keys: Set<string>;
  items: Set<string>[];
  end: number;
}

/** Where the quoted scalar opening at `open` closes (`\"` and `''` stepped over); the text's end when it does not. */
function quotedEnd(text: string, open: number): number {
  const quote = text[open];
  for (let index = open + 1; index < text.length; index++) {
    if (quote === '"' && text[index] === '\\') index++;
    else if (text[index] === quote && !(quote === "'" && text[index + 1] === "'")) return index;
    else if (quote === "'" && text[index] === "'") index++;
  }
  return text.length;
}

const PLAIN_KEY = /^[^\s:,{}[\]#][^:,{}[\]]*?(?=\s*:(?:\s|[,{}[\]]|$))/;

/** Reads the flow collection (`{…}` or `[…]`) at `open`, stepping over quoted scalars, nested collections and comments. */
function scanFlow(text: string, open: number): FlowCollection {
  const flow: FlowCollection = { keys: new Set(), items: [], end: text.length };
  const isMapping = text[open] === '{';
  let entryStart = true;
  for (let index = open + 1; index < text.length; index++) {
    const char = text[index];
    if (char === '"' || char === "'") {
      const end = quotedEnd(text, index);
      if (isMapping && entryStart && /^\s*:/.test(text.slice(end + 1, end + 40))) flow.keys.add(text.slice(index + 1, end));
      index = end;
      entryStart = false;
    } else if (char === '#' && /\s/.test(text[index - 1])) {
      const newline = text.indexOf('\n', index);
      index = newline < 0 ? text.length : newline;
    } else if (char === '{' || char === '[') {
      const inner = scanFlow(text, index);
      if (!isMapping && char === '{') flow.items.push(inner.keys);
      index = inner.end - 1;
      entryStart = false;
    } else if (char === '}' || char === ']') {
      flow.end = index + 1;
      return flow;
    } else if (char === ',') entryStart = true;
    else if (entryStart && !/\s/.test(char)) {
      const key = PLAIN_KEY.exec(text.slice(index, index + 200));
      if (isMapping && key) flow.keys.add(key[0]);
      entryStart = false;
    }
  }
  return flow;
}

/** In priority order: a file or editor language that plain text claims is never read as Markdown. */
export const FORMATS: readonly FormatDescriptor[] = [
  { id: 'plaintext', extensions: ['txt'], languageIds: ['plaintext'], supportsCommentDirectives: false },
  { id: 'html', extensions: ['html', 'htm'], languageIds: ['html'], supportsCommentDirectives: true },
  {
    id: 'macros',
    extensions: ['json'],
    // JSON with comments too: VS Code opens `.jsonc` files in it, and JSON files where `files.associations` says so.
    languageIds: ['json', 'jsonc'],
    only: {
      editorGlobs: ['**/*macro*.json', '**/*saved-replies*.json', '**/*.replies.json'],
      claims: (text) => MACRO_SHAPE.test(text),
      holds: 'macros or saved replies',
      expects:
        'JSON: a Zendesk macro whose actions set comment_value or comment_value_html, { "macros": [ … ] }, ' +
        'or a list of { "title", "body" } objects',
    },
    supportsCommentDirectives: false,
  },
  {
    id: 'yaml-replies',
    extensions: ['yml', 'yaml'],
    languageIds: ['yaml'],
    only: {
      editorGlobs: ['**/*macro*.{yml,yaml}', '**/*saved-replies*.{yml,yaml}', '**/*.replies.{yml,yaml}'],
      claims: claimsSavedReplies,
      holds: 'saved replies',
      expects: 'YAML: a list of items with a title and a body, at the top level or under a top-level replies: or macros: key',
    },
    supportsCommentDirectives: false,
  },
  { id: 'mdx', extensions: ['mdx'], languageIds: ['mdx'], supportsCommentDirectives: false },
  { id: 'markdown', extensions: ['md', 'markdown'], languageIds: ['markdown', 'support-reply'], supportsCommentDirectives: true },
];

const DEFAULT_FORMAT = FORMATS.find((format) => format.id === 'markdown')!;

/** Every language id the extension checks. */
export const LANGUAGE_IDS: readonly string[] = FORMATS.flatMap((format) => format.languageIds);

/** The project's config file: it may route files to a format (`formats` globs), so the extension starts in a workspace that has one. */
export const CONFIG_FILE_NAME = '.support-tone.json';

/**
 * The editor's document filters for whole languages (Markdown, MDX, HTML, plain text): the client registers them. JSON and YAML
 * files of replies are asked for by the server (see `namedReplyFilters`), with the globs the project's config adds.
 */
export const DOCUMENT_FILTERS: readonly { language: string }[] = FORMATS.filter((format) => !format.only).flatMap((format) =>
  format.languageIds.map((language) => ({ language })),
);

/** The JSON and YAML files of replies by name, on the client's file systems (an untitled document has no name to match). */
export function namedReplyFilters(schemes: readonly string[]): { scheme: string; language: string; pattern: string }[] {
  return FORMATS.flatMap((format) =>
    format.languageIds.flatMap((language) =>
      (format.only?.editorGlobs ?? []).flatMap((pattern) => schemes.map((scheme) => ({ scheme, language, pattern }))),
    ),
  );
}

/** The formats a `formats` glob of `.support-tone.json` can route a file to: those that read only some files of their type. */
export const ROUTABLE_FORMATS: readonly FormatId[] = FORMATS.filter((format) => format.only).map((format) => format.id);

/**
 * When the extension starts: on its languages; for JSON and YAML only in a workspace that holds a replies file by name, or a
 * config file (whose `formats` globs may name others).
 */
export const ACTIVATION_EVENTS: readonly string[] = [
  ...FORMATS.filter((format) => !format.only).flatMap((format) => format.languageIds.map((id) => `onLanguage:${id}`)),
  ...FORMATS.flatMap((format) => format.only?.editorGlobs.map((glob) => `workspaceContains:${glob}`) ?? []),
  `workspaceContains:**/${CONFIG_FILE_NAME}`,
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

/**
 * Whether the server checks an open document: one a config's `formats` glob routes to a format (`routed`), or one of our
 * languages, and for JSON and YAML a file with the shape of replies.
 */
export function isCheckedDocument(document: { languageId: string; getText(): string }, routed = false): boolean {
  if (routed) return true;
  if (!LANGUAGE_IDS.includes(document.languageId)) return false;
  const { only } = formatOf({ languageId: document.languageId });
  return !only || only.claims(document.getText());
}
