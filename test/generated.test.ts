import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles, L10N_BUNDLE, l10nBundle } from '../scripts/generate';

const repository = join(__dirname, '..');

describe('files generated from rule metadata and the format registry', () => {
  for (const [path, expected] of generatedFiles()) {
    it(`${path} is up to date (npm run generate)`, () => {
      assert.equal(readFileSync(join(repository, path), 'utf8'), expected);
    });
  }

  it(`${L10N_BUNDLE} holds every vscode.l10n.t string of the client (npm run generate)`, async () => {
    assert.equal(readFileSync(join(repository, L10N_BUNDLE), 'utf8'), await l10nBundle());
  });
});
