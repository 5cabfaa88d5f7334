import { writeAtomically } from './io';

/** Where a report goes: streamed to stdout, or collected and written to a file atomically (never half-written). */
export class Output {
  private readonly chunks: string[] = [];

  constructor(private readonly file?: string) {}

  write(text: string): void {
    if (this.file === undefined) process.stdout.write(text);
    else this.chunks.push(text);
  }

  close(): void {
    if (this.file !== undefined) writeAtomically(this.file, this.chunks.join(''));
  }
}

/** A one-line progress count on a terminal; silent in CI logs and when stderr is not a TTY. */
export class Progress {
  private readonly enabled: boolean;
  private lastDrawn = 0;

  constructor(private readonly total: number) {
    this.enabled = process.stderr.isTTY === true && !process.env.CI && total > 1;
  }

  update(done: number): void {
    const now = Date.now();
    if (!this.enabled || (now - this.lastDrawn < 100 && done < this.total)) return;
    this.lastDrawn = now;
    const width = 30;
    const filled = Math.round((done / this.total) * width);
    process.stderr.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${this.total} files`);
  }

  done(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }
}
