// NP201: the same story twice (重稿), in this file or in another file of the workspace.
import { articleAnchor, elementAfter, textAfterDateline, type Article } from '../../model/page';
import type { SourceText } from '../../text/sourceText';
import { edit, type Draft, type Rule, type TextEdit } from '../rule';
import { describeCopy, MAX_COPIES_LISTED } from './copies';
import { normalizedText } from '../../similar';
import type { ArticleRecord } from '../../workspace';

/** Deleting an article whole: its lines and the blank lines after it, up to the next element. */
export function removeArticleEdit(source: SourceText, article: Article, nextStartLine: number | undefined): TextEdit {
  const start = source.lines[article.firstLine].start;
  const end = nextStartLine !== undefined ? source.lines[nextStartLine].start : source.text.length;
  return edit(source, start, end, '');
}

/** What a reader would miss if this copy went: its titles and paragraphs (without the dateline), normalised. */
export function wordsOf(article: Article): string[] {
  const titles = [...(article.headline ? [article.headline] : []), ...article.kickers, ...article.subtitles, ...article.extraHeadlines, ...article.subheads];
  // A piece that normalises to nothing (marks alone) is in every copy: it is kept, and changes nothing.
  return [...titles.map((e) => e.text), ...article.paragraphs.map(textAfterDateline), ...article.captions.map((c) => c.text)].map(normalizedText);
}

export const duplicateArticle: Rule = {
  id: 'NP201',
  name: 'duplicate-article',
  family: 'duplicates',
  description:
    'The same story appears twice (重稿), in this file or in another file of the workspace, whatever the layout, ' +
    'punctuation width, dateline, headline position or small edits. Each copy points to the other with a similarity figure; ' +
    '"Compare duplicate copies" shows the real differences. Two stories that share only boilerplate are not flagged.',
  severity: 'warning',
  examples: [{ note: '永川发力药品“永川造” in 000 (reflowed) and in 003 (column-wrapped, headline after the body)' }],
  readsWorkspace: true,
  check({ page, source, uri, workspace, budget = Infinity }) {
    const out: Draft[] = [];
    const normalizedCopy = (r: ArticleRecord) =>
      // Stryker disable next-line StringLiteral: a match's record comes from a document the workspace holds; the fallback is for the type checker.
      normalizedText(workspace.text(r.uri)?.slice(r.start, r.end) ?? '');
    page.articles.forEach((article, k) => {
      if (out.length >= budget) return; // the review keeps no more
      const matches = workspace.duplicatesOf(uri, k);
      if (!matches.length) return;
      // Removing a copy should lose only layout, mark width and the dateline (each paper prints
      // its own). When no other copy holds every title and paragraph of this one, the fix says so:
      // the editor compares the copies before choosing which to keep.
      const own = wordsOf(article);
      const keeper = matches.find((m) => {
        const other = normalizedCopy(m.other);
        return own.every((piece) => other.includes(piece));
      });
      const anchor = articleAnchor(article);
      const next = elementAfter(page, source.lines[article.lastLine].end);
      const best = matches[0];
      const listed = matches.slice(0, MAX_COPIES_LISTED);
      const more = matches.length - listed.length;
      const where = listed.map((m) => describeCopy(m.other, uri, m.similarity)).join('; ') + (more ? `; and ${more} more ${more > 1 ? 'copies' : 'copy'}` : '');
      out.push({
        message: `Duplicated article (重稿): “${article.name}” is also ${where}.`,
        start: anchor.start,
        end: anchor.end,
        related: listed.map((m) => ({
          uri: m.other.uri,
          range: m.other.anchor,
          message: `other copy: “${m.other.name}” (${Math.round(m.similarity * 100)}% similar)`,
        })),
        fixes: [
          {
            title: keeper
              ? `Remove this copy (lines ${article.firstLine + 1}–${article.lastLine + 1}): the copy ${describeCopy(keeper.other, uri)} holds all of it`
              : `Remove this copy (lines ${article.firstLine + 1}–${article.lastLine + 1}), although its words differ from every other copy: compare them first`,
            edits: [removeArticleEdit(source, article, next?.firstLine)],
          },
        ],
        data: {
          kind: 'duplicate',
          similarity: best.similarity,
          article: k,
          other: { uri: best.other.uri, index: best.other.index, name: best.other.name, range: best.other.range },
        },
      });
    });
    return out;
  },
};
