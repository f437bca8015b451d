// Starts and stops code-server (VS Code's server build) with private state, so a run never sees
// the user's settings or extensions and never leaves anything behind.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// A quiet editor for a closed network: nothing that looks things up online, no chat side bar
// taking half of every screenshot, no welcome page.
const DEFAULT_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
};

// Trust on, and a fresh state has never trusted the folder: it opens in Restricted Mode, silently.
const RESTRICTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
};

const LISTENING = /HTTP server listening on (http:\/\/[^\s/]+)\/?/;

/**
 * @param {object} o
 * @param {{ node: string, codeServerEntry: string }} o.tools from ensureTools()
 * @param {string} o.workspace folder to open
 * @param {string} [o.host] interface to bind
 * @param {number} [o.port] 0 picks a free port
 * @param {string} [o.stateDir] user data, extensions, config and XDG dirs; a fresh temp dir
 *   (removed on stop) when not given
 * @param {(line: string) => void} [o.onLog] code-server's own log lines
 * @param {number} [o.timeoutMs] how long it may take to start listening
 * @param {boolean} [o.restricted] workspace trust on and the folder untrusted (Restricted Mode),
 *   without the prompt; otherwise trust is off, as for every other run
 * @param {Record<string, unknown>} [o.settings] user settings on top of the defaults (a fresh state only)
 * @returns {Promise<{ origin: string, port: number, host: string, stop: () => Promise<void>, exited: Promise<number|null>, logTail: () => string }>}
 */
export async function startCodeServer({ tools, workspace, host = '127.0.0.1', port = 0, stateDir, onLog = () => {}, timeoutMs = 60_000, restricted = false, settings: extra = {} }) {
  const temporary = !stateDir;
  const state = stateDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-code-server-'));
  const dirs = Object.fromEntries(['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache'].map((d) => [d, path.join(state, d)]));
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const config = path.join(state, 'config.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'auth: none\n');
  // Only when absent: in a kept state dir (npm start) the user's own changes win.
  const settings = path.join(dirs['user-data'], 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, `${JSON.stringify({ ...DEFAULT_SETTINGS, ...(restricted ? RESTRICTED_SETTINGS : {}), ...extra }, null, 2)}\n`);
  }

  const args = [
    tools.codeServerEntry,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(restricted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--bind-addr',
    `${host}:${port}`,
    '--user-data-dir',
    dirs['user-data'],
    '--extensions-dir',
    dirs.extensions,
    '--config',
    config,
    // Without it the built web workbench ignores extensionDevelopmentPath/extensionTestsPath in
    // the payload, and a test run just hangs.
    '--vscode-option',
    'enable-smoke-test-driver',
    '--ignore-last-opened',
    workspace,
  ];
  const child = spawn(tools.node, args, {
    // Its own process group (setsid): stopping only code-server's pid would leave its file
    // watcher and extension host behind.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: serverEnv(dirs),
  });

  let tail = '';
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  let stopped = false;
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  // If the parent dies or is interrupted, the group must not outlive it.
  const onParentExit = () => killGroup('SIGKILL');
  process.on('exit', onParentExit);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    killGroup('SIGTERM');
    await within(exited, 5000);
    // The group leader can exit before its children; make sure none of them linger.
    killGroup('SIGKILL');
    await within(exited, 2000);
    process.removeListener('exit', onParentExit);
    if (temporary) fs.rmSync(state, { recursive: true, force: true, maxRetries: 3 });
  };

  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`code-server did not start listening within ${timeoutMs / 1000} s`)), timeoutMs);
    let settled = false;
    const fail = (err) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      void stop().then(() => reject(new Error(`${err.message}\n--- code-server log ---\n${tail}`)));
    };
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk;
      tail = (tail + chunk).slice(-8000);
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        onLog(line);
        const m = LISTENING.exec(line);
        if (m && !settled) {
          settled = true;
          clearTimeout(timer);
          resolve(m[1]);
        }
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('error', fail);
    void exited.then((code) => fail(new Error(`code-server exited with ${code} before listening`)));
  });
  const url = new URL(origin);
  return { origin, host: url.hostname, port: Number(url.port), stop, exited, logTail: () => tail };
}

/** The caller's environment less what would make code-server reuse another instance or state. */
function serverEnv(dirs) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    // Inside a VS Code/code-server terminal, VSCODE_IPC_HOOK_CLI would hand the folder to that
    // editor instead of starting ours; PORT and the password/token variables override flags.
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_') || k.startsWith('CODE_SERVER_')) delete env[k];
  }
  for (const k of ['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN', 'NODE_OPTIONS']) delete env[k];
  env.XDG_CONFIG_HOME = dirs['xdg-config'];
  env.XDG_DATA_HOME = dirs['xdg-data'];
  env.XDG_CACHE_HOME = dirs['xdg-cache'];
  return env;
}

/** Waits for `promise`, but no longer than `ms`; leaves no timer behind. */
function within(promise, ms) {
  let timer;
  return Promise.race([promise, new Promise((r) => (timer = setTimeout(r, ms)))]).finally(() => clearTimeout(timer));
}
