// NP101: a paragraph hard-wrapped at the column width (or otherwise broken over lines).
import type { Rule } from '../rule';
import { joinEdit, lineBreaks } from './breaks';

export const columnWrap: Rule = {
  id: 'NP101',
  name: 'column-wrap',
  family: 'wraps',
  description:
    'A paragraph is broken over several lines at the printed column width (typically 10–17 characters). ' +
    'Reflowing joins its lines into one; only line breaks and stray spaces at the breaks are removed.',
  severity: 'info',
  examples: [{ bad: '连日来，市委宣讲团成\n员分赴各区县、市级有关部\n门…', good: '连日来，市委宣讲团成员分赴各区县、市级有关部门…' }],
  readsWorkspace: true,
  check({ page, source, corpus, budget = Infinity }) {
    const out = [];
    for (const article of page.articles) {
      if (out.length >= budget) break; // the review keeps no more
      for (const p of article.paragraphs) {
        if (p.lastLine === p.firstLine) continue;
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
