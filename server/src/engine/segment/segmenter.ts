// Word segmentation, for telling a break inside a word (`促就|业`) from one between words.
// jieba's dictionary takes about a second and a few hundred MB to load, so callers load it lazily
// and rules work with the character fallback until it is ready.
import * as fs from 'node:fs';
import { readSafely, refusalMessage } from '../io/safeFile';
import * as path from 'node:path';
import { createRequire } from 'node:module';

export interface TaggedWord {
  word: string;
  /** jieba's part-of-speech tag (`v` verb, `n` noun, `uj` 的, `m` numeral, `q` measure word …). */
  tag: string;
}

export interface Segmenter {
  readonly kind: 'jieba' | 'fallback';
  /** The text cut into words; the pieces concatenate to the input. */
  cut(text: string): string[];
  /** Words with their part of speech; only a dictionary segmenter has it. */
  tag?(text: string): TaggedWord[];
  /**
   * The text cut into dictionary words only: no guessed words (jieba's HMM joins unknown runs such
   * as `感从` or `日习` into words of its own). Absent, `cut` is used.
   */
  cutKnown?(text: string): string[];
}

/**
 * Without a dictionary every Han character is a word of its own, while runs of Latin letters and
 * of digits stay whole: so `20|19` and `CD|MO` are still seen as cut words, `促就|业` is not.
 */
export const fallbackSegmenter: Segmenter = {
  kind: 'fallback',
  cut(text) {
    return text.match(/[A-Za-z]+|[0-9]+(?:\.[0-9]+)?|[\s\S]/gu) ?? [];
  },
};

interface JiebaBinding {
  load(dict: string, hmm: string, user: string, idf: string, stop: string): void;
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

/** Loads jieba synchronously (about a second). Throws when the native module or its dictionaries are missing. */
export function loadJieba(options: JiebaOptions = {}): Segmenter {
  const root = jiebaRoot();
  const req = createRequire(__filename);
  const binding = req(path.join(root, 'build', 'Release', 'jieba.node')) as JiebaBinding;
  const dict = (name: string) => path.join(root, 'dict', name);
  const user = options.userDictionary && !userDictionaryProblem(options.userDictionary) ? options.userDictionary : dict('user.dict.utf8');
  const { idf, stop } = keywordStandIns();
  binding.load(options.dictionary ?? dict('jieba.dict.utf8'), dict('hmm_model.utf8'), user, idf, stop);
  return { kind: 'jieba', cut: (text) => binding.cut(text, true), cutKnown: (text) => binding.cut(text, false), tag: (text) => binding.tag(text) };
}

/**
 * The word that straddles the boundary between `left` and `right`, if the segmenter sees one:
 * `straddling(seg, '稳就业促就', '业“答卷”')` is `就业`. Only a few characters each side are cut.
 */
export function straddling(seg: Segmenter, left: string, right: string): string | undefined {
  const a = [...left].slice(-6).join('');
  const b = [...right].slice(0, 6).join('');
  let offset = 0;
  // Only a dictionary word is evidence of a cut: a guessed one across the break is made of the break itself.
  for (const word of (seg.cutKnown ?? seg.cut)(a + b)) {
    const end = offset + word.length;
    if (offset < a.length && end > a.length && word.trim() === word) return word;
    offset = end;
  }
  return undefined;
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
