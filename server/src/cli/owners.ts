import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from './files';
import type { JsonFile } from './report';

/** The nearest folder at or above `folder` holding `.git` (a folder, or a worktree's file): found without starting git. */
function repositoryRoot(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** Where GitHub and GitLab look for the file, in their order, relative to the repository root. */
const LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'];

interface OwnerRule {
  matches: Ignore;
  owners: string[];
}

/**
 * A CODEOWNERS file: each line is a gitignore-style pattern and its owners (`@team`, `@user`,
 * an email address); the last matching line wins, and a pattern without owners leaves the files
 * unowned. Comments, blank lines and GitLab section headers (`[Docs]`, `^[Docs][2] @lead`) are skipped.
 */
export class CodeOwners {
  private readonly rules: OwnerRule[];

  /** `root`: the folder the file's patterns are relative to (the repository root). */
  constructor(
    text: string,
    private readonly root: string,
  ) {
    this.rules = [];
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (line === '' || /^\^?\[/.test(line)) continue;
      const [pattern, ...owners] = line.split(/\s+/);
      this.rules.push({ matches: ignore().add(pattern), owners });
    }
  }

  /** The file in the repository that holds the current folder (or the current folder outside git), if any. */
  static load(): CodeOwners | undefined {
    const root = repositoryRoot(process.cwd()) ?? process.cwd();
    const found = LOCATIONS.map((location) => join(root, location)).find((path) => existsSync(path));
    return found === undefined ? undefined : new CodeOwners(readFileSync(found, 'utf8'), root);
  }

  /** The owners of a file (a path relative to the current folder, or absolute). */
  ownersOf(path: string): string[] {
    const inRepository = relative(this.root, resolve(path)).split('\\').join('/');
    if (inRepository.startsWith('../')) return [];
    for (let index = this.rules.length - 1; index >= 0; index--) {
      if (this.rules[index].matches.ignores(inRepository)) return this.rules[index].owners;
    }
    return [];
  }

  /** Whether `owner` owns a file; owners compare without case, as GitHub's do. */
  owns(owner: string, path: string): boolean {
    const wanted = owner.toLowerCase();
    return this.ownersOf(path).some((each) => each.toLowerCase() === wanted);
  }
}

/** A path's owners as a task or a report entry carries them: `{ owners }`, or nothing when CODEOWNERS gives none. */
export function ownersEntry(codeOwners: CodeOwners | undefined, path: string): { owners?: string[] } {
  const owners = codeOwners?.ownersOf(path) ?? [];
  return owners.length > 0 ? { owners } : {};
}

/** The file with its owners, when CODEOWNERS gives it any. */
export function withOwners(file: JsonFile, codeOwners: CodeOwners | undefined): JsonFile {
  return { ...file, ...ownersEntry(codeOwners, file.path) };
}

/** `--owner`: only the files CODEOWNERS gives that owner; a usage error without a CODEOWNERS file. */
export function ownedBy<T extends { path: string }>(owner: string, items: readonly T[], codeOwners: CodeOwners | undefined): T[] {
  if (!codeOwners) throw new UsageError(`--owner ${owner} needs a CODEOWNERS file (${LOCATIONS.join(', ')} in the repository).`);
  return items.filter((item) => codeOwners.owns(owner, item.path));
}
