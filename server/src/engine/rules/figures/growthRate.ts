// NP314: a growth rate printed with both figures it derives from (`由120家增至150家，增长25%`)
// must equal (new − old) ÷ old at the printed precision.
import { show } from '../../figures/figure';
import { changeRange, isPlainCount, rateAgrees, sameSentence } from '../../figures/measure';
import { agreementRule, type Check } from './agreement';

const FROM = /(由|从)$/u;
const TO = /(增至|增长到|增加到|增长至|增加至|提高到|提高至|提升到|提升至|上升到|上升至|下降到|下降至|减少到|减少至|降至|降到|达到|到|至)$/u;
const DOWN = /(下降|减少|降低|降幅)/u;

export const growthRate = agreementRule(
  {
    id: 'NP314',
    name: 'growth-rate',
    description:
      'A percentage change printed with both the old and the new figure in the same sentence (`由A…增至B…，增长R%`) must equal ' +
      '(B − A) ÷ A at the printed precision; a fall (`下降`, `减少`) is (A − B) ÷ A.',
    severity: 'error',
    examples: [
      { bad: '高新技术企业由120家增至150家，增长30%', good: '高新技术企业由120家增至150家，增长25%', manual: true },
      { good: '西电东送规模从0.95亿千瓦增至2.1亿千瓦，增长了124.1%', note: '2.1亿 is printed to 0.1亿: 116%–126%' },
      { good: '2014年以来，营收由120亿元增至286亿元，年均增长24.3%。', note: 'a compound annual rate' },
    ],
  },
  ({ figures }) => {
    const out: Check[] = [];
    for (const r of figures) {
      const rate = r.figure;
      if (r.place !== 'body' || rate.kind !== 'percent' || !rate.change || rate.approx) continue;
      // `年均增长24.3%` is a compound annual rate over the years between, not the change between the two figures.
      if (/(年均|平均|每年)/u.test(rate.lead ?? '')) continue;
      const sentence = sameSentence(figures, r).filter((f) => f.figure.end <= rate.start);
      // The nearest `增至…` before the rate is the one it measures (`…增至5000万千瓦，年送电量从1243亿千瓦时增长到超过2175亿千瓦时，增幅75%`
      // measures the second); when that one is approximate, nothing is checked.
      const to = [...sentence].reverse().find((f) => f.figure.kind === 'count' && TO.test(f.figure.lead ?? ''));
      if (!to || !isPlainCount(to.figure)) continue;
      const from = [...sentence].reverse().find((f) => f.figure.end <= to.figure.start && f.figure.kind === 'count' && FROM.test(f.figure.lead ?? ''));
      if (!from || !isPlainCount(from.figure) || from.figure.unit !== to.figure.unit || from.figure.value === 0) continue;
      const down = DOWN.test(rate.change);
      const computed = ((down ? from.figure.value - to.figure.value : to.figure.value - from.figure.value) / from.figure.value) * 100;
      out.push({
        used: [r, from, to],
        held: rateAgrees(rate, computed, changeRange(from.figure, to.figure, down)),
        message: `“${rate.change}${rate.text}” does not match the change from “${from.figure.text}” to “${to.figure.text}”`,
        arithmetic: down
          ? `(${show(from.figure.value)} − ${show(to.figure.value)}) ÷ ${show(from.figure.value)} = ${show(computed, 2)}%`
          : `(${show(to.figure.value)} − ${show(from.figure.value)}) ÷ ${show(from.figure.value)} = ${show(computed, 2)}%`,
        basis: `The sentence gives the change as “${from.figure.lead}${from.figure.text}” to “${to.figure.lead}${to.figure.text}”, and the rate follows it.`,
      });
    }
    return out;
  },
);
