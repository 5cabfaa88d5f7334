import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const root = join(__dirname, '..', '..');

/** The rules no-restricted-imports reports for `code` as if it were the file at `filePath`. */
async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const { layerZones } = (await import(pathToFileURL(join(root, 'eslint.config.mjs')).href)) as { layerZones: Linter.Config[] };
  // Only the zones, with the TypeScript parser but no type information: fast, and independent of the other rules.
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...layerZones],
  });
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.map((message) => `${message.ruleId}: ${message.line}`);
}

describe('lint zones (eslint.config.mjs)', () => {
  it('keeps Node out of lsp/ except in its Node entry', async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { createConnection } from 'vscode-languageserver/node';",
      "import { TextDocuments } from 'vscode-languageserver';",
      "import type { ConfigHost } from '../config/host';",
    ].join('\n');
    assert.deepEqual(await restrictedImports(code, 'server/src/lsp/x.ts'), [
      'no-restricted-imports: 1',
      'no-restricted-imports: 2',
      'no-restricted-imports: 3',
    ]);
    assert.deepEqual(await restrictedImports(code, 'server/src/lsp/main.node.ts'), []);
  });

  it('lets the client import only shared/ from the server', async () => {
    const code = [
      "import { lensTitle } from '../../server/src/lsp/headlines';",
      "import type { HeadlinesResult } from '../../server/src/shared/protocol';",
      "import type { Rule } from '../../../server/src/engine/rule';",
    ].join('\n');
    assert.deepEqual(await restrictedImports(code, 'client/src/x.ts'), ['no-restricted-imports: 1', 'no-restricted-imports: 3']);
  });

  it('keeps the engine pure: no host, no pack, no rule kinds, no LSP or CLI', async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import { english } from '../packs/en';",
      "import { loadRule } from '../rulekit/load';",
      "import type { ParsedConfig } from '../config/parseConfig';",
      "import type { FormatId } from '../shared/formats';",
      "import { LineIndex } from './lineIndex';",
    ].join('\n');
    assert.deepEqual(await restrictedImports(code, 'server/src/engine/x.ts'), [
      'no-restricted-imports: 1',
      'no-restricted-imports: 2',
      'no-restricted-imports: 3',
      'no-restricted-imports: 4',
    ]);
  });

  it('keeps packs free of hosts and front ends', async () => {
    const code = ["import { startServer } from '../../lsp/server';", "import { loadRule } from '../../rulekit/load';"].join('\n');
    assert.deepEqual(await restrictedImports(code, 'server/src/packs/en/x.ts'), ['no-restricted-imports: 1']);
  });

  it('keeps shared/ to what the client may bundle: the engine model and pack types, no engine code or host', async () => {
    const code = [
      "import { SEVERITIES } from '../engine/model';",
      "import type { PreviewWords } from '../engine/pack';",
      "import { createChecker } from '../api';",
      "import { LineIndex } from '../engine/lineIndex';",
      "import { readFileSync } from 'node:fs';",
      "import { english } from '../packs/en';",
    ].join('\n');
    assert.deepEqual(await restrictedImports(code, 'server/src/shared/x.ts'), [
      'no-restricted-imports: 3',
      'no-restricted-imports: 4',
      'no-restricted-imports: 5',
      'no-restricted-imports: 6',
    ]);
  });
});
