// NP204: a word written twice in a row (`的的`, `在在`, `企业企业`). jieba keeps real
// reduplication in one word (`谢谢`, `常常`, `看看`, `的的确确`); verbs repeated as a pair
// (`研究研究`), numerals and measure words (`个个`) are Chinese grammar, not typos.
import type { Draft, Rule } from '../rule';
import { edit } from '../rule';

const LEGITIMATE_TAG = /^(v|m|q|x|eng|w)/;

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
    { bad: '这是我的的书', good: '这是我的书' },
    { bad: '他在在会上发言', good: '他在会上发言' },
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
        const words = segmenter.tag(text.slice(from, to));
        let offset = from;
        for (let i = 0; i < words.length; i++) {
          const w = words[i];
          const next = words[i + 1];
          const start = offset;
          const quoted = text[start - 1] === '“' && text[start + 2 * w.word.length] === '”';
          // A doubled syllable standing alone in quotes is a name (`“陵陵”`), not a slip.
          if (next && next.word === w.word && /\p{Script=Han}/u.test(w.word) && !LEGITIMATE_TAG.test(w.tag) && !quoted) {
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
      }
    }
    return out;
  },
};
