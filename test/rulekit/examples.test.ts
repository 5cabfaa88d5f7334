import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PACK } from '../../server/src/api';
import { exampleKind, runExamples } from '../../server/src/rulekit/examples';
import type { RuleDefinition } from '../../server/src/rulekit/load';
import { teamRule } from '../support/teamRule';

const rulesFolder = join(__dirname, '..', '..', 'server', 'src', 'packs', 'en', 'rules');
const shipped = readdirSync(rulesFolder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join(rulesFolder, file), 'utf8')) as RuleDefinition);

describe('examples inside rules', () => {
  describe('the shipped rules pass their own examples, as test-rules runs a team’s', () => {
    for (const definition of shipped) {
      it(definition.id, () => {
        const rule = DEFAULT_PACK.rules.find((candidate) => candidate.id === definition.id)!;
        const { examples } = definition;
        assert.ok(examples?.flag && examples.flag.length >= 2, 'at least two texts to flag');
        assert.ok(examples.pass && examples.pass.length >= 2, 'at least two texts to pass');
        if (definition.kind === 'phrase' && rule.fixable) assert.ok(examples.fix && examples.fix.length >= 1, 'a fix example');
        assert.deepEqual(runExamples(rule, examples, DEFAULT_PACK, exampleKind(definition)), []);
      });
    }
  });

  it('reports each example the rule does not live up to, with its place in the rule', () => {
    const rule = teamRule({ kind: 'phrase', message: 'is vague.', phrases: [{ pattern: 'asap', replacement: 'by Friday' }] });
    const failures = runExamples(
      rule,
      {
        flag: ['We reply asap.', 'We reply soon.'],
        pass: ['We reply by Friday.', 'We reply ASAP.'],
        fix: [
          { from: 'We reply asap.', to: 'We reply by Friday.' },
          { from: 'We reply asap.', to: 'We reply today.' },
          { from: 'We reply soon.', to: 'We reply today.' },
        ],
      },
      DEFAULT_PACK,
      'reply',
    );
    assert.deepEqual(failures, [
      { path: ['flag', 1], message: 'is not flagged: "We reply soon."' },
      { path: ['pass', 1], message: "is flagged at \"ASAP\": 'ASAP' is vague. Try 'by Friday'." },
      { path: ['fix', 1], message: 'fixes "We reply asap." to "We reply by Friday.", not "We reply today."' },
      { path: ['fix', 2], message: 'offers no fix for "We reply soon."' },
    ]);
  });

  it('checks examples as the rule’s kind, or the kind they name', () => {
    assert.equal(exampleKind({ kinds: ['article'] }), 'article');
    assert.equal(exampleKind({ missing: { article: {} } }), 'article');
    assert.equal(exampleKind({ kinds: ['article'], examples: { kind: 'reply' } }), 'reply');
    assert.equal(exampleKind({}), 'reply');
  });
});
