// NP303: a range whose low end drops the scale word or percent sign that the high end prints
// (`9～16亿` reads as 9 to 1,600,000,000; `15～30%`). GB/T 15835 keeps both: `9亿～16亿`, `15%～30%`.
import { placedFigures } from '../../figures/model';
import { edit, type Draft, type Rule } from '../rule';
import { sourceAt } from '../../text/flatten';

export const rangeUnitDropped: Rule = {
  id: 'NP303',
  name: 'range-unit-dropped',
  family: 'figures',
  description:
    'In a range, the low end leaves out a scale word (`万`, `亿`) or `%` that the high end prints, so it reads as a different number ' +
    '(`9～16亿`). A plain measure word may be left off (`400～429页`, `1—6月`); these may not.',
  standard: 'GB/T 15835-2011 5.1.3 (ranges)',
  severity: 'warning',
  examples: [
    { bad: '9～16亿', good: '9亿～16亿' },
    { bad: '15～30%', good: '15%～30%' },
    { good: '详见第400～429页。', note: 'a plain measure word may be left off' },
    { good: '1—6月，全市外贸进出口增长。', note: 'months: the unit is said once' },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const p of placedFigures(page)) {
      const r = p.figure.range;
      if (!r?.dropped) continue;
      const at = sourceAt(p.flat, r.lowDigitsEnd - 1) + 1;
      const fixed = p.figure.text.slice(0, r.lowDigitsEnd - p.figure.start) + r.dropped + p.figure.text.slice(r.lowDigitsEnd - p.figure.start);
      out.push({
        message: `“${p.figure.text}”: the low end drops “${r.dropped}”, so it reads as a different number; print “${fixed}”.`,
        start: p.start,
        end: p.end,
        fixes: [{ title: `Write “${fixed}”`, edits: [edit(source, at, at, r.dropped)], preferred: true }],
      });
    }
    return out;
  },
};
