import { shoutingRule } from '../../shouting';
import { docsUrl } from '../docs';
import words from '../shouting.json';

export const noShouting = shoutingRule({
  summary: 'ALL-CAPS emphasis and "!!!" (acronyms and quoted error messages are fine)',
  why: 'Capitals and stacked exclamation marks read as shouting; the customer hears anger, not emphasis.',
  docsUrl,
  example: { bad: 'Do NOT unplug the hub during the update!!!', good: 'Keep the hub plugged in during the update.' },
  headline: 'Shouts at Customer',
  rank: 6,
  label: 'shouting',
  mentions: ['all caps', 'all capitals', 'block capitals'],
  capitals: {
    words,
    message: (word, quiet) => `'${word}' reads as shouting: write '${quiet}'.`,
    fixTitle: (quiet) => `Write '${quiet}'`,
  },
  marks: {
    questions: true,
    message: (run, single) => `'${run}' reads as shouting: one '${single}' is plenty.`,
    fixTitle: (single) => `Replace with '${single}'`,
  },
});
