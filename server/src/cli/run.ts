import packageJson from '../../../package.json';
import { DEFAULT_PACK } from '../api';
import type { Principle } from '../engine/model';
import type { Rule } from '../engine/rule';

/** What a command knows of its run before it checks anything: the rule set, the tool version and when it started. */
export interface Run {
  rules: readonly Rule[];
  principles: Readonly<Record<Principle, string>>;
  /** The pack's language tag. */
  language: string;
  toolVersion: string;
  generatedAt: Date;
}

/** The one place the CLI chooses its rule set; commands and formatters get it through the run. */
export function startRun(): Run {
  return {
    rules: DEFAULT_PACK.rules,
    principles: DEFAULT_PACK.principles,
    language: DEFAULT_PACK.id,
    toolVersion: packageJson.version,
    generatedAt: new Date(),
  };
}
