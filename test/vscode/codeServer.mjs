// An isolated code-server for one test run: its own HOME and XDG folders, user data and
// extensions under a temporary folder, bound to a free port on 127.0.0.1, and started in its
// own process group so stopping it also ends its extension hosts and language servers.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { killGroup, pollUntil, runCommand, startGroup, tail } from './processes.mjs';

const START_TIMEOUT_MS = 30_000;
const INSTALL_EXTENSION_TIMEOUT_MS = 60_000;

/** User settings that keep the window quiet and offline: no telemetry, updates, chat or welcome page. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
};

/** A TCP port that was free a moment ago (code-server is retried if another process takes it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The environment of every code-server process: isolated HOME/XDG folders and Node 24 first on PATH. */
function isolatedEnvironment(tools, runFolder, extra) {
  const home = join(runFolder, 'home');
  const env = {};
  for (const [name, value] of Object.entries(process.env)) {
    // A VS Code terminal's variables would make code-server hand the request to that VS Code.
    if (!/^(VSCODE_|CODE_SERVER_|ELECTRON_)/.test(name)) env[name] = value;
  }
  return {
    ...env,
    ...extra,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    PATH: `${join(tools.nodeHome, 'bin')}:${process.env.PATH}`,
  };
}

/** Creates the run's folders and user settings; returns the paths code-server is given. */
export function prepareProfile(runFolder) {
  const profile = {
    runFolder,
    userDataDir: join(runFolder, 'user-data'),
    extensionsDir: join(runFolder, 'extensions'),
    logFile: join(runFolder, 'code-server.log'),
  };
  for (const folder of ['home/.config', 'home/.local/share', 'home/.cache']) mkdirSync(join(runFolder, folder), { recursive: true });
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  writeFileSync(join(profile.userDataDir, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  return profile;
}

/** Adds user settings; a window opened afterwards starts with them. */
export function addUserSettings(profile, settings) {
  const file = join(profile.userDataDir, 'User', 'settings.json');
  writeFileSync(file, `${JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ...settings }, null, 2)}\n`);
}

function profileArguments(profile) {
  return ['--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** Installs a .vsix into the run's extensions folder with code-server's own CLI. */
export async function installExtension(tools, profile, vsix) {
  const output = await runCommand(tools.node, [tools.codeServerEntry, ...profileArguments(profile), '--install-extension', vsix], {
    env: isolatedEnvironment(tools, profile.runFolder),
    timeoutMs: INSTALL_EXTENSION_TIMEOUT_MS,
    label: `code-server --install-extension ${vsix}`,
  });
  if (!/was successfully installed/.test(output)) throw new Error(`code-server did not confirm installing ${vsix}:\n${tail(output)}`);
  return output.trim();
}

/**
 * Starts code-server and waits until /healthz answers. Returns its base URL and `stop()`,
 * which kills the whole process group. `environment` is added to the server's environment
 * (the extension host inherits it).
 */
export async function startCodeServer(tools, profile, environment = {}) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const args = [
      tools.codeServerEntry,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      ...profileArguments(profile),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-proxy',
      '--ignore-last-opened',
      // Without it the built workbench ignores the extensionTestsPath payload (see REAL-CLIENTS.md).
      '--vscode-option',
      'enable-smoke-test-driver',
    ];
    writeFileSync(profile.logFile, `$ node ${args.join(' ')}\n`, { flag: 'a' });
    const child = startGroup(tools.node, args, {
      env: isolatedEnvironment(tools, profile.runFolder, environment),
      logFile: profile.logFile,
    });
    let exited = false;
    child.on('exit', () => (exited = true));
    const baseUrl = `http://127.0.0.1:${port}`;
    try {
      await pollUntil(
        async () => {
          if (exited) throw Object.assign(new Error('code-server exited'), { exited: true });
          const response = await fetch(`${baseUrl}/healthz`);
          return response.ok;
        },
        { timeoutMs: START_TIMEOUT_MS, intervalMs: 100, describe: () => `code-server to answer ${baseUrl}/healthz` },
      ).catch((error) => {
        if (exited) throw Object.assign(new Error('code-server exited while starting'), { exited: true });
        throw error;
      });
    } catch (error) {
      killGroup(child.pid);
      const log = readFileSync(profile.logFile, 'utf8');
      // Another process may have taken the port between freePort() and the bind: try another.
      if (error.exited && /EADDRINUSE/.test(log) && attempt < 3) continue;
      throw new Error(`${error.message}. Its log (${profile.logFile}):\n${tail(log)}`);
    }
    return { baseUrl, pid: child.pid, stop: () => killGroup(child.pid) };
  }
}
