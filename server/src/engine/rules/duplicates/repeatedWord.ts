// NP204: a word written twice in a row by mistake (`的的`, `在在`, `为了增强增强说服力`). Chinese
// doubles words on purpose far more often than by mistake: which doublings are grammar is
// reduplication.ts's table, read with jieba's parts of speech.
import type { Draft, Rule } from '../rule';
import { classifyDoubling, doubledFunctionToken } from './reduplication';
import { edit } from '../rule';
import type { SourceText } from '../../text/sourceText';
import type { TaggedWord } from '../../segment/segmenter';
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
    'A word written twice by mistake: a function word (`这是我的的书`, `完成了了`) or a word no reduplication pattern allows ' +
    '(`为了增强增强说服力`). Reduplication that is Chinese grammar is not flagged: measure words and nouns meaning “every” ' +
    '(`件件有回应`), single-character verbs and adjectives (`垫垫肚子`), `一项一项`, state adjectives and onomatopoeia ' +
    '(`通红通红的`, `咔嚓咔嚓`), verbs tried out (`再说道说道`), emphasis (`抓紧抓紧再抓紧`), names (`屠呦呦`), titles, and a ' +
    'doubled word standing as its own clause (`干部干部，首先要干`). Uses jieba word segmentation and part of speech; without ' +
    'the dictionary the rule waits.',
  severity: 'warning',
  usesSegmenter: true,
  examples: [
    { bad: '这是我的的书。', good: '这是我的书。' },
    { bad: '他在在会上发言。', good: '他在会上发言。' },
    { bad: '为了增强增强说服力，展台上还摆放了蜂箱。', good: '为了增强说服力，展台上还摆放了蜂箱。' },
    { good: '推动民生工作件件有着落、事事有回应。' },
    { good: '大姐先吃碗面垫垫肚子再去采买。' },
    { good: '逢年过节，大家都要再说道说道。' },
    { good: '诺贝尔奖得主屠呦呦，杂交水稻之父袁隆平。' },
    { good: '通红通红的山村连同远山一起醒来。' },
  ],
  check({ page, source, segmenter }) {
    if (!segmenter.tag) return [];
    const out: Draft[] = [];
    for (const p of page.elements) {
      if (p.kind !== 'paragraph') continue;
      // The paragraph as it reads, column wraps undone: `实实⏎在在的利益` is one word, not `在在`.
      const flat = flatten(source.text, p.start, p.end);
      // Only the clauses around each doubling are tagged (the doubling's own clause, and the next one
      // for a word called out and answered): tagging is jieba's slowest call.
      const text = flat.text;
      for (let from = 0; from < text.length; ) {
        const at = adjacentRepeatAt(text, from);
        if (at < 0) break;
        // From the doubling's clause start to just past the mark that ends the clause after it.
        const start = clauseStart(text, at);
        const end = Math.min(text.length, clauseEnd(text, clauseEnd(text, at + 1) + 1) + 1);
        out.push(...doubledWords(flat, source, start, segmenter.tag(text.slice(start, end))));
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
