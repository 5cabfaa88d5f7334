/**
 * The file access configuration needs, as a port: the CLI and the Node language server use
 * `nodeConfigHost`; a server without a file system (a browser worker) uses a `ClientConfigHost`.
 */
export interface ConfigHost {
  /** A file's text; throws an Error that says why it cannot be read. */
  readFile(path: string): string;
  /** The nearest `.support-tone.json` in `folder` or its ancestors. */
  findNearest(folder: string): string | undefined;
  /**
   * For a host that reads through a round trip (see clientHost.ts): fetches the files the calls
   * above asked for but did not have yet; true when it fetched any, so what was read must be read again.
   */
  fetchMissing?(): Promise<boolean>;
  /** For a host that keeps what it read: forgets it (configuration changed). */
  forget?(): void;
}
