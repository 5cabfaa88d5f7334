import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ConfigHost } from './host';
import { configFileIn } from './loadConfig';

/** Configuration read from the local file system. */
export const nodeConfigHost: ConfigHost = {
  readFile(path) {
    if (statSync(path).isDirectory()) throw new Error('it is a directory');
    return readFileSync(path, 'utf8');
  },
  findNearest(folder) {
    for (let current = folder; ; current = dirname(current)) {
      const candidate = configFileIn(current);
      try {
        statSync(candidate);
        return candidate;
      } catch {
        if (dirname(current) === current) return undefined;
      }
    }
  },
};
