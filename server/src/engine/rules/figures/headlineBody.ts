// NP311: a headline (or kicker, subtitle) states a measure one way and the body another:
// `新增就业2.6万余人` above, `新增就业2.6万人` below; `已开复工12件` above, `13件` below.
import { compatible, sameStatement, show } from '../../figures/figure';
import { commonSuffix, measureMatch } from '../../figures/measure';
import type { PlacedFigure } from '../../figures/model';
import { agreementRule, type Check } from './agreement';

export const headlineBodyFigure = agreementRule(
  {
    id: 'NP311',
    name: 'headline-body-figure',
    description:
      'A figure in the headline, kicker or subtitle and the figure the body gives for the same measure (same unit, same words before ' +
      'or after it) disagree: different values (`已开复工12件` / `13件`) or the same value approximated in one place only ' +
      '(`2.6万余人` / `2.6万人`). A rounded headline the body bears out (`近3万人` / `29812人`) is fine. Both places are flagged.',
    severity: 'error',
    examples: [
      { bad: '永川实现城镇新增就业2.6万余人 … 全区新增就业2.6万人', note: '“余” says more than 26,000; the body says 26,000' },
      { bad: '永川区15件区级重点民生实事已开复工12件 … 已开复工13件' },
    ],
  },
  ({ figures }) => {
    const out: Check[] = [];
    const body = figures.filter((f) => f.place === 'body');
    for (const h of figures) {
      if (h.place !== 'title' || !h.figure.thing && !h.figure.thingAfter) continue;
      let best = 0;
      let top: PlacedFigure[] = [];
      for (const b of body) {
        const score = measureMatch(h.figure, b.figure);
        if (score > best) [best, top] = [score, [b]];
        else if (score && score === best) top.push(b);
      }
      if (!top.length) continue;
      const agrees = top.find((b) => sameStatement(h.figure, b.figure) || (compatible(h.figure, b.figure) && h.figure.value !== b.figure.value));
      const b = agrees ?? closest(h, top);
      const bothValue = h.figure.value === b.figure.value;
      const measure = sharedWords(h, b);
      const says = (p: PlacedFigure) => `“${p.figure.text}” says ${p.figure.approx ? approxSays(p) : show(p.figure.value)}`;
      const arithmetic = bothValue ? `${says(h)}; ${says(b)}` : `${show(h.figure.value)} ${agrees ? '≈' : '≠'} ${show(b.figure.value)}`;
      out.push({
        used: [h, b],
        report: [h, b],
        held: !!agrees,
        severity: compatible(h.figure, b.figure) ? 'warning' : 'error',
        message: bothValue
          ? `The headline and the body state ${measure} differently: “${h.figure.text}” in the headline, “${b.figure.text}” in the body (line ${b.range.start.line + 1})`
          : `The headline and the body disagree on ${measure}: “${h.figure.text}” in the headline, “${b.figure.text}” in the body (line ${b.range.start.line + 1})`,
        arithmetic,
      });
    }
    return out;
  },
);

/** The words both places use for the measure (`新增就业`), for the message. */
function sharedWords(h: PlacedFigure, b: PlacedFigure): string {
  const x = h.figure.thing ?? '';
  const n = commonSuffix(x, b.figure.thing ?? '');
  return n >= 2 ? x.slice(x.length - n) : h.figure.thingAfter ?? x;
}

function closest(h: PlacedFigure, top: PlacedFigure[]): PlacedFigure {
  return top.reduce((a, b) => (Math.abs(b.figure.value - h.figure.value) < Math.abs(a.figure.value - h.figure.value) ? b : a));
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
