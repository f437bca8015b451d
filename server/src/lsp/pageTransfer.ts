// A parsed page sent from the worker thread to the server's thread, so a large document is parsed
// once, not once per half: on two cores the two parses ran side by side at half speed each.
// What the receiver can cut from the text it already has is not sent: an element's raw text and
// its range (both follow from its offsets and lines); articles name their elements by index. On
// a 10 MB archive that makes the message about a third smaller and its reading about twice as fast.
import { deserialize, serialize } from 'node:v8';
import type { Article, Element, Page, ParsedPage, SourceText } from '../engine';

type SentElement = Omit<Element, 'raw' | 'range'>;
type ElementLists = 'kickers' | 'subtitles' | 'extraHeadlines' | 'subheads' | 'paragraphs' | 'captions' | 'residue' | 'elements';
type SentArticle = Omit<Article, ElementLists | 'headline' | 'byline'> & Record<ElementLists, number[]> & { headline?: number; byline?: number };

interface SentPage {
  blocks: Page['blocks'];
  /** The page's own elements first (`own` of them), then any an article holds beyond them. */
  elements: SentElement[];
  own: number;
  articles: SentArticle[];
  outside: number[];
}

const LISTS: readonly ElementLists[] = ['kickers', 'subtitles', 'extraHeadlines', 'subheads', 'paragraphs', 'captions', 'residue', 'elements'];

export function packPage(page: Page): Uint8Array {
  const index = new Map<Element, number>();
  const elements: SentElement[] = [];
  const at = (e: Element): number => {
    let k = index.get(e);
    if (k === undefined) {
      k = elements.length;
      index.set(e, k);
      const { raw: _raw, range: _range, ...rest } = e;
      elements.push(rest);
    }
    return k;
  };
  // An element's index; -1 for a key the parser set to undefined, undefined for a key it left out.
  const one = (a: Article, key: 'headline' | 'byline'): number | undefined => (a[key] ? at(a[key]) : key in a ? -1 : undefined);
  page.elements.forEach(at);
  const articles = page.articles.map((a): SentArticle => {
    const lists = Object.fromEntries(LISTS.map((key) => [key, a[key].map(at)])) as Record<ElementLists, number[]>;
    return { ...a, ...lists, headline: one(a, 'headline'), byline: one(a, 'byline') };
  });
  const sent: SentPage = { blocks: page.blocks, elements, own: page.elements.length, articles, outside: page.outside.map(at) };
  return serialize(sent);
}

/** The page as the sender had it, against `source` (the same text). */
export function unpackPage(bytes: Uint8Array, source: SourceText): ParsedPage {
  const sent = deserialize(bytes) as SentPage;
  const elements = sent.elements.map((e): Element => {
    const element = e as Element;
    element.raw = source.text.slice(e.start, e.end);
    element.range = source.rangeOnLines(e.firstLine, e.lastLine, e.start, e.end);
    return element;
  });
  const articles = sent.articles.map((a): Article => {
    const article = a as unknown as Article;
    for (const key of LISTS) article[key] = a[key].map((k) => elements[k]);
    for (const key of ['headline', 'byline'] as const) {
      const k = a[key];
      if (k === undefined) delete article[key];
      else article[key] = k < 0 ? undefined : elements[k];
    }
    return article;
  });
  return { blocks: sent.blocks, elements: elements.slice(0, sent.own), articles, outside: sent.outside.map((k) => elements[k]) };
}
