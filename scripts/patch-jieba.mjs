// postinstall: nodejs-jieba 0.3.0's load() also builds a TextRankExtractor that reads the whole
// dictionary a second time into a trie of its own (about 110 MB resident), and we never call
// textRankExtract. cppjieba has a constructor that shares the Jieba's trie and HMM model; this
// builds a copy of the binding that uses it and puts the result in place of the original binary.
// The copy also gains loadAsync(), which builds the dictionary on libuv's thread pool and calls
// back on the JavaScript thread (the load takes 0.4 s on one machine, 2 s on another: the server
// must answer meanwhile), and isLoading(), so a process about to exit can wait for a load in
// progress (tearing the binding down under it aborts the process).
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
// What the stamp says: a binding built by an older version of this script is built again.
const STAMP_TEXT = 'TextRankExtractor(*_jieba_handle, stopWordsPath); loadAsync; isLoading v2\n';
const HEADER_ANCHOR = '  Napi::Value insertWord(const Napi::CallbackInfo& info);';
const METHODS_ANCHOR = 'InstanceMethod("insertWord", &NodeJieba::insertWord)';
const ASYNC_SOURCE = `

// newsprint: loadAsync(dict, hmm, user, idf, stop, callback) builds the Jieba (and the TextRank
// extractor sharing its trie) on libuv's thread pool; the handles are swapped in and the callback
// called on the JavaScript thread. isLoading() tells whether a load is still running.
#include <atomic>

static std::atomic<int> newsprint_loading{0};

class NewsprintLoadWorker : public Napi::AsyncWorker {
 public:
  NewsprintLoadWorker(Napi::Function& callback, cppjieba::Jieba** jieba, cppjieba::TextRankExtractor** textRank,
                      std::string dict, std::string model, std::string user, std::string idf, std::string stop)
      : Napi::AsyncWorker(callback), jieba_(jieba), textRank_(textRank), dict_(dict), model_(model), user_(user), idf_(idf), stop_(stop) {}

  // The count drops here, on the pool thread, when the work is done: an exit handler waiting on
  // isLoading() holds the JavaScript thread, so OnOK would never run to drop it.
  void Execute() override {
    try {
      built_ = new cppjieba::Jieba(dict_, model_, user_, idf_, stop_);
      builtRank_ = new cppjieba::TextRankExtractor(*built_, stop_);
    } catch (...) {
      newsprint_loading--;
      throw;
    }
    newsprint_loading--;
  }

  void OnOK() override {
    delete *textRank_;
    delete *jieba_;
    *jieba_ = built_;
    *textRank_ = builtRank_;
    Callback().Call({Env().Null()});
  }

  void OnError(const Napi::Error& e) override {
    Callback().Call({e.Value()});
  }

 private:
  cppjieba::Jieba** jieba_;
  cppjieba::TextRankExtractor** textRank_;
  std::string dict_, model_, user_, idf_, stop_;
  cppjieba::Jieba* built_{nullptr};
  cppjieba::TextRankExtractor* builtRank_{nullptr};
};

Napi::Value NodeJieba::loadAsync(const Napi::CallbackInfo& info) {
  if (info.Length() != 6 || !info[5].IsFunction()) {
    return Napi::Boolean::New(info.Env(), false);
  }
  Napi::Function callback = info[5].As<Napi::Function>();
  newsprint_loading++;
  (new NewsprintLoadWorker(callback, &_jieba_handle, &_text_rank_extractor_handle,
                           info[0].As<Napi::String>(), info[1].As<Napi::String>(), info[2].As<Napi::String>(),
                           info[3].As<Napi::String>(), info[4].As<Napi::String>()))->Queue();
  return Napi::Boolean::New(info.Env(), true);
}

Napi::Value NodeJieba::isLoading(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), newsprint_loading.load() > 0);
}
`;

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
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === STAMP_TEXT && !process.argv.includes('--force')) return say('binding already shares the trie and loads asynchronously');
  const source = readFileSync(join(pkg, 'lib', 'nodejieba.cpp'), 'utf8');
  const header = readFileSync(join(pkg, 'lib', 'nodejieba.h'), 'utf8');
  if (!ORIGINAL.test(source) || !source.includes(METHODS_ANCHOR) || !header.includes(HEADER_ANCHOR)) return say("the binding is not nodejs-jieba 0.3.0's; it is left as it is");
  const gyp = nodeGyp();
  if (!gyp) return say('node-gyp not found; the binding is left as it is');

  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const part of ['lib', 'deps', 'binding.gyp', 'package.json']) cpSync(join(pkg, part), join(work, part), { recursive: true });
  writeFileSync(
    join(work, 'lib', 'nodejieba.cpp'),
    source.replace(ORIGINAL, SHARED).replace(METHODS_ANCHOR, `${METHODS_ANCHOR},\n    InstanceMethod("loadAsync", &NodeJieba::loadAsync),\n    InstanceMethod("isLoading", &NodeJieba::isLoading)`) +
      ASYNC_SOURCE,
  );
  writeFileSync(
    join(work, 'lib', 'nodejieba.h'),
    header.replace(HEADER_ANCHOR, `${HEADER_ANCHOR}\n  Napi::Value loadAsync(const Napi::CallbackInfo& info);\n  Napi::Value isLoading(const Napi::CallbackInfo& info);`),
  );
  // The compiler's output (a hundred lines, warnings from cppjieba's own sources) goes to a log
  // file, not the terminal: a passing install should say what it did in a line or two.
  const log = join(root, 'node_modules', '.newsprint-jieba-build.log');
  say(`building a binding whose TextRank shares the Jieba trie and whose load can run off the main thread (compiler output: ${log})`);
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
  writeFileSync(stamp, STAMP_TEXT);
  rmSync(work, { recursive: true, force: true });
  say('done');
}

main();
