// postinstall: nodejs-jieba 0.3.0's load() also builds a TextRankExtractor that reads the whole
// dictionary a second time into a trie of its own (about 110 MB resident), and we never call
// textRankExtract. cppjieba has a constructor that shares the Jieba's trie and HMM model; this
// builds a copy of the binding that uses it and puts the result in place of the original binary.
// The copy also gains loadAsync(), which builds the dictionary on libuv's thread pool and calls
// back on the JavaScript thread (the load takes 0.4 s on one machine, 2 s on another: the server
// must answer meanwhile), and isLoading(), so a process about to exit can wait for a load in
// progress (tearing the binding down under it aborts the process).
// The copy also builds cppjieba's Trie.hpp and DictTrie.hpp from scripts/jieba/cppjieba/: the same
// trie as one flat table of edges instead of a million small allocations, and the dictionary read
// whole (the load takes about 150 ms instead of 390 ms here; the segmenter answers slightly faster).
// Only over the upstream files they were written against (checked by their SHA-256): another
// cppjieba keeps its own.
// The package's own files are not edited, so `npm rebuild nodejs-jieba --build-from-source` restores upstream.
// Cut and tag output is unchanged (server/test/engine/jieba.test.ts). Anything unexpected (another
// version, no node-gyp, a failed build) leaves the original binary: it works, it only costs more.
import { createHash } from 'node:crypto';
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
const STAMP_TEXT = 'TextRankExtractor(*_jieba_handle, stopWordsPath); loadAsync; isLoading; waitLoad v3; flat trie v2\n';
// The upstream headers scripts/jieba/cppjieba/ replaces (nodejs-jieba 0.3.0), by SHA-256.
const HEADERS = {
  'Trie.hpp': 'c00ae1509a5d412031504e7fa339cd149122f5ad660336cc467c5bf3d302d5c4',
  'DictTrie.hpp': '26d25b0a2640d0cfdcd3f83698f0c809b5babc5f36897b1f249e06247724e010',
};
const HEADER_ANCHOR = '  Napi::Value insertWord(const Napi::CallbackInfo& info);';
const METHODS_ANCHOR = 'InstanceMethod("insertWord", &NodeJieba::insertWord)';
const ASYNC_SOURCE = `

// newsprint: loadAsync(dict, hmm, user, idf, stop, callback) builds the Jieba (and the TextRank
// extractor sharing its trie) on libuv's thread pool; the handles are swapped in and the callback
// called on the JavaScript thread. isLoading() tells whether a load is still running. waitLoad()
// blocks the JavaScript thread until the last load queued is built and puts it in place at once:
// a batch run starts the load early and waits only when a page first asks for words.
#include <atomic>
#include <condition_variable>
#include <mutex>

static std::atomic<int> newsprint_loading{0};
static std::mutex newsprint_mutex;
static std::condition_variable newsprint_built;

class NewsprintLoadWorker;
// The last load queued and not yet called back; touched on the JavaScript thread only.
static NewsprintLoadWorker* newsprint_pending = nullptr;

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
      Finish();
      throw;
    }
    Finish();
  }

  // On the JavaScript thread: waits for Execute to end, then puts what it built in place (once).
  bool Install() {
    {
      std::unique_lock<std::mutex> lock(newsprint_mutex);
      newsprint_built.wait(lock, [this] { return executed_; });
    }
    if (built_ != nullptr && !installed_) {
      delete *textRank_;
      delete *jieba_;
      *jieba_ = built_;
      *textRank_ = builtRank_;
      installed_ = true;
    }
    return built_ != nullptr;
  }

  void OnOK() override {
    Install();
    if (newsprint_pending == this) newsprint_pending = nullptr;
    Callback().Call({Env().Null()});
  }

  void OnError(const Napi::Error& e) override {
    if (newsprint_pending == this) newsprint_pending = nullptr;
    Callback().Call({e.Value()});
  }

 private:
  void Finish() {
    {
      std::lock_guard<std::mutex> lock(newsprint_mutex);
      executed_ = true;
    }
    newsprint_loading--;
    newsprint_built.notify_all();
  }

  cppjieba::Jieba** jieba_;
  cppjieba::TextRankExtractor** textRank_;
  std::string dict_, model_, user_, idf_, stop_;
  cppjieba::Jieba* built_{nullptr};
  cppjieba::TextRankExtractor* builtRank_{nullptr};
  bool executed_{false};
  bool installed_{false};
};

Napi::Value NodeJieba::loadAsync(const Napi::CallbackInfo& info) {
  if (info.Length() != 6 || !info[5].IsFunction()) {
    return Napi::Boolean::New(info.Env(), false);
  }
  Napi::Function callback = info[5].As<Napi::Function>();
  newsprint_loading++;
  newsprint_pending = new NewsprintLoadWorker(callback, &_jieba_handle, &_text_rank_extractor_handle,
                           info[0].As<Napi::String>(), info[1].As<Napi::String>(), info[2].As<Napi::String>(),
                           info[3].As<Napi::String>(), info[4].As<Napi::String>());
  newsprint_pending->Queue();
  return Napi::Boolean::New(info.Env(), true);
}

Napi::Value NodeJieba::isLoading(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), newsprint_loading.load() > 0);
}

// True when the dictionary is in place (now, or already), false when the last load failed.
Napi::Value NodeJieba::waitLoad(const Napi::CallbackInfo& info) {
  bool ok = newsprint_pending == nullptr ? _jieba_handle != nullptr : newsprint_pending->Install();
  return Napi::Boolean::New(info.Env(), ok);
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
    source
      .replace(ORIGINAL, SHARED)
      .replace(
        METHODS_ANCHOR,
        `${METHODS_ANCHOR},\n    InstanceMethod("loadAsync", &NodeJieba::loadAsync),\n    InstanceMethod("isLoading", &NodeJieba::isLoading),\n    InstanceMethod("waitLoad", &NodeJieba::waitLoad)`,
      ) + ASYNC_SOURCE,
  );
  const upstream = (name) => join(pkg, 'deps', 'cppjieba', name);
  const known = Object.entries(HEADERS).every(
    ([name, sha]) =>
      existsSync(upstream(name)) &&
      createHash('sha256')
        .update(readFileSync(upstream(name)))
        .digest('hex') === sha,
  );
  if (known) for (const name of Object.keys(HEADERS)) copyFileSync(join(root, 'scripts', 'jieba', 'cppjieba', name), join(work, 'deps', 'cppjieba', name));
  else say("cppjieba's trie is not the one scripts/jieba/cppjieba/ was written against; it is left as it is");
  writeFileSync(
    join(work, 'lib', 'nodejieba.h'),
    header.replace(
      HEADER_ANCHOR,
      `${HEADER_ANCHOR}\n  Napi::Value loadAsync(const Napi::CallbackInfo& info);\n  Napi::Value isLoading(const Napi::CallbackInfo& info);\n  Napi::Value waitLoad(const Napi::CallbackInfo& info);`,
    ),
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
