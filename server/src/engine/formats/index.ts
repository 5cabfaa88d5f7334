import type { FormatId } from '../../shared/formats';
import { html } from './html';
import { macros } from './macros';
import { markdown, mdx } from './markdown';
import { plainText } from './plaintext';
import type { FrontEnd } from './types';
import { yamlReplies } from './yamlReplies';

/** The engine's front end for each format of the registry in shared/formats.ts. */
export const FRONT_ENDS: Readonly<Record<FormatId, FrontEnd>> = {
  markdown,
  mdx,
  plaintext: plainText,
  html,
  macros,
  'yaml-replies': yamlReplies,
};
