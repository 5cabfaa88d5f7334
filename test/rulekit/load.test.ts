import assert from 'node:assert/strict';
import { DEFAULT_PACK } from '../../server/src/api';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRule, RuleDefinitionError, TEAM_RULE_LIMITS, validateRuleDefinition } from '../../server/src/rulekit/load';
import { BASE, flagged, teamRule } from '../support/teamRule';

/** The error a definition gets, as `path: message` (the rule id prefix left out). */
function errorOf(definition: Record<string, unknown>): string {
  try {
    teamRule(definition);
  } catch (error) {
    assert.ok(error instanceof RuleDefinitionError, String(error));
    return `${error.path.join('/')}: ${error.message.replace(/^acme\/test: /, '')}`;
  }
  return 'loaded';
}

const missing = { reply: { message: 'm', anchor: 'endOfDraft', insert: 'i', fixTitle: 't' } };

describe('the rule loader on team rules', () => {
  it('names the field of each mistake', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'regex', message: 'm', phrases: ['a'] }, 'kind: /kind must be equal to one of the allowed values'],
      [{ kind: 'phrase', phrases: ['a'] }, ": / must have required property 'message'"],
      [{ kind: 'phrase', message: 'm', phrases: ['a'], when: ['notAThing'] }, "when: /when names 'notAThing'; the conditions are"],
      [{ kind: 'phrase', message: 'm', phrases: ['a', { pattern: 'b', when: ['nope'] }] }, "phrases/1/when: /phrases/1/when names 'nope'"],
      [{ kind: 'phrase', message: 'm', phrases: ['a $missing'] }, "phrases/0: /phrases/0 uses $missing, which 'sets' does not define"],
      [{ kind: 'phrase', message: 'm', phrases: ['a {b|c'] }, "phrases/0: /phrases/0 has an unclosed '{' or a stray '}': a {b|c"],
      [{ kind: 'phrase', message: 'm', phrases: ['a'], where: 'lastParagraph' }, ': / must NOT be valid'],
      [{ kind: 'occurrence', message: 'm', phrases: ['a'] }, ": / must have required property 'min'; / must have required property 'max'"],
      [{ kind: 'occurrence', message: 'm', count: 'questions', phrases: ['a'], max: 1 }, ': / must NOT be valid'],
      [{ kind: 'conditional', message: 'm', phrases: ['a'] }, ": / must have required property 'then'"],
      [{ kind: 'length', message: 'm', unit: 'lines', max: 3 }, 'unit: /unit must be equal to one of the allowed values'],
      [
        { kind: 'consistency', message: 'm', registers: { a: ['x'], b: ['y'], c: ['z'] } },
        'registers: /registers must NOT have more than 2 properties',
      ],
      [{ kind: 'presence', phrases: ['a'], missing, message: 'm' }, ': / must NOT be valid'],
      [{ kind: 'presence', phrases: ['a'], missing, where: 'middle' }, 'where: /where must be equal to one of the allowed values'],
    ];
    for (const [definition, expected] of cases)
      assert.ok(errorOf(definition).startsWith(expected), `${JSON.stringify(definition)}: ${errorOf(definition)}`);
  });

  it('defaults what a team rule may leave out: why, label, example from its examples; no headline', () => {
    const rule = teamRule({
      kind: 'phrase',
      message: 'm',
      phrases: [{ pattern: 'asap', replacement: 'by Friday' }],
      examples: { fix: [{ from: 'We reply asap.', to: 'We reply by Friday.' }] },
    });
    assert.equal(rule.why, BASE.summary);
    assert.equal(rule.label, 'acme/test');
    assert.deepEqual(rule.example, { bad: 'We reply asap.', good: 'We reply by Friday.' });
    assert.equal(rule.headline, undefined);
    assert.equal(rule.docs, 'https://style.example/acme/test');
  });

  describe('limits: no definition can make the index or the matcher run away', () => {
    const words = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`).join('|');

    it(`at most ${TEAM_RULE_LIMITS.maxPhrases} phrases per rule`, () => {
      const phrases = Array.from({ length: TEAM_RULE_LIMITS.maxPhrases + 1 }, (_, index) => `word${index}`);
      assert.equal(
        errorOf({ kind: 'phrase', message: 'm', phrases }),
        `: has ${TEAM_RULE_LIMITS.maxPhrases + 1} phrases; the limit is 2000`,
      );
    });

    it(`at most ${TEAM_RULE_LIMITS.maxPatternLength} characters per pattern with its sets expanded`, () => {
      const definition = { kind: 'phrase', message: 'm', sets: { many: words('longword', 250).split('|') }, phrases: ['a $many'] };
      assert.match(errorOf(definition), /^phrases\/0: \/phrases\/0 is 2\d{3} characters with its sets expanded; the limit is 2000$/);
    });

    it(`at most ${TEAM_RULE_LIMITS.maxIndexEntries} phrase-index entries per rule`, () => {
      const definition = { kind: 'phrase', message: 'm', phrases: [`{${words('a', 150)}} {${words('b', 150)}}`] };
      assert.equal(
        errorOf(definition),
        'phrases/0: /phrases/0 takes the rule past 20000 phrase-index entries: use fewer or shorter alternatives',
      );
    });

    it('shipped rules are not bounded', () => {
      const definition = { id: 'big', ...BASE, kind: 'phrase', message: 'm', phrases: [`{${words('a', 150)}} {${words('b', 150)}}`] };
      assert.equal(loadRule(definition, { messages: DEFAULT_PACK.messages, docsUrl: () => '' }).id, 'big');
    });

    it('a pattern of nested choices matches in linear time, not exponential', () => {
      const rule = teamRule({ kind: 'phrase', message: 'm', phrases: ['{a|a a} '.repeat(60).trim() + ' stop'] });
      const text = `${'a '.repeat(150)}stop.`;
      const started = performance.now();
      assert.deepEqual(flagged(rule, text).messages.length, 1);
      assert.ok(performance.now() - started < 10_000, `took ${Math.round(performance.now() - started)} ms`);
    });
  });
});

describe('shipped rule files', () => {
  // The packs load their rules without the schema at start-up, so this is where a slip in one is caught.
  const packs = join(__dirname, '../../server/src/packs');
  const files = readdirSync(packs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((pack) =>
      readdirSync(join(packs, pack.name, 'rules'))
        .filter((name) => name.endsWith('.json'))
        .map((name) => join(pack.name, 'rules', name)),
    );
  it('there are rule files in every pack', () => assert.ok(files.length >= 30, files.join(', ')));
  for (const file of files)
    it(`${file} is valid against the rule schema`, () => validateRuleDefinition(JSON.parse(readFileSync(join(packs, file), 'utf8'))));
  it('a rule file that breaks the schema is reported by the same check', () =>
    assert.throws(
      () => validateRuleDefinition({ id: 'x', kind: 'phrase', phrases: ['a'] }),
      /x: \/ must have required property 'message'/,
    ));
});
