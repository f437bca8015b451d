// NP101: a paragraph hard-wrapped at the column width (or otherwise broken over lines).
import type { Rule } from '../rule';
import type { SourceText } from '../../text/sourceText';
import { textWidth } from '../../text/chars';
import { joinEdit, lineBreaks } from './breaks';

/** Lines of a wide block set as one paragraph differ by a hanging mark or a half-width pair at most. */
const COLUMN_SLACK = 2.5;
/** No newspaper column is wider than this (cells). */
const NARROW_COLUMN = 20;

/**
 * Whether lines first..last are set in one column: narrow lines always are; wider ones only when
 * every line but the last is within a few cells of their common width and the last is no wider. A
 * block whose lines run from 9 to 60 cells (a title over a summary, an infographic's figures and
 * captions) was never wrapped at a column.
 */
function setInColumn(source: SourceText, first: number, last: number): boolean {
  const widths: number[] = [];
  for (let i = first; i <= last; i++) widths.push(textWidth(source.lines[i].text));
  const full = widths.slice(0, -1).sort((a, b) => a - b);
  const median = full[full.length >> 1];
  // Narrow lines are a newspaper column, however ragged extraction left them (digits and Latin set half-width, hanging marks).
  if (median <= NARROW_COLUMN) return true;
  return full.every((w) => Math.abs(w - median) <= COLUMN_SLACK) && widths[widths.length - 1] <= median + COLUMN_SLACK;
}

export const columnWrap: Rule = {
  id: 'NP101',
  name: 'column-wrap',
  family: 'wraps',
  description:
    'A paragraph is broken over several lines at the printed column width (typically 10–17 characters). ' +
    'Reflowing joins its lines into one; only line breaks and stray spaces at the breaks are removed.',
  severity: 'info',
  examples: [
    { bad: '连日来，市委宣讲团成\n员分赴各区县、市级有关部\n门…', good: '连日来，市委宣讲团成员分赴各区县、市级有关部门…' },
    {
      good: '# 以干部敢为善为拼出发展新活力\n\n本报记者 陈国栋\n\n今年以来，全区上下狠抓落实，各项工作取得明显成效。\n\n出真招\n见行动见效果\n\n全区新认定高新技术企业42家，科技型企业总数达到六百余家。',
      page: true,
      note: 'a subhead set over two lines is not a wrapped paragraph',
    },
  ],
  readsWorkspace: true,
  check({ page, source, corpus, budget = Infinity }) {
    const out = [];
    for (const article of page.articles) {
      if (out.length >= budget) break; // the review keeps no more
      for (const p of article.paragraphs) {
        // Stryker disable next-line ConditionalExpression: a fast exit; setInColumn finds no column in one line either (no median to compare).
        if (p.lastLine === p.firstLine || !setInColumn(source, p.firstLine, p.lastLine)) continue;
        const lines = p.lastLine - p.firstLine + 1;
        const width = p.columnWidth && p.columnWidth <= 30 ? ` at ${p.columnWidth} characters` : '';
        out.push({
          message: `Paragraph hard-wrapped over ${lines} lines${width}: reflow it to one line.`,
          // The squiggle marks the first line only: a page of column text would otherwise be underlined throughout.
          start: p.start,
          end: source.lines[p.firstLine].start + source.lines[p.firstLine].text.trimEnd().length,
          // "Reflow this article" is offered by the editor layer (reflowArticleFix), not copied onto every paragraph.
          fixes: [{ title: 'Reflow this paragraph', preferred: true, edits: lineBreaks(source, p).map((br) => joinEdit(source, br, corpus)) }],
        });
      }
    }
    return out;
  },
};
