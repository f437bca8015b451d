// NP306: one date written partly in Chinese and partly in Arabic numerals (`二〇〇八年8月8日`).
// GB/T 15835 keeps one form within a date; the fix writes it all in Arabic digits.
import { placedFigures } from '../../figures/model';
import { chineseValue } from '../../figures/numerals';
import { edit, type Draft, type Rule } from '../rule';

const CHINESE = /[〇零一二三四五六七八九十两]+/gu;

export const mixedDateNumerals: Rule = {
  id: 'NP306',
  name: 'mixed-date-numerals',
  family: 'figures',
  description: 'A date mixes Chinese and Arabic numerals (`二〇〇八年8月8日`); a date takes one form. The fix writes it in Arabic digits.',
  standard: 'GB/T 15835-2011 5.3 (one form within a figure)',
  severity: 'warning',
  examples: [
    { bad: '二〇〇八年8月8日', good: '2008年8月8日' },
    { good: '会议印发了《二〇二二年工作要点》，2022年12月15日起施行。', note: 'each date written one way; a title keeps its own' },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const p of placedFigures(page)) {
      const f = p.figure;
      if (f.kind !== 'date' || !/[0-9０-９]/u.test(f.text) || !/[〇零一二三四五六七八九十两]/u.test(f.text)) continue;
      const arabic = f.text.replace(CHINESE, (run) => String(chineseValue(run) ?? run));
      out.push({
        message: `“${f.text}” mixes Chinese and Arabic numerals in one date; print “${arabic}”.`,
        start: p.start,
        end: p.end,
        fixes: p.end - p.start === f.text.length ? [{ title: `Write “${arabic}”`, edits: [edit(source, p.start, p.end, arabic)], preferred: true }] : [],
      });
    }
    return out;
  },
};
