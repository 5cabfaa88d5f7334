import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../server/src/api';
import type { Rule } from '../server/src/engine/rule';
import type { DocumentKind } from '../server/src/engine/model';
import { DEFAULT_PACK } from '../server/src/api';
import { CONDITION_NAMES } from '../server/src/rulekit/conditions';
import { exampleKind, runExamples } from '../server/src/rulekit/examples';
import type { RuleExamples } from '../server/src/rulekit/load';
import { teamRule } from './support/teamRule';

const docsFolder = join(__dirname, '..', 'docs', 'rules');
const SECTIONS = ['What it flags', 'Why it matters to customers', 'Examples', 'Options', 'Silencing it', 'The quick fix'];

function examples(page: string, label: 'bad' | 'good'): string[] {
  return [...page.matchAll(new RegExp('```md ' + label + '\\n([^]*?)\\n```', 'g'))].map((match) => match[1]);
}

function kindFor(rule: Rule, example: string): DocumentKind {
  if (rule.scope === 'sentence') return 'article';
  return rule.kinds.includes('article') && example.startsWith('# ') ? 'article' : 'reply';
}

describe('rule docs', () => {
  const checker = createChecker();
  for (const rule of DEFAULT_PACK.rules) {
    describe(rule.id, () => {
      const page = readFileSync(join(docsFolder, `${rule.id}.md`), 'utf8');

      it('links from the rule metadata', () => assert.ok(rule.docs.endsWith(`docs/rules/${rule.id}.md`)));

      it('has every section, in order', () => {
        const headings = [...page.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
        assert.deepEqual(headings, SECTIONS);
      });

      it('has bad examples the rule flags and good ones it does not', () => {
        const bad = examples(page, 'bad');
        const good = examples(page, 'good');
        assert.ok(bad.length > 0 && good.length > 0, 'at least one bad and one good example');
        const ruleFindings = (text: string) =>
          checker
            .check(text, { format: 'markdown', kind: { kind: kindFor(rule, text), reason: 'docs' } })
            .findings.filter((finding) => finding.ruleId === rule.id);
        for (const example of bad) assert.ok(ruleFindings(example).length > 0, `not flagged: ${example}`);
        for (const example of good)
          assert.deepEqual(
            ruleFindings(example).map((finding) => finding.text),
            [],
            `flagged: ${example}`,
          );
      });
    });
  }

  it('lists every rule in the index page', () => {
    const index = readFileSync(join(docsFolder, 'README.md'), 'utf8');
    for (const rule of DEFAULT_PACK.rules) assert.ok(index.includes(`(${rule.id}.md)`), `${rule.id} is missing from docs/rules/README.md`);
  });
});

describe('docs/team-rules.md', () => {
  const page = readFileSync(join(__dirname, '..', 'docs', 'team-rules.md'), 'utf8');
  const blocks = [...page.matchAll(/```json team-rule\n([^]*?)\n```/g)].map(
    (match) => JSON.parse(match[1]) as Record<string, Record<string, unknown>>,
  );
  const definitions = blocks.flatMap((block) => Object.entries(block));

  it('lists exactly the named conditions a rule can use', () => {
    const section = page.slice(page.indexOf('### Named conditions'), page.indexOf('## The six kinds'));
    assert.deepEqual(
      [...section.matchAll(/^- `(\w+)`:/gm)].map((match) => match[1]),
      CONDITION_NAMES,
    );
  });

  it('has one example rule of every kind', () => {
    assert.deepEqual(
      definitions.map(([, definition]) => definition.kind),
      ['phrase', 'presence', 'occurrence', 'conditional', 'length', 'consistency'],
    );
  });

  for (const [id, definition] of definitions) {
    it(`${id} loads and passes its own examples`, () => {
      const rule = teamRule({ ...definition, id });
      const examples = definition.examples as RuleExamples;
      assert.ok(examples.flag && examples.pass, 'flag and pass examples');
      assert.deepEqual(runExamples(rule, examples, DEFAULT_PACK, exampleKind(definition)), []);
    });
  }
});
