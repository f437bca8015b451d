// NP301: full-width digits (`２０２６年`) where newspaper style prints half-width Arabic digits.
import { toAsciiDigits } from '../../figures/numerals';
import { edit, type Draft, type Rule } from '../rule';

const RUN = /[０-９]+(?:[．.][０-９]+)?/gu;

export const fullWidthDigits: Rule = {
  id: 'NP301',
  name: 'full-width-digits',
  family: 'figures',
  description: 'Arabic digits typed full-width (`２０２６`, `８６．７％`). Figures take half-width digits; the fix converts the run.',
  standard: 'GB/T 15835-2011 5.1 (Arabic digits)',
  severity: 'warning',
  examples: [
    { bad: '２０２６年１月', good: '2026年1月' },
    { good: '二〇二二年十二月，全区新增企业三十六家。', note: 'Chinese numerals are not full-width digits' },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const e of page.elements) {
      const text = source.text.slice(e.start, e.end);
      for (const m of text.matchAll(RUN)) {
        const start = e.start + m.index!;
        const ascii = toAsciiDigits(m[0]);
        out.push({
          message: `Full-width digits “${m[0]}”: print “${ascii}”.`,
          start,
          end: start + m[0].length,
          fixes: [{ title: `Use half-width digits “${ascii}”`, edits: [edit(source, start, start + m[0].length, ascii)], preferred: true }],
        });
      }
    }
    return out;
  },
};
