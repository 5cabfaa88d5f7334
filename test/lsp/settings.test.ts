import assert from 'node:assert/strict';
import { normalizeSettings } from '../../server/src/lsp/settings';

describe('editor settings (supportTone.*)', () => {
  it('falls back to defaults for missing or malformed settings', () => {
    for (const raw of [undefined, null, 42, 'x', []]) {
      assert.deepEqual(normalizeSettings(raw), {
        layer: { rules: {} },
        kinds: { reply: [], article: [] },
        maxDocumentSize: 2 * 1024 * 1024,
      });
    }
  });

  it('maps company, per-rule severities and phrases, kinds and the size limit', () => {
    const settings = normalizeSettings({
      companyName: '  Acme ',
      rules: {
        'no-blame': 'warning',
        'no-legalese': { severity: 'off' },
        'no-condescension': { allowPhrases: ['just in case', 3], extraPhrases: ['basically'] },
        'no-shouting': 'loud',
      },
      kinds: { reply: ['macros/**'], article: 'kb/**' },
      maxDocumentSize: 1000,
    });
    assert.deepEqual(settings, {
      layer: {
        companyName: 'Acme',
        rules: {
          'no-blame': { severity: 'warning' },
          'no-legalese': { severity: 'off' },
          'no-condescension': { extraPhrases: ['basically'], allowPhrases: ['just in case'] },
        },
      },
      kinds: { reply: ['macros/**'], article: [] },
      maxDocumentSize: 1000,
    });
  });

  it('ignores an empty company name and a non-positive size limit', () => {
    const settings = normalizeSettings({ companyName: ' ', maxDocumentSize: -5 });
    assert.equal(settings.layer.companyName, undefined);
    assert.equal(settings.maxDocumentSize, 2 * 1024 * 1024);
  });
});
