import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repository = join(__dirname, '..', '..');
const binary = join(repository, 'bin', 'support-tone.js');
const FILES = 200;

/** Deterministic "random" kill points, so a failure replays. */
function* killDelays(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    yield state % 120;
  }
}

function original(index: number): string {
  const endings = index % 3 === 0 ? '\r\n' : '\n';
  const bom = index % 5 === 0 ? '\uFEFF' : '';
  const paragraphs = [`# Page ${index}`, `You can simply restart the hub ${index}. It obviously works!!!`, 'Still need help? Contact us.'];
  return `${bom}${paragraphs.join(endings + endings)}${endings}`;
}

function fixed(index: number): string {
  return original(index).replace('simply restart', 'restart').replace('obviously works', 'works').replace('!!!', '!');
}

describe('--fix never loses data', function () {
  this.timeout(120000);

  it('leaves every file either untouched or fully fixed when killed at any point', async () => {
    const delays = killDelays(7);
    let partial = 0;
    for (let round = 0; round < 4; round++) {
      const folder = mkdtempSync(join(tmpdir(), 'support-tone-kill-'));
      mkdirSync(join(folder, 'kb'));
      for (let index = 0; index < FILES; index++) writeFileSync(join(folder, 'kb', `${index}.md`), original(index));
      // Kill a random time after the first file is replaced, so the kill lands while files are being written.
      const child = spawn(process.execPath, [binary, 'check', 'kb', '--fix', '--exit-zero'], { cwd: folder, stdio: 'ignore' });
      const delay = delays.next().value as number;
      await new Promise<void>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        const watcher = watch(join(folder, 'kb'), () => {
          timer ??= setTimeout(() => child.kill('SIGKILL'), delay);
        });
        child.on('exit', () => {
          clearTimeout(timer);
          watcher.close();
          resolve();
        });
      });
      let fixedCount = 0;
      for (let index = 0; index < FILES; index++) {
        const text = readFileSync(join(folder, 'kb', `${index}.md`), 'utf8');
        assert.ok(
          text === original(index) || text === fixed(index),
          `kb/${index}.md is neither the original nor the fixed text after a kill ${delay} ms into the writes:\n${JSON.stringify(text)}`,
        );
        if (text === fixed(index)) fixedCount++;
      }
      const stray = readdirSync(join(folder, 'kb')).filter((name) => !/^\d+\.md$/.test(name));
      assert.ok(
        stray.every((name) => name.endsWith('.support-tone-tmp')),
        `only temporary files may be left: ${stray.join(', ')}`,
      );
      partial += fixedCount > 0 && fixedCount < FILES ? 1 : 0;
    }
    assert.ok(partial > 0, 'at least one kill landed in the middle of the writes');
  });

  it('fixes every file when not interrupted, keeping CRLF and BOM', () => {
    const folder = mkdtempSync(join(tmpdir(), 'support-tone-fixall-'));
    mkdirSync(join(folder, 'kb'));
    for (let index = 0; index < 20; index++) writeFileSync(join(folder, 'kb', `${index}.md`), original(index));
    const result = spawnSync(process.execPath, [binary, 'check', 'kb', '--fix'], { cwd: folder, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    for (let index = 0; index < 20; index++) assert.equal(readFileSync(join(folder, 'kb', `${index}.md`), 'utf8'), fixed(index));
    assert.deepEqual(readdirSync(join(folder, 'kb')).length, 20, 'no temporary file is left');
  });
});
