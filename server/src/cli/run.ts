import packageJson from '../../../package.json';
import { RULES } from '../rules';
import type { Rule } from '../engine/rule';

/** What a command knows of its run before it checks anything: the rule set, the tool version and when it started. */
export interface Run {
  rules: readonly Rule[];
  toolVersion: string;
  generatedAt: Date;
}

/** The one place the CLI chooses its rule set; commands and formatters get it through the run. */
export function startRun(): Run {
  return { rules: RULES, toolVersion: packageJson.version, generatedAt: new Date() };
}
