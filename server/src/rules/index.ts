import type { Rule } from '../engine/rule';
import { noBlame } from './no-blame';
import { noCondescension } from './no-condescension';
import { noFlatNo } from './no-flat-no';
import { noHiddenAgent } from './no-hidden-agent';
import { noLegalese } from './no-legalese';
import { noPolicyShield } from './no-policy-shield';
import { noPushySales } from './no-pushy-sales';
import { noShouting } from './no-shouting';
import { noVagueTimeline } from './no-vague-timeline';
import { noYouAreWrong } from './no-you-are-wrong';
import { requireApology } from './require-apology';
import { requireEmpathy } from './require-empathy';
import { requireNextStep } from './require-next-step';
import { requireRestatement } from './require-restatement';

/** Every rule Support Tone ships, sentence rules first. */
export const RULES: readonly Rule[] = [
  noBlame,
  noYouAreWrong,
  noFlatNo,
  noPolicyShield,
  noLegalese,
  noHiddenAgent,
  noVagueTimeline,
  noPushySales,
  noCondescension,
  noShouting,
  requireApology,
  requireEmpathy,
  requireRestatement,
  requireNextStep,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
