// The page model every rule shares: blocks of lines, the elements they hold, and the articles
// the elements make up. Every element keeps its exact source range (UTF-16 positions).
import type { Range, SourceText } from '../text/sourceText';

export type Layout = 'reflowed' | 'column';

/** A maximal run of non-blank lines. */
export interface Block {
  firstLine: number;
  lastLine: number;
}

/** The lines of a title block, told apart once the parser has found the block. */
export type TitleKind = 'headline' | 'kicker' | 'subtitle' | 'subhead';
/** What a block of body text is; the parser's roles are these and `heading` (a title block not yet told apart). */
export type BodyKind = 'byline' | 'paragraph' | 'caption' | 'credit' | 'banner' | 'fragment' | 'editors' | 'docnumber' | 'note';
export type ElementKind = TitleKind | BodyKind;

/** The kinds of display line that title an article or a section. */
export const TITLE_KINDS: ReadonlySet<ElementKind> = new Set<ElementKind>(['headline', 'kicker', 'subtitle', 'subhead']);

export interface Element {
  kind: ElementKind;
  /** Source lines first..last (0-based, inclusive). */
  firstLine: number;
  lastLine: number;
  /** Offsets of the element's text, from its first non-blank character to its last one. */
  start: number;
  end: number;
  range: Range;
  /** The element's text with its line breaks, as in the source, trimmed. */
  raw: string;
  /** The element's text with column wraps undone and headline marks removed. */
  text: string;
  layout: Layout;
  /** For column-wrapped elements, the column width in cells (a Han character is one cell). */
  columnWidth?: number;
  /** Markdown-like headline level (`#` = 1, `##` = 2) where the source marks it. */
  level?: number;
  /** For a paragraph that opens with a dateline (`本报讯(…)`), the dateline's offsets. */
  dateline?: { start: number; end: number; range: Range; text: string };
  /** Index of the block the element came from. */
  block: number;
}

export type HeadlinePlacement = 'before' | 'after' | 'none';

export interface Article {
  /** Position in the page, 0-based. */
  index: number;
  /** The name editors know the article by: its headline, else its byline or first words. */
  name: string;
  untitled: boolean;
  headline?: Element;
  /** Whether the headline stands before its body (as printed) or after it (extraction order). */
  placement: HeadlinePlacement;
  kickers: Element[];
  subtitles: Element[];
  /** Headlines beyond the main one (a second title cluster, or a trailing one as well as a leading one). */
  extraHeadlines: Element[];
  byline?: Element;
  dateline?: Element['dateline'];
  subheads: Element[];
  paragraphs: Element[];
  captions: Element[];
  residue: Element[];
  /** Every element of the article, in source order. */
  elements: Element[];
  firstLine: number;
  lastLine: number;
  range: Range;
}

export interface Page {
  source: SourceText;
  blocks: Block[];
  elements: Element[];
  articles: Article[];
  /** Elements before the first article or otherwise outside every article. */
  outside: Element[];
}

/** A page without its text: what another thread sends of a parse (the receiver has the text). */
export type ParsedPage = Omit<Page, 'source'>;

/** Where a reader finds an article: its headline, else its byline, else its first element. */
/** An element's text after its dateline (`本报讯(…)`): what is the same when two papers print one story. */
export function textAfterDateline(e: Element): string {
  return e.dateline ? e.text.slice(e.dateline.text.length) : e.text;
}

export function articleAnchor(a: Article): Element {
  return a.headline ?? a.byline ?? a.elements[0];
}

/** The findings an editor sees for an article (hints excluded), by the line they start on. */
export function findingsInArticle<F extends { severity: string; range: { start: { line: number } } }>(findings: readonly F[], a: { firstLine: number; lastLine: number }): F[] {
  return findings.filter((f) => f.severity !== 'hint' && f.range.start.line >= a.firstLine && f.range.start.line <= a.lastLine);
}

/** The first element that starts after `offset` (elements are in text order): a binary search, since a long page has tens of thousands. */
export function elementAfter(page: Page, offset: number): Element | undefined {
  const els = page.elements;
  let lo = 0;
  let hi = els.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (els[mid].start > offset) hi = mid;
    else lo = mid + 1;
  }
  return els[lo];
}
