// NP204: a word written twice in a row by mistake (`的的`, `在在`, `为了增强增强说服力`). Chinese
// doubles words on purpose far more often than by mistake: which doublings are grammar is
// reduplication.ts's table, read with jieba's parts of speech.
import type { Draft, Rule } from '../rule';
import { classifyDoubling, classifyPhraseDoubling, doubledFunctionToken } from './reduplication';
import { edit } from '../rule';
import type { SourceText } from '../../text/sourceText';
import type { Segmenter, TaggedWord } from '../../segment/segmenter';
import { hasHan } from '../../text/chars';
import { flatten, sourceSpan, type Flat } from '../../text/flatten';
import { clauseEnd, clauseStart } from '../../text/clauses';

/** Longer doubled stretches are whole-phrase repeats, NP203's business. */
const MAX_WORD = 16;

/**
 * Whether `text` holds some stretch with a Han character written twice in a row (`XX`, at most MAX_WORD code units each):
 * two equal words side by side need one, so a line without one is not tagged at all. Tagging is
 * jieba's slowest call, and half of a full review's time when every line went through it.
 */
export function hasAdjacentRepeat(text: string): boolean {
  return adjacentRepeatAt(text) >= 0;
}

/** Where the first doubled stretch of `text` at or after `from` begins (its first copy), or -1. */
export function adjacentRepeatAt(text: string, from = 0): number {
  // A doubled word of length len at i has text[i] === text[i + len]: walk, for each position j,
  // the earlier positions holding the same code unit at most MAX_WORD back (a chain through
  // `previous`), instead of trying all MAX_WORD lengths at every position.
  const n = text.length;
  if (previous.length < n) previous = new Int32Array(Math.max(n, previous.length * 2));
  // Positions in `lastAt` are stored shifted by `epoch`, so the table is never cleared: older entries fall out of range.
  epoch += MAX_WORD + 1;
  const base = epoch;
  epoch += n;
  if (epoch > 0x3fffffff) {
    lastAt.fill(0);
    epoch = MAX_WORD + 1;
    return adjacentRepeatAt(text, from);
  }
  for (let j = from; j < n; j++) {
    const c = text.charCodeAt(j);
    const seen = lastAt[c] - base;
    lastAt[c] = base + j;
    let i = seen >= 0 && j - seen <= MAX_WORD ? seen : -1;
    previous[j] = i;
    for (; i >= 0 && j - i <= MAX_WORD; i = previous[i]) {
      const len = j - i;
      if (j + len > n) continue;
      let k = 1;
      while (k < len && text.charCodeAt(i + k) === text.charCodeAt(j + k)) k++;
      // Only a doubled word with a Han character in it is ever flagged (`00`, `……` are not words).
      if (k === len && hasHan(text.slice(i, j))) return i;
    }
  }
  return -1;
}

let previous = new Int32Array(1024);
const lastAt = new Int32Array(0x10000);
let epoch = 0;

export const repeatedWord: Rule = {
  id: 'NP204',
  name: 'repeated-word',
  family: 'duplicates',
  description:
    'A word written twice by mistake: a function word (`这是我的的书`, `完成了了`), a word no reduplication pattern allows ' +
    '(`为了增强增强说服力`), or a short stretch the segmenter cuts into several words (`没走没走多远`, `应对应对`). Reduplication that is Chinese grammar is not flagged: measure words and nouns meaning “every” ' +
    '(`件件有回应`), single-character verbs and adjectives (`垫垫肚子`), `一项一项`, state adjectives and onomatopoeia ' +
    '(`通红通红的`, `咔嚓咔嚓`), verbs tried out where the clause wishes or asks (`再说道说道`, `过年不去走动走动`), emphasis (`抓紧抓紧再抓紧`), names (`屠呦呦`), titles, and a ' +
    'doubled word standing as its own clause (`干部干部，首先要干`). Uses jieba word segmentation and part of speech; without ' +
    'the dictionary the rule waits.',
  severity: 'warning',
  usesSegmenter: true,
  examples: [
    { bad: '这是我的的书。', good: '这是我的书。', needs: 'segmenter' },
    { bad: '他在在会上发言。', good: '他在会上发言。', needs: 'segmenter' },
    { bad: '为了增强增强说服力，展台上还摆放了蜂箱。', good: '为了增强说服力，展台上还摆放了蜂箱。', needs: 'segmenter' },
    { bad: '好不容易才推掉，没走没走多远，又有菜贩推销青椒。', good: '好不容易才推掉，没走多远，又有菜贩推销青椒。', needs: 'segmenter' },
    { good: '他任特务大队大队长。' },
    { good: '推动民生工作件件有着落、事事有回应。' },
    { good: '大姐先吃碗面垫垫肚子再去采买。' },
    { good: '逢年过节，大家都要再说道说道。' },
    { good: '诺贝尔奖得主屠呦呦，杂交水稻之父袁隆平。' },
    { good: '通红通红的山村连同远山一起醒来。' },
  ],
  check({ page, source, segmenter }) {
    const out: Draft[] = [];
    for (const p of page.elements) {
      if (p.kind !== 'paragraph') continue;
      // The paragraph as it reads, column wraps undone: `实实⏎在在的利益` is one word, not `在在`.
      const flat = flatten(source.text, p.start, p.end);
      // Only the clauses around each doubling are tagged (the doubling's own clause, and the next one
      // for a word called out and answered): tagging is jieba's slowest call.
      const text = flat.text;
      for (let from = 0; from < text.length;) {
        const at = adjacentRepeatAt(text, from);
        if (at < 0) break;
        // From the doubling's clause start to just past the mark that ends the clause after it.
        const start = clauseStart(text, at);
        const end = Math.min(text.length, clauseEnd(text, clauseEnd(text, at + 1) + 1) + 1);
        // Asked only now, at the first doubling: a batch run loads jieba only for a page that has one.
        if (!segmenter.tag) return out;
        const words = segmenter.tag(text.slice(start, end));
        out.push(...doubledWords(flat, source, start, words), ...phraseDoublings(flat, source, start, words, segmenter));
        from = Math.max(end, at + 1);
      }
    }
    return out;
  },
};

/** The doubled words among a sentence's tagged words, `from` being the sentence's offset in the flat text. */
function doubledWords(flat: Flat, source: SourceText, from: number, words: TaggedWord[]): Draft[] {
  const out: Draft[] = [];
  const text = flat.text;
  let offset = from;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const start = offset;
    const doubling = next && next.word === w.word && w.word.length <= MAX_WORD && hasHan(w.word) ? classifyDoubling(words, i, text, start) : 'grammar';
    if (doubling !== 'grammar') {
      out.push(slip(flat, source, w.word, start, start + w.word.length, start + 2 * w.word.length, doubling === 'open'));
    } else if (doubledFunctionToken(words, i, text, start)) {
      out.push(slip(flat, source, w.word[0], start, start + 1, start + 2));
    }
    offset += w.word.length;
  }
  return out;
}

/** Doubled stretches shorter than this are NP204's when jieba does not cut them as one word twice; longer ones are NP203's. */
const MAX_PHRASE = 3;

/**
 * Doublings that jieba does not cut as one word twice: a stretch of several words in each copy
 * (`没走没走多远`: 没/走/没/走), or a dictionary word whose copies jieba joins across the middle
 * (`应对应对`: 应/对应/对; `加贴心贴心服务`). A stretch whose second copy begins a longer word is a
 * compound, not a slip (`大队大队长`, `党组织组织力`), and neither is one jieba knows whole (`一点一点`).
 */
function phraseDoublings(flat: Flat, source: SourceText, from: number, words: TaggedWord[], segmenter: Segmenter): Draft[] {
  const text = flat.text;
  const wordAt = new Map<number, number>();
  let end = from;
  for (let k = 0; k < words.length; k++) {
    wordAt.set(end, k);
    end += words[k].word.length;
  }
  wordAt.set(end, words.length);
  const out: Draft[] = [];
  for (let p = from; p < end; p++) {
    for (let len = 2; len <= MAX_PHRASE && p + 2 * len <= end; len++) {
      if (text.charCodeAt(p) !== text.charCodeAt(p + len)) continue;
      const stretch = text.slice(p, p + len);
      if (!text.startsWith(stretch, p + len) || !/^\p{Script=Han}+$/u.test(stretch)) continue;
      const [a, m, e] = [wordAt.get(p), wordAt.get(p + len), wordAt.get(p + 2 * len)];
      let isSlip = false;
      if (a !== undefined && m !== undefined && e !== undefined) {
        if (m - a === 1 && e - m === 1) continue; // one word twice: doubledWords' case
        isSlip = classifyPhraseDoubling(stretch, words[a - 1]?.word ?? '', words[e]?.word ?? '') === 'slip';
      } else if (m === undefined && !wordCovers(words, from, p, p + 2 * len)) {
        isSlip = dictionaryWord(segmenter, stretch);
      }
      if (isSlip) {
        out.push(slip(flat, source, stretch, p, p + len, p + 2 * len));
        p += 2 * len - 1;
        break;
      }
    }
  }
  return out;
}

/** Whether one of `words` (the first starting at `from`) spans [start, end). */
function wordCovers(words: TaggedWord[], from: number, start: number, end: number): boolean {
  let at = from;
  for (const w of words) {
    if (at <= start && at + w.word.length >= end) return true;
    if (at >= start) return false;
    at += w.word.length;
  }
  return false;
}

/** A word of jieba's dictionary, not a name: `应对`, `贴心` (not `玛塔`, a place, nor `亮白`, a guess). */
function dictionaryWord(segmenter: Segmenter, stretch: string): boolean {
  const words = segmenter.tag!(stretch);
  const known = segmenter.cutKnown ? segmenter.cutKnown(stretch).length === 1 : true;
  return known && words.length === 1 && words[0].tag !== 'x' && !/^nr/u.test(words[0].tag);
}

/**
 * The finding for `word` written at [start, mid) and again at [mid, end) of the flat text; the fix
 * removes a copy that no line break runs through. An open case is a hint, its fix not preferred.
 */
function slip(flat: Flat, source: SourceText, word: string, start: number, mid: number, end: number, open = false): Draft {
  // A copy whose source span is as long as its text has no line break in it.
  const unbroken = (a: number, b: number) => {
    const s = sourceSpan(flat, a, b);
    return s.end - s.start === b - a ? s : undefined;
  };
  const copy = unbroken(mid, end) ?? unbroken(start, mid);
  const all = sourceSpan(flat, start, end);
  return {
    message: open ? `“${word}${word}”: “${word}” may be written twice by mistake, or doubled on purpose.` : `“${word}” is written twice: “${word}${word}”.`,
    start: all.start,
    end: all.end,
    ...(open ? { severity: 'hint' as const } : {}),
    fixes: copy ? [{ title: `Keep one “${word}”`, preferred: !open, edits: [edit(source, copy.start, copy.end, '')] }] : [],
  };
}
