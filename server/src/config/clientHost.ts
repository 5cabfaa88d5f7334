import { dirname } from 'node:path';
import type { ReadFileResult as ClientRead } from '../shared/protocol';
import type { ConfigHost } from './host';
import { configFileIn } from './loadConfig';

/**
 * Configuration read through the editor (the browser server asks the client, which reads with
 * `workspace.fs`, so virtual workspaces work). Reads are asynchronous and the config loader is not:
 * the loader runs on what has been fetched, a read of anything else is noted, and `fetchMissing`
 * fetches the noted files so the caller can run the loader again, until nothing is missing.
 */
export class ClientConfigHost implements ConfigHost {
  private readonly reads = new Map<string, ClientRead>();
  private readonly wanted = new Set<string>();

  constructor(private readonly read: (path: string) => Promise<ClientRead>) {}

  readFile(path: string): string {
    const read = this.lookUp(path);
    if (!read) throw new Error('it has not been read yet');
    if ('text' in read) return read.text;
    throw new Error(read.error);
  }

  findNearest(folder: string): string | undefined {
    for (let current = folder; ; current = dirname(current)) {
      const candidate = configFileIn(current);
      const read = this.lookUp(candidate);
      if (!read) return undefined;
      if (!('missing' in read && read.missing)) return candidate;
      if (dirname(current) === current) return undefined;
    }
  }

  async fetchMissing(): Promise<boolean> {
    const paths = [...this.wanted];
    this.wanted.clear();
    const reads = await Promise.all(paths.map((path) => this.read(path)));
    paths.forEach((path, index) => this.reads.set(path, reads[index]));
    return paths.length > 0;
  }

  forget(): void {
    this.reads.clear();
  }

  private lookUp(path: string): ClientRead | undefined {
    const read = this.reads.get(path);
    if (!read) this.wanted.add(path);
    return read;
  }
}
