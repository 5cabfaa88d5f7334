import type { FixTitles } from '../../engine/pack';

/** English quick-fix titles. */
export const fixTitles: FixTitles = {
  replace: (replacement) => `Replace with '${replacement}'`,
  remove: (phrase) => `Remove '${phrase}'`,
};
