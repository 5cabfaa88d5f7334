import type { Span } from './model';

/** LSP-style position: 0-based line and UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Line starts of a text. `\r\n`, `\r` and `\n` all end a line, as in LSP and CommonMark. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === 13 /* \r */) {
        if (text.charCodeAt(at + 1) === 10) at++;
        this.starts.push(at + 1);
      } else if (code === 10 /* \n */) {
        this.starts.push(at + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return line >= this.starts.length ? this.text.length : this.starts[line];
  }

  /** End of a line's content, before its line break. */
  contentEnd(line: number): number {
    let end = this.lineStart(line + 1);
    if (line + 1 < this.starts.length) {
      if (this.text.charCodeAt(end - 1) === 10) end--;
      if (this.text.charCodeAt(end - 1) === 13) end--;
    }
    return end;
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  positionAt(offset: number): Position {
    const line = this.lineAt(offset);
    return { line, character: offset - this.starts[line] };
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
