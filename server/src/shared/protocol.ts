/** Custom requests between the VS Code client and the language server. Standard LSP covers the rest. */
import { RequestType, type Range } from 'vscode-languageserver-protocol';
import type { DocumentKind, Severity } from '../engine/model';
import type { CountWords, PreviewWords } from '../engine/pack';

/** One draft's headline test, with what the preview needs to explain it. */
export interface DraftHeadline {
  /** The whole draft. */
  range: Range;
  /** Where the CodeLens goes: the draft's first line. */
  lensRange: Range;
  /** The macro's name in saved-reply files. */
  title?: string;
  headline: string;
  findingCounts: Record<Severity, number>;
  /** `label` names the problem for the front page ("a flat refusal"). */
  findings: { ruleId: string; label: string; severity: Severity; message: string }[];
  /** The sentence the headline quotes. */
  quoted?: { range: Range; text: string };
  /** The language the draft was routed to (ISO 639-1), whether a pack checked it or not. */
  language: string;
  /**
   * The language the headline, the labels and the counts are written in: the draft's when a pack
   * checked it, the default pack's (English) for a draft in a language without one.
   */
  wordedIn: string;
  /** How `wordedIn` counts findings, for the CodeLens and the front page's deck. */
  counts: CountWords;
  /** How `wordedIn` labels the draft's story on the front page ("Line 3 · reply", "Wiersz 3 · odpowiedź"). */
  preview: PreviewWords;
}

export interface HeadlinesParams {
  textDocument: { uri: string };
}

export interface HeadlinesResult {
  uri: string;
  version: number;
  kind: DocumentKind;
  kindReason: string;
  /** The document's language (ISO 639-1) and why; each draft has its own. */
  language: string;
  languageReason: string;
  /** The language of the front page's own words (masthead, edition): the document's when a pack checks it, else English. */
  wordedIn: string;
  /** Those words: "{0} Daily", "Support edition"; "Dziennik {0}", "Wydanie obsługi klienta". */
  preview: PreviewWords;
  companyName: string;
  drafts: DraftHeadline[];
  /** Why the document was not checked (too large, binary). */
  skipped?: string;
}

/** Client → server: every draft's headline for a document, for the headline CodeLens, the status bar and the front-page preview. */
export const HeadlinesRequest = new RequestType<HeadlinesParams, HeadlinesResult | null, void>('supportTone/headlines');

/** Server command that shows a draft's headline as a message: the CodeLens action for editors without the preview. */
export const SHOW_HEADLINE_COMMAND = 'supportTone.showHeadline';

/** One file read for the server: its text, or why not (`missing` when there is no such file). */
export type ReadFileResult = { text: string } | { error: string; missing: boolean };

/**
 * Server → client: a file's text, read with the editor's file system (`workspace.fs`), so a server
 * without one (the browser build) reads `.support-tone.json` and style files in virtual workspaces.
 */
export const ReadFileRequest = new RequestType<{ uri: string }, ReadFileResult, void>('supportTone/readFile');

/**
 * What the VS Code client tells the server at start: the URI schemes of the documents it checks (so the server asks for
 * JSON and YAML files of replies on those file systems only) and the workspace's `.support-tone.json` files (whose
 * `formats` globs name more of them).
 */
export interface InitializationOptions {
  documentSchemes?: string[];
  configFiles?: string[];
}
