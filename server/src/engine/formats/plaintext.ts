import type { LineIndex } from '../lineIndex';
import type { Link } from '../model';
import type { Lexicon } from '../pack';
import { blankBareLinks } from './links';
import type { FrontEnd, ScannedBlock, ScannedDocument } from './types';

const QUOTED_LINE = /^\s*>/;
const SIGNATURE_SEPARATOR = /^-- ?$/;
const DRAFT_BREAK = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
/**
 * A line of INI or .properties data: a `[section]` header or a `key=value` pair (a key without
 * spaces, then `=`). Translation tables and message catalogues kept as `.txt` are data: their lines
 * joined would read as one long sentence ("original=Home translation=Startseite …").
 */
const DATA_LINE = /^\s*(?:\[[^\]\n]+\]\s*|[\w.-]+\s*=.*)$/;

/**
 * Plain text and email-style drafts: paragraphs are runs of non-blank lines. Skipped: lines
 * quoted with `>`, INI or .properties data lines, an "On <date>, <name> wrote:" header and what
 * follows it, and a signature after a `-- ` line — each until the next draft break.
 */
function scanPlainText(text: string, lines: LineIndex, lexicon: Lexicon): ScannedDocument {
  const blocks: ScannedBlock[] = [];
  const draftBreaks: number[] = [];
  let skippingRest = false;
  let blockStartLine = -1;

  const closeBlock = (endLine: number) => {
    if (blockStartLine < 0) return;
    const start = lines.lineStart(blockStartLine);
    const end = lines.contentEnd(endLine);
    const links: Link[] = [];
    const masked = { prose: blankBareLinks(text.slice(start, end), links), opaque: [], directives: [], links, breaks: [] };
    blocks.push({ start, end, role: 'paragraph', quoted: false, mask: () => masked });
    blockStartLine = -1;
  };

  for (let line = 0; line < lines.lineCount; line++) {
    const content = text.slice(lines.lineStart(line), lines.contentEnd(line));
    if (DRAFT_BREAK.test(content)) {
      closeBlock(line - 1);
      draftBreaks.push(lines.lineStart(line));
      skippingRest = false;
      continue;
    }
    if (!skippingRest && (SIGNATURE_SEPARATOR.test(content) || lexicon.quoteHeader.test(content))) skippingRest = true;
    const isProse = !skippingRest && content.trim() !== '' && !QUOTED_LINE.test(content) && !DATA_LINE.test(content);
    if (isProse && blockStartLine < 0) blockStartLine = line;
    if (!isProse) closeBlock(line - 1);
  }
  closeBlock(lines.lineCount - 1);
  return { blocks, draftBreaks, directives: [] };
}

export const plainText: FrontEnd = {
  scan: scanPlainText,
  // A text file is a reply only when it reads like one (a greeting or sign-off) or says so: README.txt is no message.
  fallbackKind: { kind: 'article', reason: 'plain text without a greeting or sign-off' },
};
