// NP312: a rate printed next to the part and the total it comes from must equal part ÷ total at
// the printed precision: `15件…已开复工13件，开复工率达86.7%` (13 ÷ 15 = 86.67%) holds, `80.7%` would not.
import { show } from '../../figures/figure';
import { before, isPlainCount, rateAgrees, ratioRange, sameSentence, sameUnit } from '../../figures/measure';
import type { PlacedFigure } from '../../figures/model';
import { agreementRule, type Check } from './agreement';

const RATE = /(率|占比|比例|比重|占)$/u;

export const percentOfTotal = agreementRule(
  {
    id: 'NP312',
    name: 'percent-of-total',
    description:
      'A rate (`开复工率达86.7%`) stated with the part it counts (`已开复工13件`, whose words contain the rate’s: `开复工`) and the total ' +
      'before it (`15件`) must equal part ÷ total at the printed precision (rounded or cut off). No finding when the text gives no ' +
      'single total: totals are never guessed. A bare `占比` after a part that `其中` picks out of a total is that part’s share ' +
      '(`800人，其中女生300人，占比37.5%`). A rate of several parts together (`取消和整合率`) is not checked.',
    severity: 'error',
    examples: [
      { bad: '确定实施15件区级重点民生实事。目前已开复工13件，开复工率达80.7%', good: '…开复工率达86.7%' },
      { good: '优良天数303天，优良率达83.8%', note: 'no total given: not checked' },
      { good: '全县回收废旧地膜2095.27吨，回收率达83.2%，回收棚膜1811.32吨，回收率为98%。', note: 'two items side by side, each with its own rate' },
      { bad: '全校共有学生800人，其中女生300人，占比40%。', good: '…占比37.5%。' },
      { good: '取消27类，整合22类，取消和整合率达89.79%。', note: 'a rate of two parts whose base is named elsewhere' },
    ],
  },
  ({ figures }) => {
    const out: Check[] = [];
    for (const r of figures) {
      const rate = r.figure;
      if (r.place !== 'body' || rate.kind !== 'percent' || rate.change || rate.approx || rate.high !== undefined) continue;
      if (!RATE.test(rate.thing ?? '')) continue;
      const stem = (rate.thing ?? '').replace(RATE, '');
      const found = stem.length >= 2 ? namedPart(figures, r, stem) : subsetPart(figures, r);
      if (!found) continue;
      const { part, total, basis } = found;
      const computed = (part.figure.value / total.figure.value) * 100;
      out.push({
        used: [r, part, total],
        held: rateAgrees(rate, computed, ratioRange(part.figure, total.figure)),
        message: `${rate.thing} “${rate.text}” does not match the figures it comes from: ${part.figure.text} of ${total.figure.text}`,
        arithmetic: `${show(part.figure.value)} ÷ ${show(total.figure.value)} = ${show(computed, 2)}%`,
        basis,
      });
    }
    return out;
  },
);

interface Basis {
  part: PlacedFigure;
  total: PlacedFigure;
  basis: string;
}

/** `15件…已开复工13件，开复工率达86.7%`: the rate's words name the part, and one total stands before it. */
function namedPart(figures: PlacedFigure[], r: PlacedFigure, stem: string): Basis | undefined {
  // `取消和整合率`: a rate of two parts together, whose base the text names elsewhere (`27类` and `22类` of 49 ledgers).
  if (/[和与及、]/u.test(stem)) return undefined;
  const key = stem.slice(-2);
  const part = before(figures, r)
    .reverse()
    .find((p) => isPlainCount(p.figure) && `${p.figure.thing ?? ''}${p.figure.thingAfter ?? ''}`.includes(key));
  if (!part) return undefined;
  const totals = before(figures, part).filter((t) => isPlainCount(t.figure) && t.figure.unit === part.figure.unit && t.figure.value > part.figure.value);
  const values = new Set(totals.map((t) => t.figure.value));
  if (values.size !== 1) return undefined;
  const total = totals[totals.length - 1];
  // A "total" named by the rate's own words is a parallel item (`回收地膜2095.27吨` before
  // `回收棚膜1811.32吨`), and one with a rate of its own between is that rate's base.
  if ((total.figure.thing ?? '').includes(key)) return undefined;
  if (figures.some((g) => g !== r && g.element === r.element && g.figure.kind === 'percent' && g.figure.start > total.figure.end && g.figure.end <= part.figure.start)) return undefined;
  return { part, total, basis: `The rate’s words (“${key}”) name the part “${part.figure.text}”, and “${total.figure.text}” is the one total before it in the same unit.` };
}

/**
 * `全校共有学生800人，其中女生300人，占比40%`: a bare `占比` right after a part that `其中` picks out
 * of a total is that part's share of it.
 */
function subsetPart(figures: PlacedFigure[], r: PlacedFigure): Basis | undefined {
  const text = r.flat.text;
  const sentence = sameSentence(figures, r);
  const i = sentence.indexOf(r);
  const part = sentence[i - 1];
  if (!part || !isPlainCount(part.figure) || !/^[，,]$/u.test(text.slice(part.figure.end, r.figure.start - (r.figure.lead?.length ?? 0)))) return undefined;
  const among = text.lastIndexOf('其中', part.figure.start);
  // The total is the figure just before the part, ending before `其中` (which is -1 where there is
  // none): nothing else stands between `其中` and the part.
  const total = sentence[i - 2] as PlacedFigure | undefined;
  if (!total || total.figure.end > among || !isPlainCount(total.figure) || !sameUnit(total.figure, part.figure) || total.figure.value <= part.figure.value) return undefined;
  return { part, total, basis: `“其中” picks “${part.figure.text}” out of “${total.figure.text}”, and the rate follows the part.` };
}
