// `npm run package [-- --target T]`: the extension as a platform-specific VSIX in artifacts/.
//
// The word segmenter is a native module (nodejs-jieba, built from source at install), so a VSIX
// carries one platform's binary and says which (`vsce package --target`). A VSIX for another
// platform is built on that platform, or in a CI matrix job running there: `npm ci && npm run
// package` on win32-x64, darwin-arm64 and darwin-x64 machines (README, "Packaging"). The binding uses
// Node-API, so one build serves every Node and Electron version VS Code ships.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** vsce's name for this machine's platform, for the ones VS Code publishes builds for. */
function hostTarget() {
  const platform = { win32: 'win32', darwin: 'darwin', linux: 'linux' }[process.platform];
  const arch = { x64: 'x64', arm64: 'arm64', arm: 'armhf' }[process.arch];
  if (!platform || !arch) return undefined;
  // Alpine's musl binaries are a target of their own.
  const musl = platform === 'linux' && !process.report?.getReport().header.glibcVersionRuntime;
  return `${musl ? 'alpine' : platform}-${arch}`;
}

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

function main() {
  const asked = process.argv.includes('--target') ? process.argv[process.argv.indexOf('--target') + 1] : undefined;
  const host = hostTarget();
  const target = asked ?? host;
  if (!target) fail(`no VS Code target for ${process.platform}-${process.arch}`);
  if (target !== host) {
    fail(`a ${target} VSIX needs nodejs-jieba built on ${target}; this machine is ${host}. Run \`npm ci && npm run package\` there (or in a CI job on that platform).`);
  }
  // The binary that will ship must load here, with its dictionaries beside it.
  const jieba = path.join(root, 'node_modules', 'nodejs-jieba');
  const binary = path.join(jieba, 'build', 'Release', 'jieba.node');
  try {
    createRequire(import.meta.url)(binary);
  } catch (err) {
    fail(`the jieba binding does not load (${err instanceof Error ? err.message : err}); run \`npm ci\` first`);
  }
  const out = path.join(root, 'artifacts', `${manifest.name}-${manifest.version}-${target}.vsix`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
  const args = [
    vsce,
    'package',
    '--target',
    target,
    '--out',
    out,
    // Not published yet: no repository to point links at. The README's relative links and images
    // resolve inside the installed extension, which ships the files they name (.vscodeignore).
    '--allow-missing-repository',
    '--no-rewrite-relative-links',
  ];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`vsce exited with ${result.status}`);
  console.log(`package: ${path.relative(root, out)} (${(fs.statSync(out).size / 1024 / 1024).toFixed(1)} MB)`);
}

main();
