// Child processes with deadlines: every command runs in its own process group, so a timeout or
// a failure of the stage kills everything it started (npm's install scripts, code-server's
// extension hosts and the language servers they spawn).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/** Process groups still running; `killAllGroups` ends them (on exit, failure or a signal). */
const liveGroups = new Set();

/** Sends SIGKILL to a whole process group; a group that is already gone is fine. */
export function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group has already exited.
  }
  liveGroups.delete(pid);
}

/** Kills every process group this stage started and has not ended yet. */
export function killAllGroups() {
  for (const pid of [...liveGroups]) killGroup(pid);
}

/**
 * Starts a command detached in a new process group (like `setsid`), its output appended to
 * `logFile`. Returns the child; `killGroup(child.pid)` ends it and everything it spawned.
 */
export function startGroup(command, args, { cwd, env, logFile }) {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  liveGroups.add(child.pid);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  child.on('exit', () => {
    // The group may outlive its leader (background children), so it stays listed until killed.
    setImmediate(() => log.end());
  });
  return child;
}

/** The last `count` lines of a text, for error messages. */
export function tail(text, count = 30) {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/**
 * Runs a command to completion within `timeoutMs`, in its own process group. Resolves with its
 * output when it exits 0; rejects with the output's tail when it fails or times out (and then
 * kills the whole group).
 */
export function runCommand(command, args, { cwd, env = process.env, timeoutMs, label }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    liveGroups.add(child.pid);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(new Error(`${label} did not finish within ${Math.round(timeoutMs / 1000)} s (killed).\n${tail(output)}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      killGroup(child.pid);
      reject(new Error(`${label} could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Install scripts may leave daemons behind; nothing of a finished command should outlive it.
      killGroup(child.pid);
      if (code === 0) resolve(output);
      else reject(new Error(`${label} failed (${signal ?? `exit code ${code}`}).\n${tail(output)}`));
    });
  });
}

/**
 * Calls `probe` until it returns a truthy value or `timeoutMs` passes, waiting `intervalMs`
 * between attempts. Resolves with the value; rejects with `describe()` on timeout.
 */
export async function pollUntil(probe, { timeoutMs, intervalMs = 100, describe }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${describe()}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
