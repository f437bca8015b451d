// NP313: parts listed after `其中` must add up to the total before it (`118处…其中16处…72处…30处`),
// and a total split into a part and `其余` must add up (`15件…已开复工13件…其余2件`).
import { show } from '../../figures/figure';
import { before, isPlainCount, MEASURE_UNITS } from '../../figures/measure';
import type { PlacedFigure } from '../../figures/model';
import { agreementRule, type Check } from './agreement';

const SENTENCE_END = /[。！？!?]/u;
const SENTENCE_END_FROM = /[。！？!?]/gu;

export const partsSum = agreementRule(
  {
    id: 'NP313',
    name: 'parts-sum-to-total',
    description:
      'Figures listed after `其中` that share a unit must add up to the total just before `其中` (more than the total is an error, ' +
      'less a warning: a part may be missing); a part and `其余`/`剩余` must add up to the total they split. Parts with ' +
      'approximations (`余`, `多`) and changes (`增长`) are left out of the sum; no total, no check.',
    severity: 'error',
    examples: [
      { bad: '118处黑臭水体…其中16处整治已完成…72处正在整治中，31处暂未实施', good: '…30处暂未实施' },
      { bad: '收到简历210份。其中，硕士研究生180人，本科20人' },
      { bad: '15件区级重点民生实事已开复工13件…其余3件按时序进度推进' },
    ],
  },
  ({ figures }) => [...amongChecks(figures), ...remainderChecks(figures)],
);

function amongChecks(figures: PlacedFigure[]): Check[] {
  const out: Check[] = [];
  const elements = new Set(figures.map((f) => f.element));
  for (const element of elements) {
    const mine = figures.filter((f) => f.element === element && f.place === 'body');
    if (!mine.length) continue;
    const text = mine[0].flat.text;
    // `mine` is in reading order: `next` is the first figure not ending before `其中`, so the total
    // is looked for just before it and the listed parts just after it, never across the element.
    let next = 0;
    for (let at = text.indexOf('其中'); at >= 0; at = text.indexOf('其中', at + 2)) {
      while (next < mine.length && mine[next].figure.end <= at) next++;
      let t = next - 1;
      while (t >= 0 && mine[t].figure.kind !== 'count') t--;
      const total = t >= 0 ? mine[t] : undefined;
      if (!total || !isPlainCount(total.figure) || SENTENCE_END.test(text.slice(total.figure.end, at).replace(/[。]$/u, ''))) continue;
      SENTENCE_END_FROM.lastIndex = at;
      const stop = SENTENCE_END_FROM.exec(text);
      const end = stop ? stop.index : text.length;
      const listed: PlacedFigure[] = [];
      for (let k = next; k < mine.length && mine[k].figure.start < end; k++) {
        const f = mine[k];
        if (f.figure.start > at && f.figure.end <= end && f.figure.kind === 'count' && f.figure.unit) listed.push(f);
      }
      if (listed.some((f) => f.figure.approx && f.figure.unit === total.figure.unit)) continue;
      const parts = partsFor(total, listed.filter((f) => isPlainCount(f.figure)));
      if (parts.length < 2) continue;
      const sum = parts.reduce((s, p) => s + p.figure.value, 0);
      const diff = sum - total.figure.value;
      const held = Math.abs(diff) < 1e-9;
      out.push({
        used: [total, ...parts],
        report: [total],
        held,
        severity: diff > 0 ? 'error' : 'warning',
        message:
          diff > 0
            ? `The parts listed after “其中” add up to more than the total “${total.figure.text}”`
            : `The parts listed after “其中” add up to less than the total “${total.figure.text}”; is a part missing?`,
        arithmetic: `${parts.map((p) => show(p.figure.value)).join(' + ')} = ${show(sum)} ${held ? '=' : '≠'} ${show(total.figure.value)}`,
      });
    }
  }
  return out;
}

/** Parts in the total's unit; failing that (`简历210份。其中，硕士研究生180人，本科30人`) the one set of counted parts. */
function partsFor(total: PlacedFigure, listed: PlacedFigure[]): PlacedFigure[] {
  const same = listed.filter((f) => f.figure.unit === total.figure.unit);
  if (same.length) return same;
  const units = new Set(listed.map((f) => f.figure.unit!));
  if (units.size !== 1 || MEASURE_UNITS.has([...units][0]) || MEASURE_UNITS.has(total.figure.unit!)) return [];
  return listed;
}

function remainderChecks(figures: PlacedFigure[]): Check[] {
  const out: Check[] = [];
  for (const rest of figures) {
    if (rest.place !== 'body' || !isPlainCount(rest.figure) || !/(其余|剩余|剩下)$/u.test(rest.figure.lead ?? '')) continue;
    const earlier = before(figures, rest).filter((f) => isPlainCount(f.figure) && f.figure.unit === rest.figure.unit).reverse();
    const part = earlier[0];
    if (!part) continue;
    const totals = earlier.slice(1).filter((t) => t.figure.value > part.figure.value);
    const values = new Set(totals.map((t) => t.figure.value));
    if (values.size !== 1) continue;
    const total = totals[0];
    const sum = part.figure.value + rest.figure.value;
    const held = Math.abs(sum - total.figure.value) < 1e-9;
    out.push({
      used: [rest, part, total],
      held,
      message: `“${part.figure.text}” and the remaining “${rest.figure.text}” do not add up to the total “${total.figure.text}”`,
      arithmetic: `${show(part.figure.value)} + ${show(rest.figure.value)} = ${show(sum)} ${held ? '=' : '≠'} ${show(total.figure.value)}`,
    });
  }
  return out;
}
