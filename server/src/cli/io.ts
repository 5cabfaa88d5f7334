import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A text file as editors show it, and the bytes it was read from. */
export interface TextFile {
  /** UTF-8 (invalid bytes become U+FFFD), without the byte-order mark. */
  text: string;
  /** Whether the bytes start with a UTF-8 byte-order mark, which a rewrite keeps. */
  bom: boolean;
  /** The bytes as read, to tell later whether the file changed on disk. */
  bytes: Buffer;
}

export function hasBom(bytes: Buffer): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

export function decodeText(bytes: Buffer): TextFile {
  const bom = hasBom(bytes);
  return { text: bytes.toString('utf8', bom ? 3 : 0), bom, bytes };
}

/** A file's text as editors show it (see `TextFile`); read as text in one call, which a check of many files feels. */
export function readText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A file's text and the bytes it was read from, for a rewrite. */
export function readTextFile(path: string): TextFile {
  return decodeText(readFileSync(path));
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeText(Buffer.concat(chunks)).text;
}

/**
 * Replaces a file's content so that no reader ever sees half of it: the text goes to a temporary
 * file beside it, with the permissions of the file it replaces, which is then renamed over it.
 * `shouldReplace`, asked just before the rename, can still call the write off; the result says
 * whether the file was written.
 */
export function writeAtomically(path: string, text: string, shouldReplace: () => boolean = () => true): boolean {
  const existing = statOrUndefined(path);
  if (existing && !existing.isFile()) {
    // /dev/null, a pipe or a terminal: renaming over it would replace the device.
    if (!shouldReplace()) return false;
    writeFileSync(path, text);
    return true;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.support-tone-tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx', mode: existing?.mode });
    // The umask may have narrowed the mode the file was created with.
    if (existing) chmodSync(temporary, existing.mode);
    if (!shouldReplace()) {
      unlinkSync(temporary);
      return false;
    }
    renameSync(temporary, path);
    return true;
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written, or the rename already moved it.
    }
    throw error;
  }
}

export function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
