// NP204: a word written twice in a row (`的的`, `在在`, `企业企业`). jieba keeps real
// reduplication in one word (`谢谢`, `常常`, `看看`, `的的确确`); verbs repeated as a pair
// (`研究研究`), numerals and measure words (`个个`) are Chinese grammar, not typos.
import type { Draft, Rule } from '../rule';
import { edit } from '../rule';
import type { SourceText } from '../../text/sourceText';
import type { TaggedWord } from '../../segment/segmenter';
import { hasHan } from '../../text/chars';

const LEGITIMATE_TAG = /^(v|m|q|x|eng|w)/;

/** Longer doubled stretches are whole-phrase repeats, NP203's business. */
const MAX_WORD = 16;

/**
 * Whether `text` holds some stretch with a Han character written twice in a row (`XX`, at most MAX_WORD code units each):
 * two equal words side by side need one, so a line without one is not tagged at all. Tagging is
 * jieba's slowest call, and half of a full review's time when every line went through it.
 */
export function hasAdjacentRepeat(text: string): boolean {
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
    return hasAdjacentRepeat(text);
  }
  for (let j = 0; j < n; j++) {
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
      if (k === len && hasHan(text.slice(i, j))) return true;
    }
  }
  return false;
}

let previous = new Int32Array(1024);
const lastAt = new Int32Array(0x10000);
let epoch = 0;

export const repeatedWord: Rule = {
  id: 'NP204',
  name: 'repeated-word',
  family: 'duplicates',
  description:
    'The same word twice in a row (`这是我的的书`). Uses jieba word segmentation and part of speech, so reduplication ' +
    'that is grammar (`谢谢`, `常常`, `天天`, `看看`, `研究研究`, `个个`) is not flagged; without the dictionary the rule waits.',
  severity: 'warning',
  usesSegmenter: true,
  examples: [
    { bad: '这是我的的书。', good: '这是我的书。' },
    { bad: '他在在会上发言。', good: '他在会上发言。' },
  ],
  check({ page, source, segmenter }) {
    if (!segmenter.tag) return [];
    const out: Draft[] = [];
    const text = source.text;
    for (const p of page.elements) {
      if (p.kind !== 'paragraph') continue;
      // Segment line by line: a column wrap must not glue two words into one.
      for (let line = p.firstLine; line <= p.lastLine; line++) {
        const l = source.lines[line];
        const from = Math.max(l.start, p.start);
        const to = Math.min(l.end, p.end);
        const lineText = text.slice(from, to);
        if (!hasAdjacentRepeat(lineText)) continue;
        if (lineText.length <= LONG_LINE) {
          out.push(...doubledWords(text, source, from, segmenter.tag(lineText)));
          continue;
        }
        // A long line (a reflowed paragraph, a file of one line) sentence by sentence: a doubled
        // word never spans a sentence end, and usually only a few sentences need tagging.
        for (const sentence of lineText.matchAll(SENTENCE)) {
          if (sentence[0].length && hasAdjacentRepeat(sentence[0])) out.push(...doubledWords(text, source, from + sentence.index, segmenter.tag(sentence[0])));
        }
      }
    }
    return out;
  },
};

const SENTENCE = /[^。！？!?]*[。！？!?]*/gu;
/** Lines longer than this are tagged sentence by sentence. */
const LONG_LINE = 200;

/** The doubled words among a sentence's tagged words, `from` being the sentence's offset. */
function doubledWords(text: string, source: SourceText, from: number, words: TaggedWord[]): Draft[] {
  const out: Draft[] = [];
  let offset = from;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const start = offset;
    const quoted = text[start - 1] === '“' && text[start + 2 * w.word.length] === '”';
    // A doubled syllable standing alone in quotes is a name (`“陵陵”`), not a slip.
    if (next && next.word === w.word && w.word.length <= MAX_WORD && hasHan(w.word) && !LEGITIMATE_TAG.test(w.tag) && !quoted) {
      const mid = offset + w.word.length;
      out.push({
        message: `“${w.word}” is written twice: “${w.word}${w.word}”.`,
        start,
        end: mid + next.word.length,
        fixes: [{ title: `Keep one “${w.word}”`, preferred: true, edits: [edit(source, mid, mid + next.word.length, '')] }],
      });
    }
    offset += w.word.length;
  }
  return out;
}
