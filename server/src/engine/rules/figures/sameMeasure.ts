// NP317: one article gives one measure two different values: a stated total (`全区新增就业2.6万人` …
// `全区新增就业2.8万人`) or a named set (`15件区级重点民生实事` … `16件区级重点民生实事`). Only totals
// the words mark as such (`全区`, `全市`, `累计`, …) are compared: `带动就业1590人` and `带动就业2.15万人`
// belong to different subjects and are both right.
import { compatible, show } from '../../figures/figure';
import type { PlacedFigure } from '../../figures/model';
import { MAX_LOOKBACK, MEASURE_UNITS, sameSentence } from '../../figures/measure';
import { agreementRule, type Check } from './agreement';

const TOTAL = /^(全区|全市|全县|全省|全国|全镇|全乡|全年|累计|共计|合计|总计|总共)/u;

export const sameMeasureTwoValues = agreementRule(
  {
    id: 'NP317',
    name: 'same-measure-two-values',
    description:
      'The body gives one stated total (the same words, beginning with `全区`, `全市`, `累计`…, and the same unit) two values ' +
      'that cannot both be right. Figures in sentences dated to different years are not compared.',
    severity: 'error',
    examples: [{ bad: '全区新增就业2.6万人……全区新增就业2.8万人' }],
  },
  ({ figures }) => {
    const out: Check[] = [];
    const totals = figures.filter((f) => f.place === 'body' && f.figure.kind === 'count' && !f.figure.change && f.figure.unit && (TOTAL.test(f.figure.thing ?? '') || (f.figure.thingAfter ?? '').length >= 4));
    for (let j = 1; j < totals.length; j++) {
      const b = totals[j];
      const a = totals.slice(Math.max(0, j - MAX_LOOKBACK), j).find((x) => x.figure.unit === b.figure.unit && sameMeasure(x, b) && sameYear(figures, x, b));
      if (!a) continue;
      const held = compatible(a.figure, b.figure);
      out.push({
        used: [b, a],
        held,
        message: `${nameOf(b)} is “${a.figure.text}” on line ${a.range.start.line + 1} and “${b.figure.text}” here`,
        arithmetic: `${show(a.figure.value)} ${held ? '≈' : '≠'} ${show(b.figure.value)}`,
      });
    }
    return out;
  },
);

function sameMeasure(a: PlacedFigure, b: PlacedFigure): boolean {
  if (TOTAL.test(a.figure.thing ?? '') && a.figure.thing === b.figure.thing) return true;
  // A named set is counted things (`15件区级重点民生实事`), not an amount described after it (`30万元的创业担保贷款`).
  if (MEASURE_UNITS.has(a.figure.unit!)) return false;
  const [x, y] = [a.figure.thingAfter ?? '', b.figure.thingAfter ?? ''].sort((p, q) => p.length - q.length);
  return x.length >= 4 && !x.startsWith('的') && y.startsWith(x);
}

function nameOf(p: PlacedFigure): string {
  return TOTAL.test(p.figure.thing ?? '') ? p.figure.thing! : `The number of ${p.figure.thingAfter}`;
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
