/**
 * The file access configuration needs, as a port: the CLI and the Node language server use
 * `nodeConfigHost`; a server without a file system (a browser worker) supplies its own.
 */
export interface ConfigHost {
  /** A file's text; throws an Error that says why it cannot be read. */
  readFile(path: string): string;
  /** The nearest `.support-tone.json` in `folder` or its ancestors. */
  findNearest(folder: string): string | undefined;
}
