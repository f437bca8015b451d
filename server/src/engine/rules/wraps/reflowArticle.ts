// "Reflow this article": every column wrap and blank-line split of one article joined, whitespace
// only. Offered next to any wrap finding inside the article; computed when asked for.
import type { Article } from '../../model/page';
import type { SourceText } from '../../text/sourceText';
import type { Segmenter } from '../../segment/segmenter';
import type { Corpus, Fix } from '../rule';
import { articleReflowEdits } from './breaks';
import { splitBetween } from './splits';

export function reflowArticleFix(source: SourceText, article: Article, segmenter: Segmenter, corpus?: Corpus): Fix | undefined {
  const edits = articleReflowEdits(source, article, (a, b) => !!splitBetween(a, b, segmenter), corpus);
  return edits.length ? { title: `Reflow this article (${article.name})`, edits } : undefined;
}
