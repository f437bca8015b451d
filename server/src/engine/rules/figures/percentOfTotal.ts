// NP312: a rate printed next to the part and the total it comes from must equal part ÷ total at
// the printed precision: `15件…已开复工13件，开复工率达86.7%` (13 ÷ 15 = 86.67%) holds, `80.7%` would not.
import { show } from '../../figures/figure';
import { before, isPlainCount, printsAs } from '../../figures/measure';

import { agreementRule, type Check } from './agreement';

const RATE = /(率|占比|比例|比重|占)$/u;

export const percentOfTotal = agreementRule(
  {
    id: 'NP312',
    name: 'percent-of-total',
    description:
      'A rate (`开复工率达86.7%`) stated with the part it counts (`已开复工13件`, whose words contain the rate’s: `开复工`) and the total ' +
      'before it (`15件`) must equal part ÷ total at the printed precision (rounded or cut off). No finding when the text gives no ' +
      'single total: totals are never guessed.',
    severity: 'error',
    examples: [
      { bad: '确定实施15件区级重点民生实事。目前已开复工13件，开复工率达80.7%', good: '…开复工率达86.7%' },
      { bad: '优良天数303天，优良率达83.8%', note: 'no total given: not checked' },
    ],
  },
  ({ figures }) => {
    const out: Check[] = [];
    for (const r of figures) {
      const rate = r.figure;
      if (r.place !== 'body' || rate.kind !== 'percent' || rate.change || rate.approx || rate.high !== undefined) continue;
      const stem = (rate.thing ?? '').replace(RATE, '');
      if (!RATE.test(rate.thing ?? '') || stem.length < 2) continue;
      const key = stem.slice(-2);
      const earlier = before(figures, r).reverse();
      const part = earlier.find((p) => isPlainCount(p.figure) && `${p.figure.thing ?? ''}${p.figure.thingAfter ?? ''}`.includes(key));
      if (!part) continue;
      const totals = before(figures, part).filter(
        (t) => isPlainCount(t.figure) && t.figure.unit === part.figure.unit && t.figure.value > part.figure.value,
      );
      const values = new Set(totals.map((t) => t.figure.value));
      if (values.size !== 1) continue;
      const total = totals[totals.length - 1];
      const computed = (part.figure.value / total.figure.value) * 100;
      out.push({
        used: [r, part, total],
        held: printsAs(computed, rate),
        message: `${rate.thing} “${rate.text}” does not match the figures it comes from: ${part.figure.text} of ${total.figure.text}`,
        arithmetic: `${show(part.figure.value)} ÷ ${show(total.figure.value)} = ${show(computed, 2)}%`,
      });
    }
    return out;
  },
);
