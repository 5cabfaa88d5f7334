import { randomBytes } from 'node:crypto';
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where a report goes: streamed to stdout, or collected and written to a file atomically (never half-written). */
export class Output {
  private readonly chunks: string[] = [];

  constructor(private readonly file?: string) {}

  write(text: string): void {
    if (this.file === undefined) process.stdout.write(text);
    else this.chunks.push(text);
  }

  close(): void {
    if (this.file === undefined) return;
    if (isSpecialFile(this.file)) {
      // /dev/null, a pipe or a terminal: renaming over it would replace the device.
      writeFileSync(this.file, this.chunks.join(''));
      return;
    }
    const temporary = join(dirname(this.file), `.${basename(this.file)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      writeFileSync(temporary, this.chunks.join(''));
      renameSync(temporary, this.file);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // The temporary file was never created.
      }
      throw error;
    }
  }
}

function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
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
