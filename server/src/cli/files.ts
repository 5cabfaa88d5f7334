import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob } from 'tinyglobby';
import { EXTENSIONS, formatOf as formatOfDocument, type FormatId } from '../shared/formats';
import { readText, statOrUndefined } from './io';

const GLOB_OPTIONS = { ignore: ['**/node_modules/**', '**/.git/**'], dot: false, onlyFiles: true, expandDirectories: false };
/** Text files every project has and no one writes to customers: a folder scan leaves them out. */
const NEVER_SUPPORT_CONTENT = /^(?:robots\.txt|LICEN[CS]E(?:\..*)?|CHANGELOG(?:\..*)?)$/i;
const IGNORE_FILES = ['.gitignore', '.support-tone-ignore'];

export class UsageError extends Error {}

/**
 * Expands files, folders and globs into a sorted list of files, leaving out what `.gitignore`
 * and `.support-tone-ignore` files (in the current folder and the inputs' ancestors) exclude.
 * An input that matches nothing is a usage error. `isRouted` says whether a config's `formats`
 * glob names a file: a folder scan reads it whatever its name or shape.
 */
export async function resolveInputs(inputs: readonly string[], isRouted: (path: string) => boolean = () => false): Promise<string[]> {
  const files = new Set<string>();
  const ignored = new IgnoreFiles();
  for (const input of inputs) {
    const kind = statOrUndefined(input);
    if (kind?.isFile()) {
      files.add(input);
      continue;
    }
    // A folder holds every format of the registry (`.reply.md` and `.reply.txt` included), but
    // only the JSON and YAML files that hold replies, and any file a config's `formats` glob names.
    // A folder is searched from inside: its name is not read as a glob ("[archive]"), and tinyglobby does not crawl the
    // current folder for a folder elsewhere.
    const matches = kind?.isDirectory()
      ? (await glob('**/*', { ...GLOB_OPTIONS, cwd: input })).map((match) => inFolder(input, match))
      : await glob(input, GLOB_OPTIONS);
    if (matches.length === 0 && !kind) throw new UsageError(`No such file, folder or glob match: ${input}`);
    for (const match of matches) {
      if (!kind?.isDirectory()) {
        if (!ignored.excludes(match)) files.add(match);
        continue;
      }
      // Names first: the ignore files are read up the folder tree, and a claim reads the file's text.
      const routed = isRouted(match);
      if ((routed || isCheckableName(match)) && !ignored.excludes(match) && (routed || claimsText(match))) files.add(match);
    }
  }
  return [...files].sort();
}

/** A path found in a folder, relative to the current folder with forward slashes, as tinyglobby gives the matches of a glob. */
function inFolder(folder: string, path: string): string {
  const base = relative(process.cwd(), resolve(folder)).split(sep).join('/');
  return base === '' ? path : `${base}/${path}`;
}

/** `.gitignore` and `.support-tone-ignore` rules, read once per folder, applied from each folder down. */
class IgnoreFiles {
  private readonly byFolder = new Map<string, Ignore | null>();
  /** Whether each folder seen is a repository's root, where the walk up stops: asked once per folder, not once per file. */
  private readonly roots = new Map<string, boolean>();

  excludes(path: string): boolean {
    const absolute = resolve(path);
    for (let folder = dirname(absolute); ; folder = dirname(folder)) {
      const rules = this.rules(folder);
      if (rules?.ignores(relative(folder, absolute).split(sep).join('/'))) return true;
      if (this.isRoot(folder)) return false;
    }
  }

  private isRoot(folder: string): boolean {
    let root = this.roots.get(folder);
    if (root === undefined) {
      root = existsSync(join(folder, '.git')) || dirname(folder) === folder;
      this.roots.set(folder, root);
    }
    return root;
  }

  private rules(folder: string): Ignore | null {
    let rules = this.byFolder.get(folder);
    if (rules === undefined) {
      const texts = IGNORE_FILES.map((name) => join(folder, name))
        .filter(existsSync)
        .map((file) => readFileSync(file, 'utf8'));
      rules = texts.length > 0 ? ignore().add(texts) : null;
      this.byFolder.set(folder, rules);
    }
    return rules;
  }
}

/** The format of a file by its extension (Markdown for any other). */
export function formatOf(path: string): FormatId {
  return formatOfDocument({ path }).id;
}

/** Whether a file found in a folder scan has a name to check: a registry extension, and not a licence, change log or robots.txt. */
function isCheckableName(path: string): boolean {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1].toLowerCase();
  return extension !== undefined && EXTENSIONS.includes(extension) && !NEVER_SUPPORT_CONTENT.test(basename(path));
}

/** Whether the format of a file's type claims its text: always, but for formats that read only some files of their type (JSON, YAML). */
function claimsText(path: string): boolean {
  const { only } = formatOfDocument({ path });
  return !only || only.claims(readText(path));
}

/** Parses `--shard i/n` (1-based). */
export function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n, such as 2/4 (got '${value}').`);
  return { index, count };
}

/**
 * The files of shard i of n. A file's shard depends only on its path (a hash), so adding files
 * never moves the others between shards.
 */
export function shardOf(paths: readonly string[], shard: { index: number; count: number }): string[] {
  return paths.filter(
    (path) => createHash('sha1').update(path.split(sep).join('/')).digest().readUInt32BE(0) % shard.count === shard.index - 1,
  );
}
