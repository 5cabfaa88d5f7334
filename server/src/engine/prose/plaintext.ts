import type { LineIndex } from '../lineIndex';
import { blankBareLinks } from './links';
import type { ProseBlock, ProseDocument } from './types';

const QUOTED_LINE = /^\s*>/;
const QUOTE_HEADER = /^\s*On\b.{4,200}\bwrote:\s*$/;
const SIGNATURE_SEPARATOR = /^-- ?$/;
const DRAFT_BREAK = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

/**
 * Plain text and email-style drafts: paragraphs are runs of non-blank lines. Skipped: lines
 * quoted with `>`, an "On <date>, <name> wrote:" header and what follows it, and a signature
 * after a `-- ` line — each until the next draft break.
 */
export function extractPlainText(text: string, lines: LineIndex): ProseDocument {
  const blocks: ProseBlock[] = [];
  const draftBreaks: number[] = [];
  let skippingRest = false;
  let blockStartLine = -1;

  const closeBlock = (endLine: number) => {
    if (blockStartLine < 0) return;
    const start = lines.lineStart(blockStartLine);
    const end = lines.contentEnd(endLine);
    blocks.push({ start, end, prose: blankBareLinks(text.slice(start, end)), role: 'paragraph', quoted: false });
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
    if (!skippingRest && (SIGNATURE_SEPARATOR.test(content) || QUOTE_HEADER.test(content))) skippingRest = true;
    const isProse = !skippingRest && content.trim() !== '' && !QUOTED_LINE.test(content);
    if (isProse && blockStartLine < 0) blockStartLine = line;
    if (!isProse) closeBlock(line - 1);
  }
  closeBlock(lines.lineCount - 1);
  return { blocks, draftBreaks, directives: [] };
}
