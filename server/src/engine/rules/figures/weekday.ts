// NP316: a weekday printed with a full date must be that date's weekday:
// `2022年12月25日（星期日）` holds, `（星期一）` does not. Dates without a year are not guessed.
import { edit } from '../rule';
import type { PlacedFigure } from '../../figures/model';
import { agreementRule, type Check } from './agreement';

const NAMES = ['一', '二', '三', '四', '五', '六', '日'];
const BETWEEN = /^[\s(（,，]?$/u;

export const weekdayMismatch = agreementRule(
  {
    id: 'NP316',
    name: 'weekday-mismatch',
    description: 'A weekday given with a full date (year, month and day) must be the weekday of that date.',
    severity: 'error',
    examples: [
      { bad: '2022年12月25日（星期一）', good: '2022年12月25日（星期日）', manual: true },
      { good: '2022年12月15日（星期四），全区召开工作会议。', note: 'the weekday the calendar gives' },
    ],
  },
  ({ figures }, page) => {
    const out: Check[] = [];
    for (const w of figures) {
      if (w.figure.kind !== 'weekday') continue;
      const d = dateBefore(figures, w);
      // A span's weekday is left: which of its days it names is not said.
      const date = d?.figure.date;
      if (!d || !date || date.year === undefined || date.month === undefined || date.day === undefined || d.figure.dateHigh) continue;
      const actual = ((new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7) + 1;
      const right = NAMES[actual - 1];
      const printed = w.figure.text;
      const replacement = printed.slice(0, -1) + right;
      out.push({
        used: [w, d],
        held: actual === w.figure.weekday,
        message: `${d.figure.text} was a ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][actual - 1]} (${printed.slice(0, -1)}${right}), not ${printed}`,
        arithmetic: `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')} → ${printed.slice(0, -1)}${right}`,
        basis: `The weekday “${printed}” stands right after the date “${d.figure.text}”.`,
        fixes: [{ title: `Change the weekday to “${replacement}”`, edits: [edit(page.source, w.start, w.end, replacement)] }],
      });
    }
    return out;
  },
);

function dateBefore(figures: PlacedFigure[], w: PlacedFigure): PlacedFigure | undefined {
  const d = [...figures].reverse().find((g) => g.element === w.element && g.figure.end <= w.figure.start);
  if (!d || d.figure.kind !== 'date') return undefined;
  return BETWEEN.test(w.flat.text.slice(d.figure.end, w.figure.start)) ? d : undefined;
}
