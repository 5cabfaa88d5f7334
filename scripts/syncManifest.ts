/**
 * Writes the per-rule settings of the extension manifest (`supportTone.rules` in package.json)
 * from the rules' metadata. `npm run sync:manifest`; a test fails when the manifest is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PACK } from '../server/src/api';

export const MANIFEST = join(__dirname, '..', 'package.json');

/** The JSON schema of `supportTone.rules`, one property per rule. */
export function ruleSettingsSchema(): Record<string, unknown> {
  return {
    type: 'object',
    scope: 'resource',
    default: {},
    markdownDescription:
      'Severity per rule (`error`, `warning`, `info`, `hint` or `off`). A `.support-tone.json` file overrides these settings.',
    additionalProperties: false,
    properties: Object.fromEntries(
      DEFAULT_PACK.rules.map((rule) => [
        rule.id,
        {
          enum: ['error', 'warning', 'info', 'hint', 'off'],
          enumDescriptions: [
            'Shown as an error; the CLI exits 1',
            'Shown as a warning',
            'Shown as information',
            'Shown as a hint',
            'Not checked',
          ],
          default: rule.severity,
          markdownDescription: `${rule.summary} (${rule.principle}). [Docs](${rule.docs})`,
        },
      ]),
    ),
  };
}

if (require.main === module) {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as {
    contributes: { configuration: { properties: Record<string, unknown> } };
  };
  manifest.contributes.configuration.properties['supportTone.rules'] = ruleSettingsSchema();
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
}
