import { URI } from 'vscode-uri';

/**
 * How documents' URIs become the paths configuration works with (config files are found by walking
 * up folders, globs match relative paths), and back.
 */
export interface DocumentPaths {
  /** The path of a document the server can read configuration for; undefined for others (untitled documents). */
  pathOf(uri: URI): string | undefined;
  uriOf(path: string): URI;
}

/** On Node: `file:` documents, by their file system path. */
export const filePaths: DocumentPaths = {
  pathOf: (uri) => (uri.scheme === 'file' ? uri.fsPath : undefined),
  uriOf: (path) => URI.file(path),
};

/**
 * In the browser, where any scheme may be a workspace (github.dev's `vscode-vfs:`, code-server's
 * `vscode-remote:`): a POSIX path whose first segment is `scheme:authority`, so documents of two
 * file systems never share a folder. `vscode-vfs://github/acme/kb/a.md` is `/vscode-vfs:github/acme/kb/a.md`.
 */
export const virtualPaths: DocumentPaths = {
  pathOf: (uri) => (uri.scheme === 'untitled' ? undefined : `/${uri.scheme}:${uri.authority}${uri.path}`),
  uriOf(path) {
    const match = /^\/([a-z][\w+.-]*):([^/]*)(\/.*)?$/i.exec(path);
    if (!match) throw new Error(`'${path}' is not a document path.`);
    return URI.from({ scheme: match[1], authority: match[2], path: match[3] ?? '/' });
  },
};
