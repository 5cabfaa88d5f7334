import { insertSentence } from '../../engine/fixes';
import type { Draft, Span } from '../../engine/model';
import type { Report } from '../../engine/rule';

/** Where a missing piece belongs: the finding's line and where its sentence is inserted. */
export type Anchor = 'afterGreeting' | 'beforeSignOff' | 'endOfDraft';

/** What a `presence` rule says and offers when a draft lacks the piece. */
export interface MissingPiece {
  message: string;
  anchor: Anchor;
  /** The sentence the quick fix inserts; `[placeholders]` are for the writer to fill. */
  insert: string;
  fixTitle: string;
}

/** The `presence` kind's finding for a draft that lacks the piece. */
export function reportMissing(draft: Draft, piece: MissingPiece): Report {
  const { span, at, text } = placement(draft, piece);
  return { ...span, message: piece.message, fixes: [insertSentence(at, text, piece.fixTitle)] };
}

function placement(draft: Draft, { anchor, insert }: MissingPiece): { span: Span; at: number; text: string } {
  switch (anchor) {
    case 'afterGreeting':
      return { span: draft.firstLine, at: draft.bodyStart, text: `${insert} ` };
    case 'beforeSignOff':
      if (draft.signOff) return { span: draft.signOff, at: draft.signOff.start, text: `${insert}\n\n` };
      return { span: draft.lastLine, at: draft.end, text: `\n\n${insert}` };
    case 'endOfDraft':
      return { span: draft.lastLine, at: draft.end, text: `\n\n${insert}` };
  }
}
