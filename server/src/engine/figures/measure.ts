// When two figures state the same measure, and whether a computed value matches a printed one.
import { interval, type Figure } from './figure';
import { SI_UNITS } from './units';
import type { PlacedFigure } from './model';

export function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Units that measure stuff (money, area, weight) rather than count things. */
export const MEASURE_UNITS = new Set([
  ...SI_UNITS,
  '摄氏度',
  '℃',
  '元',
  '美元',
  '欧元',
  '港元',
  '日元',
  '英镑',
  '平方米',
  '平方公里',
  '立方米',
  '吨',
  '公斤',
  '克',
  '斤',
  '米',
  '公里',
  '亩',
  '公顷',
  '升',
  '倍',
  '岁',
  '度',
  '个百分点',
  '百分点',
]);

/**
 * How strongly two figures name the same measure: the length of the words they share (`全区新增就业`
 * and `城镇新增就业` share `新增就业`, 4), 0 when they are different measures. Same kind and unit
 * are required; so is a shared tail of at least three characters (or all of a shorter thing), or a
 * shared noun after the measure word (`15件区级重点民生实事`).
 */
export function measureMatch(a: Figure, b: Figure): number {
  if (a.kind !== b.kind || (a.kind !== 'count' && a.kind !== 'percent') || a.change || b.change) return 0;
  if ((a.unit ?? '') !== (b.unit ?? '') || (a.kind === 'count' && !a.unit)) return 0;
  const ta = a.thing ?? '';
  const tb = b.thing ?? '';
  let score = 0;
  const s = commonSuffix(ta, tb);
  if (s >= Math.max(2, Math.min(3, ta.length, tb.length))) score = s;
  const aa = a.thingAfter ?? '';
  const ab = b.thingAfter ?? '';
  const p = commonPrefix(aa, ab);
  if (p >= 3 || (p >= 2 && p === Math.min(aa.length, ab.length))) score = Math.max(score, p);
  return score;
}

/** Whether a computed value prints as `printed` at its precision (rounded, or cut off as some copy desks do). */
export function printsAs(computed: number, printed: Figure): boolean {
  const unit = printed.percentMark === '成' ? 10 : Math.pow(10, -printed.decimals);
  const eps = 1e-9;
  const diff = computed - printed.value;
  return Math.abs(diff) <= unit / 2 + eps || (diff >= -eps && diff < unit - eps);
}

/**
 * How far back a rule reads for a figure's part or total: a sentence or two in practice. A
 * paragraph of thousands of figures (a table run together, a file of one line) must not cost
 * their square.
 */
export const MAX_LOOKBACK = 64;

const positions = new WeakMap<readonly PlacedFigure[], Map<PlacedFigure, number>>();

/** Figures in reading order before `f` in the same element: the nearest MAX_LOOKBACK of them. */
export function before(figures: readonly PlacedFigure[], f: PlacedFigure): PlacedFigure[] {
  let at = positions.get(figures);
  if (!at) positions.set(figures, (at = new Map(figures.map((g, i) => [g, i]))));
  const i = at.get(f);
  if (i === undefined) return figures.filter((g) => g.element === f.element && g.figure.end <= f.figure.start).slice(-MAX_LOOKBACK);
  const out: PlacedFigure[] = [];
  // An article's figures are in reading order, so the element's earlier figures sit just before.
  for (let j = i - 1; j >= 0 && out.length < MAX_LOOKBACK && figures[j].element === f.element; j--) {
    if (figures[j].figure.end <= f.figure.start) out.push(figures[j]);
  }
  return out.reverse();
}

const sentences = new WeakMap<readonly PlacedFigure[], Map<PlacedFigure['element'], Map<number, PlacedFigure[]>>>();

/** The figures of `f`'s sentence (its own included), in reading order, from an index built once per list. */
export function sameSentence(figures: readonly PlacedFigure[], f: PlacedFigure): readonly PlacedFigure[] {
  let index = sentences.get(figures);
  if (!index) {
    index = new Map();
    for (const g of figures) {
      let bySentence = index.get(g.element);
      if (!bySentence) index.set(g.element, (bySentence = new Map()));
      const list = bySentence.get(g.sentence);
      if (list) list.push(g);
      else bySentence.set(g.sentence, [g]);
    }
    sentences.set(figures, index);
  }
  return index.get(f.element)?.get(f.sentence) ?? [];
}

export const isPlainCount = (f: Figure) => f.kind === 'count' && !!f.unit && !f.change && !f.approx && f.high === undefined;

/** Measure words for people: `42名干部…其中厅局级干部13人` counts the same people in both. */
const PERSON_UNITS = new Set(['人', '名', '位']);

/** Whether two figures count in the same unit (people in `人`, `名` or `位` alike). */
export function sameUnit(a: Figure, b: Figure): boolean {
  return a.unit === b.unit || (PERSON_UNITS.has(a.unit ?? '') && PERSON_UNITS.has(b.unit ?? ''));
}

/** Whether two intervals meet. */
export function overlaps([a0, a1]: readonly [number, number], [b0, b1]: readonly [number, number]): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a0), Math.abs(b0));
  return a0 <= b1 + eps && b0 <= a1 + eps;
}

/**
 * The values a printed figure allows in arithmetic: a whole count printed in full (`13件`) is
 * exact; one printed to a scale word or decimals (`2.1亿`, `97.4吨`, `52402亿元`) is rounded, so
 * anything that rounds to it (`2.05亿`–`2.15亿`).
 */
export function printedInterval(f: Figure): [number, number] {
  if (!f.scale && f.decimals === 0 && !f.approx && f.kind === 'count' && f.high === undefined) return [f.value, f.value];
  return interval(f);
}

/** part ÷ total in percent, over every value the two printings allow (`2.1亿` is 2.05亿–2.15亿). */
export function ratioRange(part: Figure, total: Figure): [number, number] {
  const [p0, p1] = printedInterval(part);
  const [t0, t1] = printedInterval(total);
  if (t0 <= 0) return [-Infinity, Infinity];
  return [(p0 / t1) * 100, (p1 / t0) * 100];
}

/** The change from `from` to `to` in percent of `from`, over every value the printings allow. */
export function changeRange(from: Figure, to: Figure, down: boolean): [number, number] {
  const [f0, f1] = printedInterval(from);
  const [t0, t1] = printedInterval(to);
  if (f0 <= 0) return [-Infinity, Infinity];
  return down ? [((f0 - t1) / f0) * 100, ((f1 - t0) / f1) * 100] : [((t0 - f1) / f1) * 100, ((t1 - f0) / f0) * 100];
}

/** Whether a printed rate states a computed one: rounded or cut off at its precision, or anywhere the printings of its figures allow (`range`). */
export function rateAgrees(rate: Figure, computed: number, range: [number, number]): boolean {
  return printsAs(computed, rate) || overlaps(interval(rate), range);
}
