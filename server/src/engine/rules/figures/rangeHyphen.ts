// NP302: an ASCII hyphen or tilde used as a range mark (`1月-10月`, `9-16亿`, `1~6月`, `5-10℃`).
// GB/T 15834 joins time spans with the dash `—` and numeric ranges with the full-width wave `～`;
// the hyphen is for compounds and numbers like phone and model numbers, which are never touched here.
import { placedFigures } from '../../figures/model';
import { edit, type Draft, type Rule } from '../rule';
import { sourceAt } from '../../text/flatten';

const TIME = new Set(['date', 'duration', 'time']);
/** ASCII marks typed for a range: the hyphen (and its full-width form) and the tilde. */
const ASCII_MARKS = new Set(['-', '－', '~']);

export const rangeHyphen: Rule = {
  id: 'NP302',
  name: 'range-hyphen',
  family: 'figures',
  description:
    'A hyphen `-` or an ASCII tilde `~` joins the two ends of a range with a Chinese unit (`1月-10月`, `1~6月`, `5-10℃`). ' +
    'Time spans take the dash `—` (`1—10月`), ' +
    'numeric ranges the wave `～` (`9亿～16亿`). ISO dates, phone and model numbers are not ranges and are left alone.',
  standard: 'GB/T 15834-2011 4.13.3 (dash for spans, wave for numeric ranges)',
  severity: 'warning',
  examples: [
    { bad: '1月-10月，全区数字经济核心产业营收46.80亿元', good: '1—10月，…' },
    { bad: '投资9亿-16亿元', good: '投资9亿～16亿元' },
    { bad: '1~6月，全市外贸进出口增长', good: '1—6月，…' },
    { bad: '气温5-10℃', good: '气温5～10℃' },
    { good: '本条例自2019-03-01起施行。', note: 'an ISO date is not a range' },
    { good: '咨询电话：023-49876543。', note: 'a telephone number is not a range' },
    { good: '新购置ZL50-3型装载机两台。', note: 'a model number is not a range' },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const p of placedFigures(page)) {
      const r = p.figure.range;
      if (!r || !ASCII_MARKS.has(r.mark)) continue;
      const at = sourceAt(p.flat, r.at);
      const mark = TIME.has(p.figure.kind) ? '—' : '～';
      out.push({
        message: `“${p.figure.text}” uses “${r.mark}” as its range mark; a ${TIME.has(p.figure.kind) ? 'time span takes the dash “—”' : 'numeric range takes “～”'}.`,
        start: p.start,
        end: p.end,
        fixes: [{ title: `Use “${mark}” as the range mark`, edits: [edit(source, at, at + 1, mark)], preferred: true }],
      });
    }
    return out;
  },
};
