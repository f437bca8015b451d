// NP406: a file whose paragraphs mix half-width and full-width punctuation. One finding for the
// file, naming the counts, so the editor knows which way the page leans before converting.
import { halfWidthEdits } from './halfWidth';
import type { Draft, Rule } from '../rule';
import { charAt } from '../../text/chars';

const FULL = /[，；：（）？！]/u;

export const mixedStyles: Rule = {
  id: 'NP406',
  name: 'mixed-punctuation-styles',
  family: 'punctuation',
  description: 'Some paragraphs of the file use half-width punctuation in Chinese text and others full-width: one finding for the file, with the counts.',
  standard: 'GB/T 15834-2011 5.1',
  severity: 'info',
  examples: [{ bad: '本报讯(记者 张三)……\n\n他说，……' }, { good: '他说：“我们要加强合作。”', note: 'full-width marks throughout' }],
  check({ page, source }) {
    let half = 0;
    let full = 0;
    let firstHalf: { start: number; end: number } | undefined;
    for (const e of page.elements) {
      if (e.kind !== 'paragraph') continue;
      const edits = halfWidthEdits(source, e);
      const usesFull = FULL.test(source.text.slice(e.start, e.end));
      if (edits.length && !usesFull) {
        half++;
        // One character, a whole one: a paragraph may open with an astral character (𠮷, two code units).
        firstHalf ??= { start: e.start, end: e.start + charAt(source.text, e.start).length };
      } else if (usesFull && !edits.length) full++;
    }
    if (!half || !full) return [];
    const out: Draft[] = [{ message: `Punctuation styles are mixed in this file: ${half} paragraph(s) use half-width marks, ${full} use full-width marks.`, ...firstHalf! }];
    return out;
  },
};
