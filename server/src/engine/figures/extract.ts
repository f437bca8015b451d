// Reads every figure in a run of text: Arabic and Chinese numerals with their scale words,
// precision, approximation words, units, ranges, dates, durations, weekdays, and the words that
// say what is counted. Works on text whose column wraps are already undone (see `flatten`).
import { isHan } from '../text/chars';
import type { DateValue, Figure, FigureKind, Numerals } from './figure';
import { chineseValue, decimalsOf, isAdjacentEstimate, SCALE, toAsciiDigits } from './numerals';
import { APPROX_AFTER, APPROX_BEFORE, APPROX_INSIDE, CHANGE_WORDS, siUnitAt, timeUnit, unitAt } from './units';

const START = /[0-9０-９〇零一二三四五六七八九十两]|百分之|星期|礼拜|周(?=[一二三四五六日天])|今年|去年|明年|前年/gu;
const ARABIC_DIGIT = /[0-9０-９]/u;
const SCALES = Object.keys(SCALE).sort((a, b) => b.length - a.length);
const CHANGE_TAIL = new RegExp(`(?:${CHANGE_WORDS.join('|')})$`, 'u');
const CHINESE_RUN = /[〇零一二三四五六七八九十百千万亿两]+/uy;
const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const RELATIVE_YEARS = new Set(['今年', '去年', '明年', '前年']);
const RANGE_MARKS = ['—', '–', '～', '~', '〜', '-', '－', '至', '到'];
const LATIN = /[A-Za-z]/u;
/** After a Chinese numeral these are words, not units (`十分重要`, `一度`, `两点`). */
const CHINESE_NOT_UNITS = new Set(['分', '点', '秒', '度', '期', '本', '道', '门', '级', '对', '片', '段', '头', '起', '层']);
/** Words that link a figure to what it counts and are not part of the thing itself. */
const THING_TAIL = /(?:总数达|达到了?|增长到|增加到|提高到|增至|降至|达|为|是|共有|已有|共计|累计|合计|总计|共|计|有|至|到|了|其中|其余|剩余|另有|仅|只有)+$/u;
/** What follows `N次` when N numbers a session rather than counting times. */
const SESSION = /^(?:全会|全体会议|会议|代表大会|大会|常委会|党代会|峰会)/u;
const THING_STOP = /[\s，。、；：！？,.;:!?（）()“”"‘’'《》【】〔〕[\]—～~…·\-0-9０-９%％]/u;

interface Atom extends Figure {
  /** Where the number itself starts (after any approximation word before it). */
  numberStart: number;
  digitsEnd: number;
}

export function extractFigures(text: string): Figure[] {
  const atoms: Atom[] = [];
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text))) {
    const a = atomAt(text, m.index);
    if (a) {
      atoms.push(a);
      START.lastIndex = Math.max(a.end, m.index + 1);
    }
  }
  const merged = mergeRanges(text, mergeDates(text, atoms));
  let prevEnd = 0;
  for (const f of merged) {
    describe(text, f, prevEnd);
    if (f.kind === 'count' && namesSomething(text, f)) f.kind = 'ordinal';
    prevEnd = f.end;
  }
  // Atoms go out as they are, their two working offsets included: copying each without them (a
  // rest spread) doubled the allocations of a 10 MB page's figure reading. Nothing serialises figures.
  return merged;
}

function atomAt(text: string, i: number): Atom | undefined {
  if (text.startsWith('百分之', i)) {
    const inner = numberAt(text, i + 3);
    if (!inner) return undefined;
    return finish(text, i, i + 3, inner, inner.end, '百分之');
  }
  const two = text.slice(i, i + 2);
  if (two === '星期' || two === '礼拜' || text[i] === '周') {
    const len = text[i] === '周' ? 1 : 2;
    const d = WEEKDAYS[text[i + len]];
    if (!d || /[0-9０-９〇零一二三四五六七八九十两每]/u.test(text[i - 1] ?? '') || /[次年个]/u.test(text[i + len + 1] ?? '')) return undefined;
    return atom(i, i + len + 1, text, 'weekday', d, { weekday: d, numerals: 'chinese' });
  }
  if (RELATIVE_YEARS.has(two)) return atom(i, i + 2, text, 'date', 0, { date: { relativeYear: two }, numerals: 'chinese' });
  const num = numberAt(text, i);
  if (!num) return undefined;
  return finish(text, i, i, num, num.end);
}

interface RawNumber {
  end: number;
  value: number;
  decimals: number;
  numerals: Numerals;
  digits: string;
  estimate?: boolean;
}

function numberAt(text: string, i: number): RawNumber | undefined {
  if (ARABIC_DIGIT.test(text[i])) {
    let j = i;
    // Past the end text[j] is undefined, which no digit pattern matches: the loops need no length test.
    while (ARABIC_DIGIT.test(text[j])) j++;
    // Thousands separators only in ASCII text style (`1,200`), and only after a group of at most three digits.
    if (j - i <= 3) {
      while (text[j] === ',' && /^[0-9]{3}(?![0-9])/u.test(text.slice(j + 1, j + 5))) j += 4;
    }
    if (/[.．]/u.test(text[j] ?? '') && ARABIC_DIGIT.test(text[j + 1] ?? '')) {
      j++;
      while (ARABIC_DIGIT.test(text[j])) j++;
    }
    const digits = text.slice(i, j);
    const ascii = toAsciiDigits(digits).replace(/,/gu, '');
    const full = /[０-９]/u.test(digits);
    const half = /[0-9]/u.test(digits);
    return { end: j, value: Number(ascii), decimals: decimalsOf(ascii), numerals: full ? (half ? 'mixed' : 'fullwidth') : 'arabic', digits };
  }
  CHINESE_RUN.lastIndex = i;
  const run = CHINESE_RUN.exec(text)?.[0];
  if (!run || /^[百千万亿]/u.test(run)) return undefined;
  const value = chineseValue(run);
  if (value !== undefined) return { end: i + run.length, value, decimals: 0, numerals: 'chinese', digits: run };
  const pair = run.slice(0, 2);
  if (isAdjacentEstimate(pair)) return { end: i + 2, value: chineseValue(pair[0])!, decimals: 0, numerals: 'chinese', digits: pair, estimate: true };
  return undefined;
}

function atom(start: number, end: number, text: string, kind: FigureKind, value: number, extra: Partial<Figure>): Atom {
  return { start, end, text: text.slice(start, end), kind, value, decimals: 0, step: 1, significantStep: 1, numerals: 'arabic', numberStart: start, digitsEnd: end, ...extra };
}

/** Reads what follows a number (scale, `余`, unit, `%`, `以上`) and what precedes it (`近`, `第`), and classifies it. */
function finish(text: string, start: number, numberStart: number, num: RawNumber, at: number, spelledPercent?: string): Atom | undefined {
  const forced: FigureKind | undefined = spelledPercent ? 'percent' : undefined;
  const before = text.slice(Math.max(0, numberStart - 2), numberStart);
  if (num.numerals !== 'chinese' && (LATIN.test(before.slice(-1)) || (LATIN.test(text[at] ?? '') && !/^[A-Za-z]{2,}[\p{Script=Han}]/u.test(text.slice(at))))) {
    let end = at;
    while (end < text.length && /[A-Za-z0-9]/u.test(text[end])) end++;
    return atom(numberStart, end, text, 'code', num.value, { numerals: num.numerals });
  }
  if (num.numerals !== 'chinese' && text[at] === ':' && /^[0-9]{2}/u.test(text.slice(at + 1, at + 3)) && num.value < 24) {
    return atom(numberStart, at + 3, text, 'time', num.value, { numerals: num.numerals });
  }
  let j = at;
  let scale: string | undefined;
  if (num.numerals !== 'chinese') {
    for (const s of SCALES) {
      if (text.startsWith(s, j) && !(s.length === 1 && /[千百]/u.test(s) && (siUnitAt(text, j) || text[j + 1] === '分'))) {
        scale = s;
        j += s.length;
        break;
      }
    }
  }
  let approx: Figure['approx'];
  for (const [word, sense] of APPROX_INSIDE) {
    if (text.startsWith(word, j) && unitAt(text, j + word.length)) {
      approx = { word, sense };
      j += word.length;
      break;
    }
  }
  let kind: FigureKind | undefined = forced;
  let percentMark: string | undefined = spelledPercent;
  let unit: string | undefined;
  if (!forced && /[%％‰]/u.test(text[j] ?? '') && num.numerals !== 'chinese') {
    kind = 'percent';
    percentMark = text[j];
    j++;
  } else if (!forced && num.numerals === 'chinese' && text[j] === '成' && num.value <= 10 && /^(?:$|[^\p{Script=Han}]|以上|左右|多|的)/u.test(text.slice(j + 1, j + 3))) {
    kind = 'percent';
    percentMark = '成';
    j++;
  } else if (!forced) {
    unit = unitAt(text, j);
    if (unit) j += unit.length;
  }
  // `十三届全国人大三次会议`, `中央纪委三次全会`: the number of a session names it, it counts nothing.
  const ordinal = text[numberStart - 1] === '第' || unit === '届' || (unit === '次' && SESSION.test(text.slice(j, j + 6)));
  if (num.numerals === 'chinese' && !forced && !ordinal && !percentMark) {
    // A Chinese numeral counts as a figure only with a measure word (so `一体化`, `二是`, `三大` stay words).
    if (!unit || (num.digits === '一' && !timeUnit(unit)) || CHINESE_NOT_UNITS.has(unit)) return undefined;
  }
  for (const [word, sense] of APPROX_AFTER) {
    if (approx) break;
    if (text.startsWith(word, j) && (word !== '多' || unit)) {
      approx = { word, sense };
      j += word.length;
    }
  }
  let figStart = start;
  for (const [word, sense] of APPROX_BEFORE) {
    if (approx) break;
    if (text.startsWith(word, numberStart - word.length) && !(word === '近' && /[最附将]/u.test(text[numberStart - 2] ?? ''))) {
      approx = { word, sense };
      figStart = numberStart - word.length;
    }
  }
  if (num.estimate) approx ??= { word: num.digits, sense: 'about' };
  const scaleValue = scale ? SCALE[scale] : 1;
  const mantissaStep = Math.pow(10, -num.decimals);
  // Optional properties set one by one, not spread in: the spreads cost a tenth of the figure reading.
  const f: Atom = {
    start: figStart,
    end: j,
    text: text.slice(figStart, j),
    kind: kind ?? 'count',
    value: round(num.value * scaleValue),
    decimals: num.decimals,
    step: mantissaStep * scaleValue,
    significantStep: significantStep(num.digits, num.numerals, num.value) * scaleValue,
    numerals: num.numerals,
    numberStart,
    digitsEnd: num.end,
  };
  if (scale) f.scale = scale;
  if (approx) f.approx = approx;
  if (unit) f.unit = unit;
  if (percentMark) {
    f.percentMark = percentMark;
    f.value = percentMark === '成' ? num.value * 10 : percentMark === '‰' ? num.value / 10 : round(num.value * scaleValue);
  }
  if (percentMark === '成') f.step = f.significantStep = 10;
  if (ordinal) f.kind = 'ordinal';
  else if (!kind) classifyTime(text, f, num);
  return f;
}

function classifyTime(text: string, f: Atom, num: RawNumber) {
  const t = timeUnit(f.unit);
  if (!t || f.scale) return;
  if (t.kind !== 'date') {
    f.kind = t.kind;
    if (t.duration) f.duration = t.duration;
    return;
  }
  const yearLike = (num.numerals === 'chinese' ? num.digits.length === 4 : num.decimals === 0 && num.digits.length === 4) && num.value >= 1000;
  if (f.unit === '年') {
    if (yearLike) {
      f.kind = 'date';
      f.date = { year: num.value };
    } else {
      f.kind = 'duration';
      f.duration = 'year';
    }
  } else if (f.unit === '月' && Number.isInteger(num.value) && num.value >= 1 && num.value <= 12) {
    f.kind = 'date';
    f.date = { month: num.value };
  } else if ((f.unit === '日' || f.unit === '号') && Number.isInteger(num.value) && num.value >= 1 && num.value <= 31) {
    f.kind = 'date';
    f.date = { day: num.value };
  } else if (f.unit === '日') {
    f.kind = 'duration';
    f.duration = 'day';
  }
}

/** `4000` → 1000, `2.6` → 0.1, `13` → 1: the place of the last non-zero digit. */
function significantStep(digits: string, numerals: Numerals, value: number): number {
  if (numerals === 'chinese') {
    if (value === 0) return 1;
    let s = 1;
    while (value % (s * 10) === 0) s *= 10;
    return s;
  }
  const ascii = toAsciiDigits(digits).replace(/,/gu, '');
  const dot = ascii.indexOf('.');
  if (dot >= 0) return Math.pow(10, -(ascii.length - dot - 1));
  const zeros = ascii.length - ascii.replace(/0+$/u, '').length;
  return ascii.replace(/0+$/u, '') === '' ? 1 : Math.pow(10, zeros);
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** `2022年` + `12月` + `25日` printed together are one date. */
function mergeDates(text: string, atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const a of atoms) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'date' && a.kind === 'date' && prev.end === a.start && canExtend(prev.date!, a.date!)) {
      const date = { ...prev.date, ...a.date };
      const numerals = prev.numerals === a.numerals || prev.date?.relativeYear ? a.numerals : 'mixed';
      out[out.length - 1] = { ...prev, end: a.end, text: text.slice(prev.start, a.end), date, unit: a.unit, value: 0, numerals, digitsEnd: a.digitsEnd };
    } else if (a.kind === 'date' && a.date?.day !== undefined && a.unit === '号' && !(prev && prev.end === a.start)) {
      // `嫦娥四号`, `3号线`, `5号文件`: a number before 号 on its own names a thing, it does not count one.
      out.push({ ...a, kind: 'ordinal', date: undefined });
    } else out.push(a);
  }
  for (const f of out) if (f.kind === 'date') f.value = dateNumber(f.date!);
  return out;
}

function canExtend(d: DateValue, next: DateValue): boolean {
  if (next.year !== undefined || next.relativeYear) return false;
  if (next.month !== undefined) return d.month === undefined && d.day === undefined && (d.year !== undefined || d.relativeYear !== undefined);
  return d.month !== undefined && d.day === undefined;
}

/** A sortable number for a date (`20221225`), missing parts as zero. */
function dateNumber(d: DateValue): number {
  return (d.year ?? 0) * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);
}

/** `1—6月`, `25日—26日`, `9亿～16亿`, `2022年12月25日—26日`: two figures joined by a range mark are one range. */
function mergeRanges(text: string, atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    const b = atoms[k + 1];
    const mark = b ? rangeMark(text, a, b) : undefined;
    if (!b || !mark) {
      out.push(a);
      continue;
    }
    const r = joinRange(text, a, b, mark);
    const prev = out[out.length - 1];
    if (prev && prev.end === r.start && prev.kind === 'date' && r.kind === 'date' && canExtend(prev.date!, r.date!)) out[out.length - 1] = yearOfRange(text, prev, r);
    else out.push(r);
    k++;
  }
  return out;
}

function rangeMark(text: string, a: Atom, b: Atom): string | undefined {
  const mark = text.slice(a.end, b.start);
  if (!RANGE_MARKS.includes(mark) || (b.approx && APPROX_BEFORE.some(([w]) => w === b.approx!.word))) return undefined;
  if (text[b.start - 2] === '—' && mark === '—') return undefined;
  if (['code', 'ordinal', 'weekday', 'time'].includes(a.kind) || ['code', 'ordinal', 'weekday', 'time'].includes(b.kind)) return undefined;
  const aBare = !a.unit && !a.percentMark && a.kind !== 'date';
  if (!aBare && a.kind !== b.kind) return undefined;
  if (a.unit && b.unit && a.kind !== 'date' && a.unit !== b.unit) return undefined;
  if (mark === '-' || mark === '－') {
    // A hyphen joins a range only where a Chinese unit shows it is one (`1月-10月`, `9-16亿`), never in `2022-12-25` or a phone number.
    if (a.text.startsWith('0') || (!a.unit && !b.unit && !b.scale && !b.percentMark)) return undefined;
    if (/^[-－][0-9]/u.test(text.slice(b.end))) return undefined;
  }
  if ((mark === '至' || mark === '到') && aBare && !b.unit && !b.percentMark && !b.scale) return undefined;
  return mark;
}

function joinRange(text: string, a: Atom, b: Atom, mark: string): Atom {
  const r: Atom = { ...b, start: a.start, text: text.slice(a.start, b.end), numberStart: a.numberStart };
  r.range = { mark, at: a.end, lowDigitsEnd: a.digitsEnd };
  // Only a bare low end drops anything: `8000米到1.2万米` prints both ends whole.
  const bare = !a.unit && !a.percentMark;
  const dropped = !bare ? undefined : b.scale && !a.scale ? b.scale : b.percentMark && !a.percentMark ? b.percentMark : undefined;
  if (dropped) r.range.dropped = dropped;
  if (b.kind === 'date') {
    const low: DateValue = a.kind === 'date' ? { ...a.date } : unitPart(b.date!, a.value);
    const high: DateValue = { ...b.date };
    for (const key of ['year', 'month'] as const) if (high[key] === undefined && high.relativeYear === undefined) high[key] = low[key];
    if (low.year === undefined && !low.relativeYear) low.year = high.year;
    if (low.month === undefined && low.day !== undefined) low.month = high.month;
    r.date = low;
    r.dateHigh = high;
    r.value = dateNumber(low);
    r.high = dateNumber(high);
    r.numerals = a.numerals === b.numerals ? b.numerals : 'mixed';
    return r;
  }
  // The low end takes the high end's scale only when it printed none of its own (`9～16亿`), not in `8000米到1.2万米`.
  const scaleValue = bare && b.scale && !a.scale ? SCALE[b.scale] : 1;
  r.value = round(a.value * scaleValue);
  r.high = b.value;
  if (a.approx) r.approx = a.approx;
  return r;
}

/** `2023年` + `1—3月`: the year printed before a range of months is the year of both ends. */
function yearOfRange(text: string, year: Atom, r: Atom): Atom {
  // The range's own year fields are unset (canExtend): the year's take their place.
  const withYear = (d: DateValue | undefined): DateValue => ({ ...d, year: year.date!.year, relativeYear: year.date!.relativeYear });
  const date = withYear(r.date);
  const dateHigh = withYear(r.dateHigh);
  const numerals = year.numerals === r.numerals || year.date?.relativeYear ? r.numerals : 'mixed';
  return { ...r, start: year.start, text: text.slice(year.start, r.end), date, dateHigh, value: dateNumber(date), high: dateNumber(dateHigh), numerals };
}

/** The bare low end of a date range is the same part as the high end's first part (`1—6月`: month 1). */
function unitPart(high: DateValue, value: number): DateValue {
  if (high.year !== undefined) return { year: value };
  if (high.month !== undefined) return { month: value, year: high.year };
  return { day: value };
}

/**
 * A number that is part of a name, not a count: a quoted slogan or programme (`“两个维护”`,
 * `“五个振兴”`, `“20条底线”`), an event (`男子100米`), a cohort (`2018级`), a version (`2.0版`).
 */
function namesSomething(text: string, f: Atom): boolean {
  if (/[“‘"]/u.test(text[f.start - 1] ?? '') && /^\p{Script=Han}{1,6}[”’"]/u.test(text.slice(f.end, f.end + 8))) return true;
  if (f.unit === '米' && /[男女]子$/u.test(text.slice(Math.max(0, f.start - 2), f.start))) return true;
  if (f.unit === '级' && f.value >= 1950 && f.value <= 2100 && f.decimals === 0) return true;
  return f.unit === '版' && f.decimals > 0;
}

/** What is counted and how the figure relates to it: the words before (`新增就业`), the noun after, change words. */
function describe(text: string, f: Atom, prevEnd: number) {
  let i = f.start;
  const floor = Math.max(prevEnd, f.start - 14);
  while (i > floor && !THING_STOP.test(text[i - 1]) && (isHan(text[i - 1]) || LATIN.test(text[i - 1]))) i--;
  const lead = text.slice(i, f.start);
  if (lead) f.lead = lead;
  const change = CHANGE_WORDS.find((w) => lead.endsWith(w));
  if (change) f.change = change.replace(/了$/u, '');
  const thing = lead.replace(THING_TAIL, '').replace(CHANGE_TAIL, '');
  if (thing) f.thing = thing;
  let j = f.end;
  while (j < text.length && j - f.end < 12 && isHan(text[j]) && !THING_STOP.test(text[j])) j++;
  const after = text.slice(f.end, j);
  if (after && f.unit && f.kind === 'count') f.thingAfter = after;
}
