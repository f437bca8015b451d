// NP202: a paragraph printed twice, inside one article or in two different articles.
import { elementAfter } from '../../model/page';
import type { Draft, Related, Rule } from '../rule';
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
  readsWorkspace: true,
  check({ page, source, uri, workspace, budget = Infinity }) {
    const out: Draft[] = [];
    page.articles.forEach((article, k) => {
      if (out.length >= budget) return; // the review keeps no more
      // The story's set holds this article too: copies inside it are not “the same story elsewhere”.
      const story = workspace.storyOf(uri, k);
      const records = workspace.articles(uri);
      const inSameStory = (c: { uri: string; article: number }) =>
        story.size > 1 && !(c.uri === uri && c.article === k) && story.has((c.uri === uri ? records : workspace.articles(c.uri))[c.article]);
      // Copies inside this article, found from its own paragraphs (a text's copies are one shared list).
      const inThisArticle = new Map<readonly unknown[], number[]>();
      for (const p of article.paragraphs) {
        const copies = workspace.paragraphCopiesAt(uri, p.start);
        if (copies.length < 2) continue;
        const starts = inThisArticle.get(copies);
        if (starts) starts.push(p.start);
        else inThisArticle.set(copies, [p.start]);
      }
      for (const p of article.paragraphs) {
        const copies = workspace.paragraphCopiesAt(uri, p.start);
        if (copies.length < 2) continue; // only itself
        const here = inThisArticle.get(copies)!;
        const inArticle = here.length > 1;
        // The last copy in the article is the one to remove.
        const later = inArticle && here[here.length - 1] === p.start;
        // The first few other copies, for the message and the related list; boilerplate in an
        // archive has hundreds of copies per paragraph, so stop once the list is full.
        let first: (typeof copies)[number] | undefined;
        const related: Related[] = [];
        for (const c of copies) {
          if ((c.uri === uri && c.start === p.start) || inSameStory(c)) continue;
          first ??= c;
          related.push({ uri: c.uri, range: c.range, message: 'the same paragraph' });
          if (related.length === MAX_COPIES_LISTED) break;
        }
        if (!first) continue;
        const where = first.uri === uri ? `line ${first.range.start.line + 1}` : `${fileLabel(first.uri)} line ${first.range.start.line + 1}`;
        const next = elementAfter(page, p.end);
        out.push({
          message: inArticle ? `Paragraph repeated in this article (also at ${where}).` : `Paragraph also printed in another article (${where}).`,
          start: p.start,
          end: p.end,
          severity: inArticle ? undefined : 'info',
          related,
          fixes: later
            ? [{ title: 'Remove this repeated paragraph', edits: [edit(source, source.lines[p.firstLine].start, next ? source.lines[next.firstLine].start : source.text.length, '')] }]
            : [],
        });
      }
    });
    return out;
  },
};
