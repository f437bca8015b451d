// jieba, the word segmenter, loaded for the engine: the native module (nodejs-jieba) found where
// Node would find it, its dictionaries, our stand-ins for the files cut and tag never read, and a
// newsroom's user dictionary checked before jieba sees it (cppjieba aborts the process on some
// malformed input). Outside the engine, which only takes a Segmenter: loading reads files and
// native code, the engine reads text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { readSafely, refusalMessage, type Segmenter, type TaggedWord } from './engine';

interface JiebaBinding {
  load(dict: string, hmm: string, user: string, idf: string, stop: string): void;
  /** Our patched build only (scripts/patch-jieba.mjs): the load on libuv's thread pool, then `done` on this thread. */
  loadAsync?(dict: string, hmm: string, user: string, idf: string, stop: string, done: (err: Error | null) => void): boolean;
  /** Our patched build only: whether a loadAsync is still running. */
  isLoading?(): boolean;
  /** Our patched build only: blocks until the last loadAsync is built and puts it in place; false when it failed. */
  waitLoad?(): boolean;
  cut(text: string, hmm: boolean): string[];
  tag(text: string): TaggedWord[];
}

export interface JiebaOptions {
  /** A newsroom dictionary (jieba user-dict format: `word [freq] [tag]` per line). */
  userDictionary?: string;
  /** Another main dictionary in jieba's format (`word freq tag`): the benchmark's trimmed ones. The package's own when absent. */
  dictionary?: string;
}

/** The main dictionary nodejs-jieba ships. */
export function jiebaDictionary(): string {
  return path.join(jiebaRoot(), 'dict', 'jieba.dict.utf8');
}

/**
 * Where nodejs-jieba is installed; its binding is loaded directly so only the binary and dictionaries
 * need ship. Found by its package.json in the folders Node would search, not by resolving its entry
 * point: the packaged extension leaves the JavaScript entry (dist/) out.
 */
function jiebaRoot(): string {
  const candidates = createRequire(__filename).resolve.paths('nodejs-jieba') ?? [];
  for (const dir of candidates) {
    const root = path.join(dir, 'nodejs-jieba');
    if (fs.existsSync(path.join(root, 'package.json'))) return root;
  }
  throw new Error(`nodejs-jieba is not installed (looked in ${candidates.slice(0, 3).join(', ')}…)`);
}

/**
 * Our one-line stand-ins for jieba's keyword-extraction files (idf 6 MB, stop words): cut and tag
 * never read them, and loading the real ones costs about 20 MB and 250 ms. They must not be empty:
 * cppjieba asserts (and aborts the process) on an empty idf or stop-word file.
 */
function keywordStandIns(): { idf: string; stop: string } {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    for (const base of [path.join(dir, 'resources', 'jieba'), path.join(dir, 'server', 'resources', 'jieba')]) {
      if (fs.existsSync(path.join(base, 'idf.utf8'))) return { idf: path.join(base, 'idf.utf8'), stop: path.join(base, 'stop_words.utf8') };
    }
    if (path.dirname(dir) === dir) throw new Error('server/resources/jieba is missing');
  }
}

/** The binding and the five files its load reads, checked: cppjieba aborts the whole process on a dictionary it cannot open. */
function prepare(options: JiebaOptions): { binding: JiebaBinding; files: [string, string, string, string, string] } {
  const root = jiebaRoot();
  const req = createRequire(__filename);
  const binding = req(path.join(root, 'build', 'Release', 'jieba.node')) as JiebaBinding;
  const dict = (name: string) => path.join(root, 'dict', name);
  const user = options.userDictionary && !userDictionaryProblem(options.userDictionary) ? options.userDictionary : dict('user.dict.utf8');
  const { idf, stop } = keywordStandIns();
  const main = options.dictionary ?? dict('jieba.dict.utf8');
  for (const file of [main, dict('hmm_model.utf8'), user]) {
    if (!fs.existsSync(file)) throw new Error(`jieba's dictionary ${file} is missing`);
  }
  return { binding, files: [main, dict('hmm_model.utf8'), user, idf, stop] };
}

function segmenterOf(binding: JiebaBinding): Segmenter {
  return { kind: 'jieba', cut: (text) => binding.cut(text, true), cutKnown: (text) => binding.cut(text, false), tag: (text) => binding.tag(text) };
}

/** Loads jieba synchronously (0.4 to 2 s, by machine). Throws when the native module or its dictionaries are missing. */
export function loadJieba(options: JiebaOptions = {}): Segmenter {
  const { binding, files } = prepare(options);
  binding.load(...files);
  return segmenterOf(binding);
}

/** Whether this process waits at exit for a load in progress (one hook: the binding is loaded once per process). */
let exitHooked = false;

/** A process that ends while a load runs waits for it at exit: the binding must not be torn down under the load. */
function waitAtExit(binding: JiebaBinding & { isLoading(): boolean }): void {
  if (exitHooked) return;
  exitHooked = true;
  const isLoading = binding.isLoading.bind(binding);
  const nap = new Int32Array(new SharedArrayBuffer(4));
  process.once('exit', () => {
    while (isLoading()) Atomics.wait(nap, 0, 0, 5);
  });
}

/**
 * Loads jieba without holding the JavaScript thread: the binding scripts/patch-jieba.mjs builds
 * reads the dictionary on libuv's thread pool and calls back when it is done, so a server goes on
 * answering meanwhile. A binding without loadAsync (the patch could not be built) loads in place,
 * as before.
 */
export function loadJiebaAsync(options: JiebaOptions = {}): Promise<Segmenter> {
  return new Promise((resolve, reject) => {
    const { binding, files } = prepare(options);
    if (!binding.loadAsync || !binding.isLoading) {
      binding.load(...files);
      resolve(segmenterOf(binding));
      return;
    }
    waitAtExit(binding as JiebaBinding & { isLoading(): boolean });
    binding.loadAsync(...files, (err) => (err ? reject(err) : resolve(segmenterOf(binding))));
  });
}

/**
 * Starts loading jieba on libuv's thread pool and gives a function that returns it, blocking the
 * first time until the load is done: a batch run reads and indexes its pages meanwhile, and waits
 * only when a page first asks for words. A binding without waitLoad loads in place at that call.
 * Throws, at the start or at that call, when jieba cannot load.
 */
export function startJieba(options: JiebaOptions = {}): () => Segmenter {
  const { binding, files } = prepare(options);
  let loaded: Segmenter | undefined;
  if (!binding.loadAsync || !binding.isLoading || !binding.waitLoad) {
    return () => {
      if (!loaded) binding.load(...files);
      return (loaded ??= segmenterOf(binding));
    };
  }
  waitAtExit(binding as JiebaBinding & { isLoading(): boolean });
  // The outcome is read by waitLoad; the callback only lets the worker finish.
  binding.loadAsync(...files, () => undefined);
  return () => {
    if (loaded) return loaded;
    if (!binding.waitLoad!()) throw new Error(`jieba could not load its dictionary ${files[0]}`);
    return (loaded = segmenterOf(binding));
  };
}

/** Larger than any newsroom's list of names and terms: a path pointing at the wrong file. */
const MAX_USER_DICTIONARY_BYTES = 20 * 1024 * 1024;
/** jieba's user-dictionary line: a word, then optionally a frequency and a part-of-speech tag. */
const USER_DICT_LINE = /^\S+(?:[ \t]+\d+)?(?:[ \t]+[A-Za-z]+)?[ \t]*$/u;

/**
 * Why a user-dictionary path cannot be used, or undefined when it can. cppjieba aborts the whole
 * process on some malformed input, so a setting is checked here before jieba ever sees the file.
 */
export function userDictionaryProblem(file: string): string | undefined {
  if (!path.isAbsolute(file)) return `“${file}” is not an absolute path`;
  // One descriptor, never blocking on a FIFO, never more than the cap: the path is a setting a workspace may supply.
  const read = readSafely(file, { maxBytes: MAX_USER_DICTIONARY_BYTES });
  if (!read.ok) return refusalMessage(read, `“${file}”`, MAX_USER_DICTIONARY_BYTES).replace(/\.$/u, '');
  const bytes = read.bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `“${file}” is not UTF-8 text (jieba reads its dictionaries as UTF-8)`;
  }
  const lines = text.replace(/^\ufeff/u, '').split(/\r?\n/u);
  const bad = lines.findIndex((l) => l.trim() !== '' && !USER_DICT_LINE.test(l.trim()));
  // The line is named, never quoted: a workspace setting can point at a file the user never opened.
  if (bad >= 0) return `line ${bad + 1} of “${file}” is not “word [frequency] [tag]”`;
  if (!lines.some((l) => l.trim() !== '')) return `“${file}” holds no words`;
  return undefined;
}
