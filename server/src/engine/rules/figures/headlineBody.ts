// NP311: a headline (or kicker, subtitle) states a measure one way and the body another:
// `新增就业2.6万余人` above, `新增就业2.6万人` below; `已开复工12件` above, `13件` below.
import { compatible, sameStatement, show, type Figure } from '../../figures/figure';
import { commonSuffix, measureMatch, printedInterval, sameUnit } from '../../figures/measure';
import { isQuantity, type PlacedFigure } from '../../figures/model';
import { agreementRule, type Check } from './agreement';

export const headlineBodyFigure = agreementRule(
  {
    id: 'NP311',
    name: 'headline-body-figure',
    description:
      'A figure in the headline, kicker or subtitle and the figure the body gives for the same measure (same unit, same words before ' +
      'or after it) disagree: different values (`已开复工12件` / `13件`) or the same value approximated in one place only ' +
      '(`2.6万余人` / `2.6万人`). A headline the body bears out is fine: the same figure anywhere in the body with the same words, a ' +
      'rounding (`近3万人` / `29812人`) or a hedge (`至少190人` / `190人`). Both places are flagged.',
    severity: 'error',
    examples: [
      { bad: '永川实现城镇新增就业2.6万余人 … 全区新增就业2.6万人', note: '“余” says more than 26,000; the body says 26,000' },
      { bad: '永川区15件区级重点民生实事已开复工12件 … 已开复工13件' },
      { page: true, bad: '永川实现城镇新增就业2.6万余人\n\n本报讯 今年以来，全区新增就业2.6万人。', note: 'the headline says more than the body' },
      { page: true, good: '暴风雪已致美国至少190人死亡\n\n新华社电 暴风雪已导致美国190人死亡。', note: 'a hedged headline over the count it hedges' },
    ],
  },
  ({ figures }) => {
    const out: Check[] = [];
    const body = figures.filter((f) => f.place === 'body');
    for (const h of figures) {
      if (h.place !== 'title' || !isQuantity(h.figure) || (h.figure.kind === 'count' && !h.figure.unit) || (!h.figure.thing && !h.figure.thingAfter)) continue;
      // Only a figure counting the same thing in the same words bears the headline out (see bearsOut):
      // a check that altering the body could not break would be no check at all.
      const supports = body.filter((b) => bearsOut(h.figure, b.figure));
      if (supports.length) {
        const same = supports[0];
        const lines = [...new Set(supports.map((b) => b.range.start.line + 1))].join(', ');
        out.push({
          // With several places bearing it out, the verdict stands on the headline alone: no one of them decides it.
          used: supports.length === 1 ? [h, same] : [h],
          held: true,
          message: `The body bears out the headline’s “${h.figure.text}” with “${same.figure.text}” (line ${lines})`,
          arithmetic: `${show(h.figure.value)} ≈ ${show(same.figure.value)}`,
          basis: `The body gives the same measure in the same words and unit (${h.figure.unit ?? h.figure.kind}).`,
        });
        continue;
      }
      let best = 0;
      let top: PlacedFigure[] = [];
      for (const b of body) {
        const score = measureMatch(h.figure, b.figure);
        if (score > best) [best, top] = [score, [b]];
        else if (score && score === best) top.push(b);
      }
      if (!top.length) continue;
      // The headline's figure printed in the body in other words, and a different one sharing some of
      // them (`激活2400亩土地` over `流转了2400亩` and another village's `5000亩土地`; `日均客运量829万人次` over
      // `829万人次` and the single-day peak `最高客运量1002万人次`): the text does not say which is the
      // headline's measure. Say nothing. A figure quoted alone (a pull-quote `“1361万人”——去年…`) names no
      // measure and is no such evidence.
      if (body.some((x) => !quotedAlone(x) && x.figure.kind === h.figure.kind && sameUnit(x.figure, h.figure) && sameStatement(x.figure, h.figure))) continue;
      // A headline more precise than a vague body (`占地220亩` over `200余亩`) is not contradicted by it;
      // an open bound is no vagueness (`至少62人` over `至少12人` claims what the body does not).
      if (top.some((b) => vagueAround(b.figure, h.figure))) continue;
      const values = [...new Map(top.map((b) => [`${b.figure.value}|${b.figure.approx?.sense ?? ''}`, b])).values()];
      if (values.length > 1) {
        out.push(unsupported(h, values.slice(0, 3)));
        continue;
      }
      const b = values[0];
      const bothValue = h.figure.value === b.figure.value;
      const measure = sharedWords(h, b);
      const says = (p: PlacedFigure) => `“${p.figure.text}” says ${p.figure.approx ? approxSays(p) : show(p.figure.value)}`;
      const arithmetic = bothValue ? `${says(h)}; ${says(b)}` : `${show(h.figure.value)} ≠ ${show(b.figure.value)}`;
      out.push({
        used: [h, b],
        report: [h, b],
        held: false,
        severity: compatible(h.figure, b.figure) ? 'warning' : 'error',
        message: bothValue
          ? `The headline and the body state ${measure} differently: “${h.figure.text}” in the headline, “${b.figure.text}” in the body (line ${b.range.start.line + 1})`
          : `The headline and the body disagree on ${measure}: “${h.figure.text}” in the headline, “${b.figure.text}” in the body (line ${b.range.start.line + 1})`,
        arithmetic,
        basis: `Both count ${b.figure.unit ?? 'it'} with the words “${measure}”, and the body gives no figure in that unit that bears the headline out.`,
      });
    }
    return out;
  },
);

/** Whether a body figure is vaguer than the headline's and allows all of it (`200余亩` around `220亩`). */
function vagueAround(b: Figure, h: Figure): boolean {
  const vague = printedInterval(b);
  return Number.isFinite(vague[0]) && Number.isFinite(vague[1]) && contains(vague, asReported(h), h);
}

/**
 * The body gives the headline's measure more than one value, none bearing it out (`发送旅客6.43亿人次`
 * and `发送旅客1049.6万人次` under `发送旅客1.43亿人次`): which one the headline means is open, so every
 * one is named, and the finding is a warning.
 */
function unsupported(h: PlacedFigure, bs: PlacedFigure[]): Check {
  const measure = sharedWords(h, bs[0]);
  const listed = bs.map((b) => `“${b.figure.text}” (line ${b.range.start.line + 1})`).join(', ');
  return {
    used: [h, ...bs],
    report: [h, ...bs],
    held: false,
    severity: 'warning',
    message: `The body does not bear out the headline’s “${h.figure.text}”: it gives ${measure} as ${listed}`,
    arithmetic: `${show(h.figure.value)} ≠ ${bs.map((b) => show(b.figure.value)).join(', ')}`,
    basis: `All count ${h.figure.unit ?? 'it'} with the words “${measure}”, and none of them bears the headline out.`,
  };
}

/**
 * Whether a body figure bears out the headline's: it counts the same thing in the same words, and
 * every value it allows is one the headline allows: the same statement, a rounding (`近3万人` over
 * `29812人`), a hedge (`至少190人` over `190人`). `2.6万余人` over `2.6万人` is not borne out (the
 * body does not say more than 26,000), nor `至少17人` over `至少12人`.
 */
function bearsOut(h: Figure, b: Figure): boolean {
  if (h.kind !== b.kind || !sameUnit(h, b) || h.change !== b.change || !measureMatch(h, b)) return false;
  // The same statement gives the same values, so it is contained too.
  return contains(asReported(h), asReported(b), h);
}

/**
 * The values a figure allows as news copy means them: an open bound is read as the figure it
 * names (`超过1.4亿` is 1.4亿 and some, below 1.5亿; `至少12人` is 12 or a little more), so `超35%`
 * is not borne out by `超过75%`, though every value over 75 is over 35.
 */
function asReported(f: Figure): [number, number] {
  const [lo, hi] = printedInterval(f);
  if (!Number.isFinite(hi)) return [lo, lo + f.significantStep];
  if (!Number.isFinite(lo)) return [hi - f.significantStep, hi];
  return [lo, hi];
}

/** Whether every value `inner` allows is one `outer` allows. */
function contains([o0, o1]: [number, number], [i0, i1]: [number, number], f: Figure): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(f.value));
  return o0 <= i0 + eps && i1 <= o1 + eps;
}

/** The words both places use for the measure (`新增就业`), for the message. */
function sharedWords(h: PlacedFigure, b: PlacedFigure): string {
  const x = h.figure.thing ?? '';
  const n = commonSuffix(x, b.figure.thing ?? '');
  return n >= 2 ? x.slice(x.length - n) : (h.figure.thingAfter ?? x);
}

function approxSays(p: PlacedFigure): string {
  const f = p.figure;
  const word = f.approx!.word;
  switch (f.approx!.sense) {
    case 'more':
      return `more than ${show(f.value)} (“${word}”)`;
    case 'atLeast':
      return `at least ${show(f.value)} (“${word}”)`;
    case 'less':
      return `just under ${show(f.value)} (“${word}”)`;
    case 'atMost':
      return `at most ${show(f.value)} (“${word}”)`;
    default:
      return `about ${show(f.value)} (“${word}”)`;
  }
}

/** `“1361万人”`: a figure in quotation marks on its own, as a pull-quote prints it. */
function quotedAlone(p: PlacedFigure): boolean {
  const t = p.flat.text;
  return /[“"]/u.test(t[p.figure.start - 1] ?? '') && /[”"]/u.test(t[p.figure.end] ?? '');
}
