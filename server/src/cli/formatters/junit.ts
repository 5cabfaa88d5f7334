import type { ConfigProblem } from '../../config/parseConfig';
import type { JsonFile, JsonFinding } from '../report';
import { isFailure, oneBased } from './shared';
import type { WholeReportFormatter } from './index';

/** Characters XML 1.0 forbids anywhere, even escaped (control characters, lone surrogates, U+FFFE/FFFF). */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content or a double-quoted attribute, dropping characters XML cannot carry. */
export function escapeXml(text: string, attribute = false): string {
  const escaped = text
    .replace(ILLEGAL_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
  // Attribute-value normalization would turn raw line breaks and tabs into spaces.
  return attribute ? escaped.replaceAll('\n', '&#10;').replaceAll('\r', '&#13;').replaceAll('\t', '&#9;') : escaped;
}

/** `name="value"` pairs, escaped. */
function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value), true)}"`)
    .join('');
}

interface Suite {
  name: string;
  properties: [string, string][];
  cases: string[];
  failures: number;
  errors: number;
  skipped: number;
}

function findingCase(file: JsonFile, finding: JsonFinding, docs: string | undefined): string {
  const { start } = oneBased(finding.range);
  const where = `${file.path}:${start.line}:${start.column}`;
  const details = [
    `${finding.severity}: ${finding.message}`,
    `at ${where}`,
    `flagged text: ${finding.text}`,
    ...(finding.baseline ? [`baseline: ${finding.baseline}`] : []),
    ...(docs ? [`docs: ${docs}`] : []),
  ].join('\n');
  const head = `    <testcase${attributes({ classname: file.path, name: `${finding.ruleId} ${start.line}:${start.column}` })}>`;
  const body = isFailure(finding.severity)
    ? `      <failure${attributes({ message: finding.message, type: finding.ruleId })}>${escapeXml(details)}</failure>`
    : `      <system-out>${escapeXml(details)}</system-out>`;
  return `${head}\n${body}\n    </testcase>`;
}

function fileSuite(file: JsonFile, docs: Map<string, string>): Suite {
  const properties: [string, string][] = [
    ['kind', file.kind],
    ...file.drafts.map((draft): [string, string] => ['headline', draft.headline]),
  ];
  const suite: Suite = { name: file.path, properties, cases: [], failures: 0, errors: 0, skipped: 0 };
  for (const finding of file.findings) {
    if (isFailure(finding.severity)) suite.failures++;
    suite.cases.push(findingCase(file, finding, docs.get(finding.ruleId)));
  }
  if (suite.cases.length > 0) return suite;
  // A clean file still counts as one passing test, so the file shows up in the results.
  const tone = attributes({ classname: file.path, name: 'tone' });
  if (file.skipped) {
    suite.skipped++;
    suite.cases.push(`    <testcase${tone}>\n      <skipped${attributes({ message: file.skipped })}/>\n    </testcase>`);
  } else {
    suite.cases.push(`    <testcase${tone}/>`);
  }
  return suite;
}

/** Config problems become errors (the check could not run as configured), one suite for all. */
function configSuite(problems: readonly ConfigProblem[]): Suite {
  const cases = problems.map((problem) => {
    const where = `${problem.file}:${problem.line}:${problem.column}`;
    const errorAttributes = attributes({ message: problem.message, type: 'config' });
    const error = `      <error${errorAttributes}>${escapeXml(`${where}: ${problem.message}`)}</error>`;
    const caseAttributes = attributes({ classname: problem.file, name: `config ${problem.line}:${problem.column}` });
    return `    <testcase${caseAttributes}>\n${error}\n    </testcase>`;
  });
  return { name: 'support-tone configuration', properties: [], cases, failures: 0, errors: problems.length, skipped: 0 };
}

function renderSuite(suite: Suite): string {
  const counts = { tests: suite.cases.length, failures: suite.failures, errors: suite.errors, skipped: suite.skipped };
  const properties =
    suite.properties.length === 0
      ? []
      : [
          '    <properties>',
          ...suite.properties.map(([name, value]) => `      <property${attributes({ name, value })}/>`),
          '    </properties>',
        ];
  return [`  <testsuite${attributes({ name: suite.name, ...counts })}>`, ...properties, ...suite.cases, '  </testsuite>'].join('\n');
}

/**
 * JUnit XML for CI test views: a test suite per file, a test case per finding. Errors and
 * warnings are failures; info and hint findings pass with their message as `system-out`.
 */
export const junitFormatter: WholeReportFormatter = {
  end(report, context) {
    const docs = new Map(context.rules.map((rule) => [rule.id, rule.docs]));
    const suites = report.files.map((file) => fileSuite(file, docs));
    if (report.configProblems.length > 0) suites.push(configSuite(report.configProblems));
    const total = (key: 'failures' | 'errors' | 'skipped') => suites.reduce((sum, suite) => sum + suite[key], 0);
    const totals = {
      tests: suites.reduce((sum, suite) => sum + suite.cases.length, 0),
      failures: total('failures'),
      errors: total('errors'),
      skipped: total('skipped'),
    };
    const body = suites.map(renderSuite);
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites${attributes({ name: 'support-tone', ...totals })}>`,
      ...body,
      '</testsuites>',
      '',
    ].join('\n');
  },
};
