// NP315: a date span and the length stated for it must agree: `于2022年12月25日—26日召开，会期2天`
// holds (26 − 25 + 1 = 2 days); `会期3天` would not. Month spans (`1—6月…为期6个月`) likewise.
import type { DateValue } from '../../figures/figure';
import type { PlacedFigure } from '../../figures/model';
import { sameSentence } from '../../figures/measure';
import { agreementRule, type Check } from './agreement';

const LENGTH = /(会期|为期|历时|持续|时长|共计|共|一共|前后|连续)$/u;
const DAY = 86_400_000;

export const dateSpan = agreementRule(
  {
    id: 'NP315',
    name: 'date-span-duration',
    description:
      'A date range (`12月25日—26日`, `1—6月`) and the length the same sentence states for it (`会期2天`, `为期6个月`) must agree, ' +
      'counting both ends. February spans without a year are not checked.',
    severity: 'error',
    examples: [
      { bad: '会议于2022年12月25日—26日召开，会期3天', good: '会议于2022年12月25日—26日召开，会期2天', manual: true },
      { good: '2018年7月至9月，督导组进行了为期1个月的进驻督导。', note: 'a stage inside the span' },
      { bad: '会议于2020年2月27日—3月2日召开，会期4天。', good: '会议于2020年2月27日—3月2日召开，会期5天。', manual: true, note: 'a leap year counts 29 February' },
      { good: '会议于2月27日—3月2日召开，会期4天。', note: 'February without a year: four days or five, not checked' },
      { good: '会议于2月27日—3月2日召开，会期5天。', note: 'February without a year: four days or five, not checked' },
      { bad: '展览于3月27日—4月2日举行，为期6天。', good: '展览于3月27日—4月2日举行，为期7天。', manual: true, note: 'without a year, a span that does not hold February is checked' },
    ],
  },
  ({ figures }) => {
    const out: Check[] = [];
    for (const d of figures) {
      const f = d.figure;
      if (f.kind !== 'date' || !f.date || !f.dateHigh) continue;
      const length = lengthAfter(figures, d);
      if (!length) continue;
      const unit = length.figure.duration;
      // lengthAfter takes only lengths in days or months.
      const span = unit === 'day' ? daySpan(f.date, f.dateHigh) : monthSpan(f.date, f.dateHigh);
      if (span === undefined) continue;
      const what = unit === 'day' ? 'days' : 'months';
      // `7月至9月…进行了为期1个月的进驻督导`: a shorter length naming a thing of its own (`…的进驻`)
      // may be a stage inside the span; only a length stated of the span itself is held to it.
      if (length.figure.value < span && /^的/u.test(d.flat.text.slice(length.figure.end))) continue;
      out.push({
        used: [length, d],
        held: span === length.figure.value,
        message: `“${length.figure.lead}${length.figure.text}” does not match the span “${f.text}”, which is ${span} ${what} counting both ends`,
        arithmetic: `${unit === 'day' ? dayWords(f.date, f.dateHigh) : monthWords(f.date, f.dateHigh)} = ${span} ${what}`,
        basis: `“${length.figure.lead}” states the length of the span “${f.text}” in the same sentence.`,
      });
    }
    return out;
  },
);

/** The stated length that belongs to a span: later in the same sentence, introduced by `会期`, `为期`, … */
function lengthAfter(figures: PlacedFigure[], d: PlacedFigure): PlacedFigure | undefined {
  return sameSentence(figures, d).find(
    (g) => g.figure.start >= d.figure.end && g.figure.kind === 'duration' && !g.figure.approx && (g.figure.duration === 'day' || g.figure.duration === 'month') && LENGTH.test(g.figure.lead ?? ''),
  );
}

function daySpan(a: DateValue, b: DateValue): number | undefined {
  if (a.day === undefined || b.day === undefined || a.month === undefined || b.month === undefined) return undefined;
  const days = (year: number) => {
    const start = Date.UTC(year, a.month! - 1, a.day!);
    const end = Date.UTC(b.year ?? year + (b.month! < a.month! ? 1 : 0), b.month! - 1, b.day!);
    return end < start ? undefined : Math.round((end - start) / DAY) + 1;
  };
  if (a.year !== undefined) return days(a.year);
  // Without a year, only spans that come out the same in leap and common years (no 29 February inside).
  const common = days(2001);
  return common === days(2003) && common === days(2004) ? common : undefined;
}

/** Whole years between the two ends' years (0 when either has none, or both the same). */
const yearsBetween = (a: DateValue, b: DateValue) => (b.year ?? a.year ?? 0) - (a.year ?? b.year ?? 0);

function monthSpan(a: DateValue, b: DateValue): number | undefined {
  if (a.month === undefined || b.month === undefined || a.day !== undefined || b.day !== undefined) return undefined;
  const n = yearsBetween(a, b) * 12 + b.month - a.month + 1;
  return n > 0 ? n : undefined;
}

/** A month span's count as an editor redoes it: `6 − 1 + 1`, across a year `1 × 12 + 3 − 10 + 1`. */
function monthWords(a: DateValue, b: DateValue): string {
  const years = yearsBetween(a, b);
  return `${years ? `${years} × 12 + ` : ''}${b.month} − ${a.month} + 1`;
}

function dayWords(a: DateValue, b: DateValue): string {
  return a.month === b.month ? `${b.day} − ${a.day} + 1` : `${a.month}月${a.day}日 to ${b.month}月${b.day}日 inclusive`;
}
