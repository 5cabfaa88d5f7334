import assert from 'node:assert/strict';
import { countBySeverity, describeCounts, escapeHtml, lensTitle, SHORT_COUNTS } from '../../server/src/shared/presentation';

describe('shared presentation', () => {
  it('counts by severity, with zero for the severities that did not occur', () => {
    const counts = countBySeverity([{ severity: 'error' }, { severity: 'info' }, { severity: 'error' }]);
    assert.deepEqual(counts, { error: 2, warning: 0, info: 1, hint: 0 });
  });

  it('words short counts in the lens and the status bar without hints', () => {
    assert.equal(describeCounts({ error: 1, warning: 2, info: 2, hint: 5 }, SHORT_COUNTS), '1 error, 2 warnings, 2 notes');
    assert.equal(describeCounts({ error: 0, warning: 0, info: 0, hint: 5 }, SHORT_COUNTS), 'no findings');
  });

  it('titles a lens with the headline and the short count', () => {
    const title = lensTitle({ headline: 'Acme Blames Customer', findingCounts: { error: 1, warning: 0, info: 1, hint: 0 } });
    assert.equal(title, '📰 Acme Blames Customer · 1 error, 1 note');
  });

  it('escapes the five HTML special characters', () => {
    assert.equal(escapeHtml(`<a href="x">Tom's & Jerry's</a>`), '&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;');
  });
});
