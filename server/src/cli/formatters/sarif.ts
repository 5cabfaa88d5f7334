import type { ConfigProblem } from '../../config/parseConfig';
import type { RuleMeta } from '../../engine/rule';
import type { Severity } from '../../engine/model';
import type { Range } from '../../engine/lineIndex';
import { valuesOf } from '../../rulekit/messageFormats';
import { fileFingerprints } from '../fingerprint';
import type { JsonFile } from '../report';
import { NOT_CHECKED, TOOL_URL, findingsOf, oneBased, pathToUriReference, safeFixesOf, skippedFilesOf } from './shared';
import type { WholeReportFormatter } from './index';

/** The base id every result path is relative to: the folder the CLI ran in. */
const SOURCE_ROOT = '%SRCROOT%';
const FINGERPRINT_KEY = 'supportTone/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** `no-blame` → `NoBlame`, `acme/no-unfortunately` → `AcmeNoUnfortunately`: SARIF's `name` is an identifier-like form of the id. */
function pascalCase(id: string): string {
  return id
    .split(/[-/]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** A SARIF region: 1-based lines and columns, columns in UTF-16 code units (the run's `columnKind`). */
function region(range: Range) {
  const { start, end } = oneBased(range);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/** A fenced Markdown block that no backtick run inside the text can close early. */
function fenced(text: string): string {
  const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}text\n${text}\n${fence}`;
}

function reportingDescriptor(rule: RuleMeta) {
  const { example } = rule;
  // A team rule without its own `why` has its summary there: say it once.
  const why = rule.why === rule.summary ? '' : ` ${rule.why}`;
  const exampleText = example ? `Instead of:\n${example.bad}\n\nWrite:\n${example.good}\n\n` : '';
  const exampleMarkdown = example ? `**Instead of:**\n\n${fenced(example.bad)}\n\n**Write:**\n\n${fenced(example.good)}\n\n` : '';
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: `${rule.summary}.` },
    fullDescription: { text: rule.why },
    helpUri: rule.docs,
    help: {
      text: `${rule.summary}.${why}\n\n${exampleText}Docs: ${rule.docs}`,
      markdown: `${rule.summary}.${why}\n\n${exampleMarkdown}[Rule documentation](${rule.docs})`,
    },
    ...(rule.messageFormats ? { messageStrings: messageStrings(rule.messageFormats) } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['tone', rule.principle] },
  };
}

/** A rule's message formats as SARIF's `messageStrings` (§3.49.11): each a multiformatMessageString. */
function messageStrings(formats: Readonly<Record<string, string>>) {
  return Object.fromEntries(Object.entries(formats).map(([id, text]) => [id, { text }]));
}

/**
 * A result's message: its text, and when one of the rule's message formats reads exactly that text, the format's id and the
 * values it takes (§3.11.10, §3.11.11). The text stays: viewers that do not look messages up (GitHub's code scanning among
 * them) show it, and by §3.11.7 a consumer that has the text uses it.
 */
function resultMessage(rule: RuleMeta | undefined, text: string) {
  for (const [id, format] of Object.entries(rule?.messageFormats ?? {})) {
    const values = valuesOf(format, text);
    if (values) return { text, id, ...(values.length > 0 ? { arguments: values } : {}) };
  }
  return { text };
}

/** An absolute config path as a `file:` URI (SARIF wants URIs, and config paths are absolute). */
function fileUri(path: string): string {
  const slashed = path.replaceAll('\\', '/');
  if (!/^(\/|[A-Za-z]:\/)/.test(slashed)) return pathToUriReference(slashed);
  const drive = /^[A-Za-z]:/.test(slashed) ? `/${slashed.slice(0, 2)}` : '';
  return `file://${drive}${pathToUriReference(drive ? slashed.slice(2) : slashed)}`;
}

function notification(problem: ConfigProblem) {
  const location = { artifactLocation: { uri: fileUri(problem.file) }, region: { startLine: problem.line, startColumn: problem.column } };
  return { level: 'error', message: { text: problem.message }, locations: [{ physicalLocation: location }] };
}

/** SARIF 2.1.0 for code-scanning uploads: one run, every rule described, safe fixes attached. */
export const sarifFormatter: WholeReportFormatter = {
  end(report, context) {
    const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
    const fileIndex = new Map(report.files.map((file, index) => [file.path, index]));
    const artifactLocation = (file: JsonFile) => ({
      uri: pathToUriReference(file.path),
      uriBaseId: SOURCE_ROOT,
      index: fileIndex.get(file.path)!,
    });
    const fingerprints = new Map(report.files.map((file) => [file, fileFingerprints(file)]));
    // With --baseline, each result says `new` or `unchanged`; the baseline's findings that are gone are not results. SARIF 2.1.0
    // would list them with `baselineState: "absent"`, but GitHub code scanning reads no baselineState: every result it is given is an
    // open alert, and an alert missing from the next upload is the one it closes as fixed (docs/ci.md#sarif-and-fixed-findings).
    const results = [...findingsOf(report)].map(({ file, finding, index: position }) => {
      const index = ruleIndex.get(finding.ruleId);
      const fixes = safeFixesOf(finding).map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [
          {
            artifactLocation: artifactLocation(file),
            replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })),
          },
        ],
      }));
      return {
        ruleId: finding.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: LEVEL[finding.severity],
        message: resultMessage(index === undefined ? undefined : context.rules[index], finding.message),
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(file),
              region: { ...region(finding.range), snippet: { text: finding.text } },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprints.get(file)![position] },
        ...(finding.baseline ? { baselineState: finding.baseline } : {}),
        ...(fixes.length > 0 ? { fixes } : {}),
      };
    });
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'support-tone',
              informationUri: TOOL_URL,
              version: context.toolVersion,
              semanticVersion: context.toolVersion,
              rules: context.rules.map(reportingDescriptor),
            },
          },
          invocations: [
            {
              executionSuccessful: true,
              toolConfigurationNotifications: report.configProblems.map(notification),
              // A file that was not checked is a note on it, so an upload never shows it as clean.
              toolExecutionNotifications: skippedFilesOf(report).map(({ file, reason }) => ({
                level: 'note',
                message: { text: reason },
                descriptor: { id: NOT_CHECKED },
                locations: [{ physicalLocation: { artifactLocation: artifactLocation(file) } }],
              })),
            },
          ],
          originalUriBaseIds: {
            [SOURCE_ROOT]: { description: { text: 'The folder support-tone ran in; result paths are relative to it.' } },
          },
          artifacts: report.files.map((file) => ({
            location: { uri: pathToUriReference(file.path), uriBaseId: SOURCE_ROOT },
            roles: ['analysisTarget'],
            // The document's tone score, and each draft's in document order.
            ...(file.score === undefined
              ? {}
              : { properties: { toneScore: file.score, draftToneScores: file.drafts.map((draft) => draft.score ?? null) } }),
          })),
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};
