// NP307: `百分之` spelled out before Arabic digits (`百分之12`). GB/T 15835 keeps one form within a
// figure: `12%` (or `百分之十二` where the copy spells its figures out).
import { placedFigures } from '../../figures/model';
import { edit, type Draft, type Rule } from '../rule';

export const percentSpelled: Rule = {
  id: 'NP307',
  name: 'percent-spelled-with-digits',
  family: 'figures',
  description: '`百分之` before Arabic digits (`百分之12`) mixes two forms in one figure; write `12%`. `百分之十二` is left alone.',
  standard: 'GB/T 15835-2011 5.3 (one form within a figure)',
  severity: 'warning',
  examples: [{ bad: '增长了百分之12', good: '增长了12%' }, { good: '增长了百分之十二' }],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const p of placedFigures(page)) {
      const f = p.figure;
      // Stryker disable next-line ConditionalExpression: the pattern below asks for 百分之 too; this spares it the other figures.
      if (f.percentMark !== '百分之' || f.numerals === 'chinese' || f.range) continue;
      const m = /百分之([0-9０-９.．]+)/u.exec(f.text);
      if (!m) continue;
      const written = `${m[1]}%`;
      // Only a figure printed in one run of source can be rewritten in one edit (a column wrap inside it is left to the reflow).
      const whole = p.end - p.start === f.text.length;
      out.push({
        message: `“${m[0]}” mixes “百分之” with Arabic digits; write “${written}”.`,
        start: p.start,
        end: p.end,
        fixes: whole ? [{ title: `Write “${written}”`, edits: [edit(source, p.start + m.index, p.start + m.index + m[0].length, written)], preferred: true }] : [],
      });
    }
    return out;
  },
};
