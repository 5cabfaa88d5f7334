import { UsageError } from './files';
import { gitOrUndefined } from './git';

/** URL templates for a document's source (`{path}`, `{line}`) and its edit page (`{path}`). */
export interface LinkTemplates {
  source?: string;
  edit?: string;
}

/** What a template may contain: `{path}` (required) and `{line}`. */
function checkTemplate(option: string, template: string): string {
  if (!template.includes('{path}'))
    throw new UsageError(`${option} needs {path} in it, e.g. 'https://github.com/org/repo/blob/main/{path}#L{line}'.`);
  const unknown = /\{(?!path\}|line\})[^}]*\}/.exec(template);
  if (unknown) throw new UsageError(`${option} has ${unknown[0]}; the placeholders are {path} and {line}.`);
  return template;
}

/**
 * The web address of a GitHub or GitLab repository from a git remote URL (https, ssh or scp-like
 * `git@host:org/repo.git`), without any user name or token; undefined for other hosts.
 */
export function repositoryUrl(remote: string): { url: string; host: 'github' | 'gitlab' } | undefined {
  const match = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?([^/:]+)(?::\d+)?[:/](.+?)(?:\.git)?\/?$/i.exec(remote.trim());
  if (!match) return undefined;
  const [, hostname, path] = match;
  const host = hostname.toLowerCase();
  const kind = host === 'github.com' ? 'github' : host === 'gitlab.com' || host.startsWith('gitlab.') ? 'gitlab' : undefined;
  return kind && /^[\w.-]+(\/[\w.-]+)+$/.test(path) ? { url: `https://${host}/${path}`, host: kind } : undefined;
}

/** The templates for a repository, a commit or branch, and the path of the report's folder inside the repository. */
export function templatesFor(
  repository: { url: string; host: 'github' | 'gitlab' },
  commit: string,
  branch: string | undefined,
  prefix: string,
): LinkTemplates {
  const separator = repository.host === 'gitlab' ? '/-' : '';
  const folder = prefix
    .split('/')
    .filter(Boolean)
    .map(encodeURIComponent)
    .map((segment) => `${segment}/`)
    .join('');
  return {
    source: `${repository.url}${separator}/blob/${commit}/${folder}{path}#L{line}`,
    ...(branch ? { edit: `${repository.url}${separator}/edit/${branch}/${folder}{path}` } : {}),
  };
}

/**
 * `--source-url` and `--edit-url`, or defaults from the `origin` remote when it is on GitHub or
 * GitLab: source links pin the checked-out commit, edit links the current branch (none when detached).
 */
export function linkTemplates(options: { sourceUrl?: string; editUrl?: string }): LinkTemplates {
  const given: LinkTemplates = {
    ...(options.sourceUrl ? { source: checkTemplate('--source-url', options.sourceUrl) } : {}),
    ...(options.editUrl ? { edit: checkTemplate('--edit-url', options.editUrl) } : {}),
  };
  if (given.source && given.edit) return given;
  const remote = gitOrUndefined(['remote', 'get-url', 'origin']);
  const repository = remote === undefined ? undefined : repositoryUrl(remote);
  const commit = repository && gitOrUndefined(['rev-parse', 'HEAD']);
  if (!repository || !commit) return given;
  const branch = gitOrUndefined(['symbolic-ref', '--quiet', '--short', 'HEAD']);
  return { ...templatesFor(repository, commit, branch, gitOrUndefined(['rev-parse', '--show-prefix']) ?? ''), ...given };
}
