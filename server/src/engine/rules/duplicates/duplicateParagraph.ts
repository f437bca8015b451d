// NP202: a paragraph printed twice, inside one article or in two different articles.
import { elementAfter } from '../../model/page';
import type { Draft, Rule } from '../rule';
import { edit } from '../rule';
import { fileLabel, MAX_COPIES_LISTED } from './copies';

export const duplicateParagraph: Rule = {
  id: 'NP202',
  name: 'duplicate-paragraph',
  family: 'duplicates',
  description:
    'A paragraph appears twice: inside one article, or in two different articles (in this file or another). ' +
    'Copies inside articles that are duplicates of each other are left to NP201.',
  severity: 'warning',
  examples: [{ bad: '在各方共同努力下,永川区15件区级重点民生实事已开复工13件…（twice in one article）' }],
  check({ page, source, uri, workspace }) {
    const out: Draft[] = [];
    page.articles.forEach((article, k) => {
      const sameStory = new Set(workspace.duplicatesOf(uri, k).map((m) => m.other));
      const inSameStory = (c: { uri: string; article: number }) => sameStory.has(workspace.articles(c.uri)[c.article]);
      for (const p of article.paragraphs) {
        const others = workspace.paragraphCopiesAt(uri, p.start).filter((c) => !(c.uri === uri && c.start === p.start) && !inSameStory(c));
        if (!others.length) continue;
        const inArticle = others.some((c) => c.uri === uri && c.article === k);
        const first = others[0];
        const where = first.uri === uri ? `line ${first.range.start.line + 1}` : `${fileLabel(first.uri)} line ${first.range.start.line + 1}`;
        const later = inArticle && others.every((c) => !(c.uri === uri && c.article === k) || c.start < p.start);
        const next = elementAfter(page, p.end);
        out.push({
          message: inArticle ? `Paragraph repeated in this article (also at ${where}).` : `Paragraph also printed in another article (${where}).`,
          start: p.start,
          end: p.end,
          severity: inArticle ? undefined : 'info',
          related: others.slice(0, MAX_COPIES_LISTED).map((c) => ({ uri: c.uri, range: c.range, message: 'the same paragraph' })),
          fixes: later
            ? [{ title: 'Remove this repeated paragraph', edits: [edit(source, source.lines[p.firstLine].start, next ? source.lines[next.firstLine].start : source.text.length, '')] }]
            : [],
        });
      }
    });
    return out;
  },
};
