// NP317: one article gives one stated total two values: `全区新增就业2.6万人` … `全区新增就业2.8万人`.
// Only a total the words scope as one (`全区`, `全市`, `累计`, …) is compared, and only with the
// same words around it: the same scope and measure before the figure, the same unit, the same
// noun after it, the same year. Counts that merely share a noun (`8个大棚` of one farmer, `11个大棚`
// of another; `2000个就业机会` per 亿元, `近5000个` in related industries) are different measures.
import { compatible, show } from '../../figures/figure';
import type { PlacedFigure } from '../../figures/model';
import { MAX_LOOKBACK, sameSentence } from '../../figures/measure';
import { agreementRule, type Check } from './agreement';

const TOTAL = /^(全区|全市|全县|全省|全国|全镇|全乡|全年|累计|共计|合计|总计|总共)/u;
/** A stated total names its scope and its measure: `全区` + `新增就业`. */
const MIN_THING = 4;

export const sameMeasureTwoValues = agreementRule(
  {
    id: 'NP317',
    name: 'same-measure-two-values',
    description:
      'The body gives one stated total two values that cannot both be right: the same words before the figure, beginning with a ' +
      'scope (`全区`, `全市`, `累计`…) and naming the measure, the same unit and the same noun after it. Figures in sentences ' +
      'dated to different years, and counts that only share a noun, are not compared.',
    severity: 'error',
    examples: [
      { bad: '去年全区新增就业2.6万人。据统计，去年全区新增就业2.8万人。' },
      { good: '陆金龙自建8个大棚种微型薯。他的邻居建了11个大棚种微型薯。', note: 'two farmers' },
      { good: '2017年全区新增就业2.6万人。2018年全区新增就业2.8万人。', note: 'two years' },
    ],
  },
  ({ figures }) => {
    const out: Check[] = [];
    const totals = figures.filter((f) => f.place === 'body' && isStatedTotal(f));
    for (let j = 1; j < totals.length; j++) {
      const b = totals[j];
      const a = totals.slice(Math.max(0, j - MAX_LOOKBACK), j).find((x) => sameTotal(x, b) && sameYear(figures, x, b));
      if (!a) continue;
      const held = compatible(a.figure, b.figure);
      out.push({
        used: [b, a],
        held,
        message: `${b.figure.thing} is “${a.figure.text}” on line ${a.range.start.line + 1} and “${b.figure.text}” here`,
        arithmetic: `${show(a.figure.value)} ${held ? '≈' : '≠'} ${show(b.figure.value)}`,
        basis: `Both name the same total in the same words (“${b.figure.thing}”, counted in ${b.figure.unit}) in the same year.`,
      });
    }
    return out;
  },
);

function isStatedTotal(p: PlacedFigure): boolean {
  const f = p.figure;
  return f.kind === 'count' && !f.change && !!f.unit && f.high === undefined && TOTAL.test(f.thing ?? '') && (f.thing ?? '').length >= MIN_THING;
}

/** The same words before (`全区新增就业`), the same unit, and the same noun after when either names one. */
function sameTotal(a: PlacedFigure, b: PlacedFigure): boolean {
  if (a.figure.unit !== b.figure.unit || a.figure.thing !== b.figure.thing) return false;
  const [x, y] = [nounAfter(a), nounAfter(b)];
  return x === y;
}

/** The noun right after the measure word, up to `的` or the end of the phrase (`15件区级重点民生实事` → `区级重点民生实事`). */
function nounAfter(p: PlacedFigure): string {
  return (p.figure.thingAfter ?? '').split('的')[0];
}

/** The year `f`'s sentence is dated to (its first dated figure), '' when none. */
function yearOf(figures: PlacedFigure[], f: PlacedFigure): string {
  const d = sameSentence(figures, f).find((g) => g.figure.kind === 'date' && (g.figure.date?.year || g.figure.date?.relativeYear));
  return d ? String(d.figure.date!.year ?? d.figure.date!.relativeYear) : '';
}

function sameYear(figures: PlacedFigure[], a: PlacedFigure, b: PlacedFigure): boolean {
  const ya = yearOf(figures, a);
  const yb = yearOf(figures, b);
  return !ya || !yb || ya === yb;
}
