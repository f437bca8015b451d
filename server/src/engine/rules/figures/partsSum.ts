// NP313: a total and the parts the text says make it up must add up, within the precision every
// figure is printed with. `其中` alone picks out a subset far more often than it lists a whole
// breakdown (`99家，其中有4家进入…`), so a `其中` list is checked only when the text itself says
// the parts are the whole: a remainder closes it (`其余2件`), the parts are two halves that make
// a whole (`境内`/`境外`, `出口`/`进口`), done and not yet done (`已完成`…`暂未实施`), tiers that
// run to the end of the scale (`乡科级及以下`), or the total names every part (`建议、提案共782件`).
import { show, type Figure } from '../../figures/figure';
import { before, isPlainCount, MEASURE_UNITS, printedInterval, sameUnit } from '../../figures/measure';
import type { PlacedFigure } from '../../figures/model';
import { agreementRule, type Check } from './agreement';
import { CLAUSE_MARK, clauseEnd, clauseStart } from '../../text/clauses';

const SENTENCE_END = /[。！？!?]/u;
const SENTENCE_END_FROM = /[。！？!?]/gu;
const REMAINDER = /^(?:其余|其他|其它|剩余|剩下|余下)/u;
/** Two halves that make a whole, as news copy names them. */
const HALVES: readonly [string, string][] = [
  ['境内', '境外'],
  ['国内', '国外'],
  ['国内', '境外'],
  ['出口', '进口'],
  ['入境', '出境'],
  ['城市', '农村'],
  ['城镇', '农村'],
  ['男', '女'],
  ['公办', '民办'],
  ['线上', '线下'],
  ['省内', '省外'],
  ['市内', '市外'],
  ['区内', '区外'],
  ['县内', '县外'],
  ['中方', '外方'],
  ['上半年', '下半年'],
  ['本地', '外地'],
  ['大剧场', '小剧场'],
  ['在职', '退休'],
  ['新建', '续建'],
];
const DONE = /已|完成/u;
const NOT_YET = /尚未|暂未|还未|未|没有/u;
const TIER_END = /及以[上下]/u;

interface Part {
  p: PlacedFigure;
  /** The clause's words without the figure (`境内游客`), `其中` taken off. */
  label: string;
  /** How many items share the figure (`业余球队和中乙球队各32支`: 2). */
  times: number;
}

export const partsSum = agreementRule(
  {
    id: 'NP313',
    name: 'parts-sum-to-total',
    description:
      'A total and the parts the text says make it up must add up, within the precision each figure is printed with. A `其中` ' +
      'list is checked only when the text says it is the whole: a remainder (`其余`, `其他`), two halves that make a whole ' +
      '(`境内`/`境外`, `出口`/`进口`, `城镇`/`农村`), done and not yet done, tiers that run to `及以下`, or a total that names ' +
      'every part. A bare `其中` subset (`99家，其中有4家…`) is never summed. A part and `其余` must add up to the total they split.',
    severity: 'error',
    examples: [
      { bad: '全年共接待游客118万人次，其中境内游客96万人次，境外游客12万人次。', good: '…境外游客22万人次。' },
      { bad: '118处黑臭水体，其中16处整治已完成，72处正在整治中，31处暂未实施。', good: '…30处暂未实施。' },
      { bad: '确定15件区级重点民生实事，已开复工13件，其余3件按时序进度推进。' },
      { bad: '全年外贸进出口总额500亿元，其中出口320亿元，进口200亿元。', good: '…进口180亿元。', manual: true, note: 'two halves that make the whole' },
      { bad: '全市共有养老机构80家，其中床位100张以上的30家，50张至100张的30家，50张及以下的30家。', good: '…50张及以下的20家。', manual: true, note: 'tiers that run to 及以下' },
      { good: '湖南省规模工业企业数量达99家，其中有4家进入“全球工程机械50强”。', note: 'a subset, not a breakdown' },
      { good: '全国累计发送旅客13.95亿人次。其中：铁路1.86亿人次，道路11.53亿人次，水路2119.3万人次，其他3543.18万人次。', note: 'the total is printed to 0.01亿' },
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
      // Undefined when no count comes before `其中` (t is -1).
      const total = mine[t] as PlacedFigure | undefined;
      if (!total || !isPlainCount(total.figure) || SENTENCE_END.test(text.slice(total.figure.end, at).replace(/[。]$/u, ''))) continue;
      SENTENCE_END_FROM.lastIndex = at;
      const stop = SENTENCE_END_FROM.exec(text);
      const listed = partsAfter(text, at, stop ? stop.index : text.length, mine, total);
      if (!listed) continue;
      const whole = wholeBreakdown(text, total, listed);
      if (!whole) continue;
      out.push(sumCheck(total, whole.parts, whole.basis));
    }
  }
  return out;
}

/**
 * The parts listed after `其中`: one figure a clause, in the total's unit (or, failing that, one
 * other counted unit: `简历210份。其中，硕士研究生180人…`), each at its clause's end (`境内游客96万人次`)
 * or start (`71头为活体`). The list ends at the first clause whose figure sits inside other words.
 * Undefined when a part is approximate or a change: such a list is not summed.
 */
function partsAfter(text: string, at: number, end: number, figures: PlacedFigure[], total: PlacedFigure): Part[] | undefined {
  // The element's figures between `其中` and the sentence's end.
  const inSentence = figures.filter((f) => f.figure.start > at && f.figure.end <= end && f.figure.kind === 'count' && f.figure.unit);
  const same = inSentence.filter((f) => sameUnit(f.figure, total.figure));
  let family = same;
  if (!same.length) {
    const units = new Set(inSentence.map((f) => f.figure.unit!));
    if (units.size !== 1 || MEASURE_UNITS.has([...units][0]) || MEASURE_UNITS.has(total.figure.unit!)) return undefined;
    family = inSentence;
  }
  const parts: Part[] = [];
  let afterPrevious = at + 2;
  for (const f of family) {
    const start = clauseStart(text, f.figure.start, at + 2);
    const endOf = clauseEnd(text, f.figure.end, end);
    const label = text.slice(start, f.figure.start).replace(/^其中/u, '');
    const tail = text.slice(f.figure.end, endOf);
    const atEnd = tail.length === 0;
    const atStart = /^(?:有|为)?$/u.test(label);
    if (!atEnd && !atStart) break;
    if (f.figure.change || f.figure.approx || f.figure.high !== undefined) return undefined;
    // `A、B各32支`: the items before `各` share the figure, whether joined by 、 (earlier clauses) or by 和.
    const each = /各$/u.test(label);
    const times = each ? 1 + countClauses(text, afterPrevious, start) + (label.match(/[和与及]/gu)?.length ?? 0) : 1;
    parts.push({ p: f, label: label.replace(/各$/u, ''), times });
    afterPrevious = endOf + 1;
  }
  return parts.length >= 2 ? parts : undefined;
}

/** Clauses without a part between the previous part and this one (`业余球队、中乙球队各32支`: 1). */
function countClauses(text: string, from: number, to: number): number {
  // `from` is past `其中` or past a part's clause; an empty stretch splits into one empty clause, not counted.
  return text
    .slice(from, to)
    .split(CLAUSE_MARK)
    .filter((c) => c.length > 0).length;
}

/** The parts that make up the whole and the words that say so, or undefined when the text leaves it open. */
function wholeBreakdown(text: string, total: PlacedFigure, parts: Part[]): { parts: Part[]; basis: string } | undefined {
  const last = parts[parts.length - 1];
  const rest = REMAINDER.exec(last.label);
  if (rest) return { parts, basis: `The last part is the remainder (“${rest[0]}”), so the parts are the whole.` };
  for (const [x, y] of HALVES) {
    const a = parts.filter((p) => p.label.includes(x) && !p.label.includes(y));
    const b = parts.filter((p) => p.label.includes(y) && !p.label.includes(x));
    if (a.length === 1 && b.length === 1) return { parts: [a[0], b[0]], basis: `“${x}” and “${y}” together make up the whole.` };
  }
  const done = parts.some((p) => DONE.test(clauseOf(text, p)) && !NOT_YET.test(clauseOf(text, p)));
  const notYet = parts.find((p) => NOT_YET.test(clauseOf(text, p)));
  if (done && notYet) return { parts, basis: 'What is done and what is not yet done make up the whole.' };
  const tier = parts.find((p) => TIER_END.test(p.label));
  if (tier) return { parts, basis: `The tiers run to the end of the scale (“${TIER_END.exec(tier.label)![0]}”), so the parts are the whole.` };
  const totalWords = text.slice(clauseStart(text, total.figure.start), total.figure.start);
  const names = parts.map((p) => p.label.replace(/^(?:有|为)/u, ''));
  if (names.every((n) => n.length >= 2 && totalWords.includes(n)) && new Set(names).size === names.length) {
    return { parts, basis: `The total names every part (“${totalWords}”).` };
  }
  return undefined;
}

/** The whole clause of a part (its words after the figure included: `31处暂未实施`). */
function clauseOf(text: string, p: Part): string {
  const f = p.p.figure;
  return text.slice(clauseStart(text, f.start), clauseEnd(text, f.end));
}

function sumCheck(total: PlacedFigure, parts: Part[], basis: string): Check {
  const value = (p: Part) => p.p.figure.value * p.times;
  const sum = parts.reduce((s, p) => s + value(p), 0);
  const held = sumAgrees(
    parts.map((p) => [p.p.figure, p.times] as const),
    total.figure,
  );
  const diff = sum - total.figure.value;
  const term = (p: Part) => (p.times > 1 ? `${p.times} × ${show(p.p.figure.value)}` : show(p.p.figure.value));
  return {
    used: [total, ...parts.map((p) => p.p)],
    report: [total],
    held,
    severity: diff > 0 ? 'error' : 'warning',
    message: held
      ? `The parts of the total “${total.figure.text}” add up to it`
      : diff > 0
        ? `The parts of the total “${total.figure.text}” add up to more than the total`
        : `The parts of the total “${total.figure.text}” add up to less than the total; is a part missing?`,
    arithmetic: `${parts.map(term).join(' + ')} = ${show(sum)} ${held ? '≈' : '≠'} ${show(total.figure.value)}`,
    basis,
  };
}

/** Whether parts can add up to the total at the precision each is printed with (`13.95亿` is 13.945亿–13.955亿). */
function sumAgrees(parts: readonly (readonly [Figure, number])[], total: Figure): boolean {
  let lo = 0;
  let hi = 0;
  for (const [f, times] of parts) {
    const [a, b] = printedInterval(f);
    lo += a * times;
    hi += b * times;
  }
  const [t0, t1] = printedInterval(total);
  const eps = 1e-9 * Math.max(1, Math.abs(total.value));
  return lo <= t1 + eps && t0 <= hi + eps;
}

function remainderChecks(figures: PlacedFigure[]): Check[] {
  const out: Check[] = [];
  for (const rest of figures) {
    // The clause must open with the remainder word (`其余2件`), not merely contain it (`最新版只剩下45条`).
    if (rest.place !== 'body' || !isPlainCount(rest.figure) || !/^(?:其余|剩余|剩下|余下)(?:的)?$/u.test(rest.figure.lead ?? '')) continue;
    const text = rest.flat.text;
    const earlier = before(figures, rest)
      .filter((f) => isPlainCount(f.figure) && sameUnit(f.figure, rest.figure) && rest.sentence - f.sentence <= 1)
      .reverse();
    const part = earlier[0];
    if (!part) continue;
    // The total is the nearest figure before the part: in its sentence when it has one
    // (`确定实施15件…。目前，15件…已开复工13件，其余2件`), else the one the sentence before gives.
    // A part larger than its total is no reason to look elsewhere: it is the error.
    // Clauses dated to different years give successive figures, not a total and its parts
    // (`2016年，21户脱贫；2017年，26户脱贫；2018年，剩余的8户`).
    const totals = earlier.slice(1).filter((t) => sameClauseYear(figures, t, part));
    const near = totals.filter((t) => t.sentence === part.sentence);
    const candidates = near.length ? near : totals;
    if (new Set(candidates.map((t) => t.figure.value)).size !== 1) continue;
    const total = candidates[0];
    // A `其中` list closed by its remainder is the list check's.
    if (text.slice(total.figure.end, rest.figure.start).includes('其中')) continue;
    const sum = part.figure.value + rest.figure.value;
    const held = sumAgrees(
      [
        [part.figure, 1],
        [rest.figure, 1],
      ],
      total.figure,
    );
    out.push({
      used: [rest, part, total],
      held,
      message: `“${part.figure.text}” and the remaining “${rest.figure.text}” do not add up to the total “${total.figure.text}”`,
      arithmetic: `${show(part.figure.value)} + ${show(rest.figure.value)} = ${show(sum)} ${held ? '≈' : '≠'} ${show(total.figure.value)}`,
      basis: `“${rest.figure.lead}” names what is left of the total once “${part.figure.text}” is taken out.`,
    });
  }
  return out;
}

/** The year the figures before `p` date it to, since the last `。` or `；` (`2017年，26户…`: 2017), if any. */
function clauseYear(figures: PlacedFigure[], p: PlacedFigure): number | undefined {
  const text = p.flat.text;
  const from = Math.max(text.lastIndexOf('。', p.figure.start), text.lastIndexOf('；', p.figure.start)) + 1;
  return before(figures, p)
    .reverse()
    .find((g) => g.figure.start >= from && g.figure.kind === 'date' && g.figure.date?.year !== undefined)?.figure.date?.year;
}

function sameClauseYear(figures: PlacedFigure[], a: PlacedFigure, b: PlacedFigure): boolean {
  const ya = clauseYear(figures, a);
  const yb = clauseYear(figures, b);
  return ya === undefined || yb === undefined || ya === yb;
}
