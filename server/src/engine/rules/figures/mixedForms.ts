// NP304: one article writes the same kind of figure two ways: `%` and `％`, `科创+` and `科创＋`,
// `1—6月` and `7～9月`. One finding per article and form, with the counts; the fix unifies on the
// form the article uses most (every form is offered).
import type { Article } from '../../model/page';
import { pageFigures } from '../../figures/model';
import type { SourceText } from '../../text/sourceText';
import { edit, type Draft, type Fix, type Rule } from '../rule';
import { sourceAt } from '../../text/flatten';

interface Spot {
  start: number;
  end: number;
  form: string;
}

const TIME = new Set(['date', 'duration', 'time']);
const SPAN_MARKS = new Set(['—', '–', '～', '~', '〜']);
const PLUS = /(?<=\p{Script=Han})[+＋]|[+＋](?=\p{Script=Han})/gu;

export const mixedFigureForms: Rule = {
  id: 'NP304',
  name: 'mixed-figure-forms',
  family: 'figures',
  description:
    'One article writes the same kind of figure in two forms: the percent sign `%`/`％`, the plus in coinages like `科创+`/`科创＋`, ' +
    'or the range mark within time spans or within numeric ranges (`1—6月` and `7～9月`). One finding per article and form with ' +
    'the counts; the preferred fix uses the article’s majority form everywhere.',
  standard: 'GB/T 15835-2011 (same category, same form)',
  severity: 'info',
  examples: [
    { bad: '科创+……科创＋', good: '科创＋……科创＋' },
    { bad: '增长22.6%……占比45％', good: '增长22.6%……占比45%' },
    { good: '一是抓项目，二是抓招商，三是抓服务。', note: 'ordinals in a list are words, not figures' },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const af of pageFigures(page)) {
      const percent: Spot[] = [];
      const spans: Spot[] = [];
      const ranges: Spot[] = [];
      for (const p of af.figures) {
        const f = p.figure;
        if (f.percentMark === '%' || f.percentMark === '％') {
          const i = f.text.lastIndexOf(f.percentMark);
          const at = sourceAt(p.flat, f.start + i);
          percent.push({ start: at, end: at + 1, form: f.percentMark });
        }
        if (f.range && SPAN_MARKS.has(f.range.mark)) {
          const at = sourceAt(p.flat, f.range.at);
          (TIME.has(f.kind) ? spans : ranges).push({ start: at, end: at + 1, form: f.range.mark });
        }
      }
      report(out, source, 'percent signs', percent);
      report(out, source, 'range marks in time spans', spans);
      report(out, source, 'range marks in numeric ranges', ranges);
      report(out, source, 'plus signs', plusSigns(source, af.article));
    }
    return out;
  },
};

function plusSigns(source: SourceText, article: Article): Spot[] {
  const spots: Spot[] = [];
  for (const e of article.elements) {
    const text = source.text.slice(e.start, e.end);
    // The lookbehind is costly at every position; most elements have no plus at all.
    // Stryker disable next-line ConditionalExpression,StringLiteral: a fast exit; PLUS finds no plus in such text either.
    if (!text.includes('+') && !text.includes('＋')) continue;
    for (const m of text.matchAll(PLUS)) spots.push({ start: e.start + m.index!, end: e.start + m.index! + 1, form: m[0] });
  }
  return spots;
}

function report(out: Draft[], source: SourceText, what: string, spots: Spot[]) {
  const counts = new Map<string, number>();
  for (const s of spots) counts.set(s.form, (counts.get(s.form) ?? 0) + 1);
  if (counts.size < 2) return;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const majority = ranked[0][0];
  const first = spots.find((s) => s.form !== majority)!;
  const fixes: Fix[] = ranked.map(([form]) => ({
    title: `Use “${form}” for all ${what} in this article`,
    edits: spots.filter((s) => s.form !== form).map((s) => edit(source, s.start, s.end, form)),
    preferred: form === majority && ranked[1][1] < ranked[0][1],
  }));
  out.push({
    message: `This article mixes ${what}: ${ranked.map(([form, n]) => `“${form}” ×${n}`).join(', ')}.`,
    start: first.start,
    end: first.end,
    fixes,
    related: spots
      .filter((s) => s.form === majority)
      .slice(0, 3)
      .map((s) => ({ range: source.range(s.start, s.end), message: `“${s.form}”` })),
  });
}
