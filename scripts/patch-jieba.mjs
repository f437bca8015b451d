// postinstall: nodejs-jieba 0.3.0's load() also builds a TextRankExtractor that reads the whole
// dictionary a second time into a trie of its own (about 110 MB resident), and we never call
// textRankExtract. cppjieba has a constructor that shares the Jieba's trie and HMM model; this
// builds a copy of the binding that uses it and puts the result in place of the original binary.
// The package's own files are not edited, so `npm rebuild nodejs-jieba` always restores upstream.
// Cut and tag output is unchanged (server/test/engine/jieba.test.ts). Anything unexpected (another
// version, no node-gyp, a failed build) leaves the original binary: it works, it only costs more.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(root, 'node_modules', 'nodejs-jieba');
const binary = join(pkg, 'build', 'Release', 'jieba.node');
// Inside the package's build folder, so a rebuild of the package (which cleans it) drops the stamp.
const stamp = join(pkg, 'build', 'Release', 'newsprint-shared-trie');
// Under node_modules so the binding.gyp's require('node-addon-api') still resolves.
const work = join(root, 'node_modules', '.newsprint-jieba-build');
const ORIGINAL = /new cppjieba\s*::TextRankExtractor\(dictPath,\s*modelPath,\s*stopWordsPath,\s*userDictPath\);/;
const SHARED = 'new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath);';

function say(message) {
  console.log(`patch-jieba: ${message}`);
}

function nodeGyp() {
  const fromNpm = process.env.npm_config_node_gyp;
  if (fromNpm && existsSync(fromNpm)) return fromNpm;
  // npm ships node-gyp beside itself; outside an npm script the variable above may be unset.
  for (const base of [process.env.npm_execpath, process.execPath].filter(Boolean)) {
    for (const up of ['..', '../lib/node_modules/npm', '../../lib/node_modules/npm']) {
      try {
        return createRequire(join(dirname(base), up, 'x.js')).resolve('node-gyp/bin/node-gyp.js');
      } catch {
        // try the next place
      }
    }
  }
  return undefined;
}

// Offline, node-gyp cannot download headers; a Node installed with its headers (Debian's, the
// official tarball) has them under its prefix, which is where the first build found them too.
function headers() {
  if (process.env.npm_config_nodedir) return [];
  const prefix = dirname(dirname(process.execPath));
  return existsSync(join(prefix, 'include', 'node', 'node.h')) ? [`--nodedir=${prefix}`] : [];
}

function main() {
  if (!existsSync(binary)) return say('nodejs-jieba has no built binding; nothing to patch');
  if (existsSync(stamp) && !process.argv.includes('--force')) return say('binding already shares the trie');
  const source = readFileSync(join(pkg, 'lib', 'nodejieba.cpp'), 'utf8');
  if (!ORIGINAL.test(source)) return say("load() is not nodejs-jieba 0.3.0's; the binding is left as it is");
  const gyp = nodeGyp();
  if (!gyp) return say('node-gyp not found; the binding is left as it is');

  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const part of ['lib', 'deps', 'binding.gyp', 'package.json']) cpSync(join(pkg, part), join(work, part), { recursive: true });
  writeFileSync(join(work, 'lib', 'nodejieba.cpp'), source.replace(ORIGINAL, SHARED));
  // The compiler's output (a hundred lines, warnings from cppjieba's own sources) goes to a log
  // file, not the terminal: a passing install should say what it did in a line or two.
  const log = join(root, 'node_modules', '.newsprint-jieba-build.log');
  say(`building a binding whose TextRank shares the Jieba trie (compiler output: ${log})`);
  const result = spawnSync(process.execPath, [gyp, 'rebuild', '-j', 'max', ...headers()], { cwd: work, encoding: 'utf8', maxBuffer: 64 << 20 });
  writeFileSync(log, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  const built = join(work, 'build', 'Release', 'jieba.node');
  if (result.status !== 0 || !existsSync(built)) {
    rmSync(work, { recursive: true, force: true });
    const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trimEnd().split('\n').slice(-15).join('\n');
    if (tail) console.log(tail);
    return say(`build failed (exit ${result.status}; the last lines above, all of it in ${log}); the original binding is left as it is`);
  }
  copyFileSync(built, binary);
  writeFileSync(stamp, 'TextRankExtractor(*_jieba_handle, stopWordsPath)\n');
  rmSync(work, { recursive: true, force: true });
  say('done');
}

main();
