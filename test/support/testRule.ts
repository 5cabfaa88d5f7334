import type { Severity } from '../../server/src/engine/model';
import type { SentenceRule } from '../../server/src/engine/rule';

/** A rule made for a test: only its id, severity and check matter; the metadata is filled in. */
export function testRule(id: string, severity: Severity, check: SentenceRule['check']): SentenceRule {
  return {
    id,
    scope: 'sentence',
    summary: `Test rule ${id}`,
    principle: 'P1',
    why: 'Used by the tests.',
    severity,
    fixable: false,
    docs: `https://example.com/${id}`,
    example: { bad: '', good: '' },
    headline: 'Is Tested',
    label: id,
    phrases: [],
    check,
  };
}
