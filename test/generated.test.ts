import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from '../scripts/generate';

const repository = join(__dirname, '..');

describe('files generated from rule metadata and the format registry', () => {
  for (const [path, expected] of generatedFiles()) {
    it(`${path} is up to date (npm run generate)`, () => {
      assert.equal(readFileSync(join(repository, path), 'utf8'), expected);
    });
  }
});
