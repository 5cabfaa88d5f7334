import { statSync } from 'node:fs';
import { glob } from 'tinyglobby';

/** File types checked when a folder is given. */
export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt'];
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export class UsageError extends Error {}

/** Expands files, folders and globs into a sorted list of files. A path that matches nothing is a usage error. */
export async function resolveInputs(inputs: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    const kind = statOrUndefined(input);
    if (kind?.isFile()) {
      files.add(input);
      continue;
    }
    const pattern = kind?.isDirectory() ? `${input.replace(/\/+$/, '')}/**/*.{${DEFAULT_EXTENSIONS.join(',')}}` : input;
    const matches = await glob(pattern, { ignore: ALWAYS_IGNORED, dot: false, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0 && !kind) throw new UsageError(`No such file, folder or glob match: ${input}`);
    for (const match of matches) files.add(match);
  }
  return [...files].sort();
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Markdown unless the file is plain text. */
export function formatOf(path: string): 'markdown' | 'plaintext' {
  return /\.txt$/i.test(path) ? 'plaintext' : 'markdown';
}
