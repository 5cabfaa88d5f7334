import { spawnSync } from 'node:child_process';
import { UsageError } from './files';

/** Runs git in the current folder and returns its output; a failure is a usage error with git's reason. */
export function git(args: string[]): string {
  const result = spawnSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error || result.status !== 0)
    throw new UsageError(`git ${args.join(' ')} failed: ${(result.stderr || result.error?.message || '').trim()}`);
  return result.stdout;
}

/** Like `git`, for optional facts (a remote, a branch): undefined when git fails or is missing. */
export function gitOrUndefined(args: string[]): string | undefined {
  try {
    return git(args).trim();
  } catch {
    return undefined;
  }
}
