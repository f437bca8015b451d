// What a report needs of a review once its page model is let go: the articles as a reader lists
// them, the findings, and the counts. A report on 20,000 files must not hold 20,000 page models
// (lines, blocks, elements); it holds these, one file reviewed at a time.
import type { Range } from './text/sourceText';
import type { Finding } from './rules/rule';
import type { Review } from './review';
import type { HeadlinePlacement } from './model/page';
import { countedCharacters } from './text/counted';
import { findingKey } from './accepted';

export interface ArticleDigest {
  name: string;
  untitled: boolean;
  placement: HeadlinePlacement;
  headline?: string;
  byline?: string;
  dateline?: string;
  subheads: string[];
  paragraphs: number;
  firstLine: number;
  lastLine: number;
  range: Range;
}

export interface ReviewDigest {
  /** Characters that count for the rate (everything but whitespace). */
  characters: number;
  lines: number;
  articles: ArticleDigest[];
  findings: Finding[];
  /** Each finding's key (findingKey: its rule, its text and a little either side), in the same order: stable across edits elsewhere. */
  keys: string[];
  unreadable?: string;
}

export function digestOf(review: Review): ReviewDigest {
  return {
    characters: countedCharacters(review.page.source.text),
    lines: review.page.source.lines.length,
    articles: review.page.articles.map((a) => ({
      name: a.name,
      untitled: a.untitled,
      placement: a.placement,
      ...(a.headline ? { headline: a.headline.text } : {}),
      ...(a.byline ? { byline: a.byline.text } : {}),
      ...(a.dateline ? { dateline: a.dateline.text } : {}),
      subheads: a.subheads.map((s) => s.text),
      paragraphs: a.paragraphs.length,
      firstLine: a.firstLine,
      lastLine: a.lastLine,
      range: a.range,
    })),
    findings: review.findings,
    keys: review.findings.map((f) => findingKey(review.page.source.text, f)),
    ...(review.unreadable ? { unreadable: review.unreadable } : {}),
  };
}
