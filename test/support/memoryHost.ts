import { dirname, join } from 'node:path';
import type { ConfigHost } from '../../server/src/config/host';
import { CONFIG_FILE_NAME } from '../../server/src/config/loadConfig';

/** A config host over files in memory: what a browser host would supply, and a way to test config chains without a disk. */
export function memoryHost(files: Readonly<Record<string, string>>): ConfigHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(path) {
      reads.push(path);
      const text = files[path];
      if (text === undefined) throw new Error(`no such file: ${path}`);
      return text;
    },
    findNearest(folder) {
      for (let current = folder; ; current = dirname(current)) {
        if (files[join(current, CONFIG_FILE_NAME)] !== undefined) return join(current, CONFIG_FILE_NAME);
        if (dirname(current) === current) return undefined;
      }
    },
  };
}
