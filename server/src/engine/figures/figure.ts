// What a figure is once read: its exact place in the text, its value in base units, how it was
// printed (numerals, precision, approximation, range mark) and what it counts. Rules compare
// these; they never re-read the digits themselves.

/** `ordinal` is any number that names a thing rather than counting it: `第三`, `十三届`, `三次全会`, `嫦娥四号`, `“两个维护”`. */
export type FigureKind = 'count' | 'percent' | 'date' | 'duration' | 'time' | 'weekday' | 'ordinal' | 'code';
export type Numerals = 'arabic' | 'fullwidth' | 'chinese' | 'mixed';
/** What an approximation word does to the printed value. */
export type Approx = 'more' | 'less' | 'about' | 'atLeast' | 'atMost';
export type DurationUnit = 'day' | 'week' | 'month' | 'year' | 'hour' | 'minute';

export interface DateValue {
  year?: number;
  month?: number;
  day?: number;
  /** `今年`, `去年`, … when the year is given relative to the article's date. */
  relativeYear?: string;
}

export interface Figure {
  /** Offsets in the text the figure was read from. */
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  /** In base units: `2.6万` 26000, `86.7%` 86.7, `会期2天` 2; for a range its low end. */
  value: number;
  /** A range's high end. */
  high?: number;
  /** Decimal places printed (`86.7` → 1). */
  decimals: number;
  /** The place value of the last printed digit, in base units (`2.6万` → 1000, `13` → 1). */
  step: number;
  /** The place value of the last non-zero digit (`4000` → 1000): what `余`/`多` add to. */
  significantStep: number;
  scale?: string;
  numerals: Numerals;
  approx?: { word: string; sense: Approx };
  /** The measure word or unit after the number (`人`, `亿元` is scale `亿` + unit `元`, `人次`). */
  unit?: string;
  /** The words before the figure that say what it counts (`新增就业`), verbs like `达` removed. */
  thing?: string;
  /** The words right before the figure as printed (`已开复工`, `其中`, `会期`), up to punctuation or the previous figure. */
  lead?: string;
  /** The noun after the measure word (`15件区级重点民生实事` → `区级重点民生实事`). */
  thingAfter?: string;
  /** A change word before the figure (`增长`, `减少`): the figure is a difference, not a stock. */
  change?: string;
  range?: {
    mark: string;
    /** Offset of the range mark. */
    at: number;
    /** End offset of the low end's digits (where a dropped scale or `%` belongs). */
    lowDigitsEnd: number;
    /** What the low end leaves out that the high end prints (`亿` in `9～16亿`, `%` in `15～30%`), if anything. */
    dropped?: string;
  };
  date?: DateValue;
  dateHigh?: DateValue;
  duration?: DurationUnit;
  /** 1 (Monday) … 7 (Sunday). */
  weekday?: number;
  /** `%`, `％`, `‰`, `百分之`, `成`. */
  percentMark?: string;
}

/** The values a figure allows, as printed: `13` [12.5, 13.5), `2.6万余` (26000, 27000), `30家以上` [30, ∞). */
export function interval(f: Figure): [number, number] {
  const lo = f.value;
  const hi = f.high ?? f.value;
  switch (f.approx?.sense) {
    case 'more':
      return f.approx.word === '余' || f.approx.word === '多' ? [hi, hi + f.significantStep] : [hi, Infinity];
    case 'atLeast':
      return [lo, Infinity];
    case 'less':
      return [lo * 0.8, lo];
    case 'atMost':
      return [-Infinity, hi];
    case 'about':
      return [lo - f.significantStep, hi + f.significantStep];
    default:
      return [lo - f.step / 2, hi + f.step / 2];
  }
}

/** Whether two printings can describe the same quantity. */
export function compatible(a: Figure, b: Figure): boolean {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  const eps = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  return a0 < b1 - eps && b0 < a1 - eps;
}

/** The same value printed the same way (`2.6万人` and `26000人` count as the same value, not the same printing). */
export function sameStatement(a: Figure, b: Figure): boolean {
  return a.value === b.value && a.high === b.high && (a.approx?.sense ?? '') === (b.approx?.sense ?? '');
}

/** Number formatting for messages: `26000` → `26,000`, `86.666…` → `86.67`. */
export function show(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Number.isInteger(n) ? String(n) : n.toFixed(decimals).replace(/0+$/u, '').replace(/\.$/u, '');
  const [int, frac] = fixed.split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/gu, ',') + (frac ? `.${frac}` : '');
}
