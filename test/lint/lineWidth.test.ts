import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';

const root = join(__dirname, '..', '..');
/** Prettier's printWidth (.prettierrc): it cannot wrap a long string or comment, so this test holds the line. */
const MAX_COLUMNS = 140;

describe('line width', () => {
  it(`keeps every source line within ${MAX_COLUMNS} columns`, async () => {
    const { NOT_SOURCE } = (await import(pathToFileURL(join(root, 'eslint.config.mjs')).href)) as { NOT_SOURCE: string[] };
    const files = globSync('**/*.{ts,js,mjs,cjs}', { cwd: root, ignore: NOT_SOURCE });
    assert.ok(files.includes('test/vscode/run.mjs') && files.includes('server/src/engine/checker.ts'), 'the sources are found');
    const over = files.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => ([...line].length > MAX_COLUMNS ? [`${file}:${index + 1} (${[...line].length} columns)`] : [])),
    );
    assert.deepEqual(over, []);
  });
});
