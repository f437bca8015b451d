// The figures of a page, article by article: each figure with its source range, the element it is
// in (headline or body), and its sentence. Built once per page and shared by every figure rule.
import type { Article, Element, ElementKind, Page } from '../model/page';
import type { Range, SourceText } from '../text/sourceText';
import { extractFigures } from './extract';
import { drain } from '../steps';
import type { Figure } from './figure';
import { flatten, sourceSpan, type Flat } from '../text/flatten';

export type Place = 'title' | 'body' | 'caption';

export interface PlacedFigure {
  figure: Figure;
  /** Source offsets and range. */
  start: number;
  end: number;
  readonly range: Range;
  element: Element;
  place: Place;
  /** Index of the element in its article, and of the sentence in the element. */
  elementIndex: number;
  sentence: number;
  /** The flattened text of the element the figure was read from (for rules that read around it). */
  flat: Flat;
}

export interface ArticleFigures {
  article: Article;
  figures: PlacedFigure[];
}

const PLACE: Partial<Record<ElementKind, Place>> = {
  headline: 'title',
  kicker: 'title',
  subtitle: 'title',
  subhead: 'title',
  paragraph: 'body',
  caption: 'caption',
};

const cache = new WeakMap<Page, ArticleFigures[]>();

export function pageFigures(page: Page): ArticleFigures[] {
  return cache.get(page) ?? drain(pageFiguresSteps(page));
}

/** Articles read between two yields: on a 10 MB archive reading every figure takes about 400 ms. */
const ARTICLES_PER_STEP = 300;

/** Reads the page's figures, yielding every few hundred articles; the figure rules then find them ready. */
export function* pageFiguresSteps(page: Page): Generator<void, ArticleFigures[]> {
  const ready = cache.get(page);
  if (ready) return ready;
  const out: ArticleFigures[] = [];
  for (const article of page.articles) {
    out.push(articleFigures(page, article));
    if (out.length % ARTICLES_PER_STEP === 0) yield;
  }
  cache.set(page, out);
  return out;
}

/**
 * A figure where it stands. Its range is worked out when a rule asks (a message's line number, a
 * related location): most of a page's figures never appear in a finding, and two binary searches
 * of the line table per figure were a tenth of the figure reading on a 10 MB archive.
 */
class Placed implements PlacedFigure {
  private lazyRange: Range | undefined;
  constructor(
    readonly figure: Figure,
    readonly start: number,
    readonly end: number,
    private readonly source: SourceText,
    readonly element: Element,
    readonly place: Place,
    readonly elementIndex: number,
    readonly sentence: number,
    readonly flat: Flat,
  ) {}

  get range(): Range {
    return (this.lazyRange ??= this.source.range(this.start, this.end));
  }
}

function articleFigures(page: Page, article: Article): ArticleFigures {
  const figures: PlacedFigure[] = [];
  article.elements.forEach((element, elementIndex) => {
    const place = PLACE[element.kind];
    if (!place) return;
    const from = element.dateline ? element.dateline.end : element.start;
    const flat = flatten(page.source.text, from, element.end);
    const sentences = sentenceStarts(flat.text);
    // Figures come in reading order: the sentence index only moves forward.
    let sentence = 0;
    for (const figure of extractFigures(flat.text)) {
      const { start, end } = sourceSpan(flat, figure.start, figure.end);
      while (sentence + 1 < sentences.length && sentences[sentence + 1] <= figure.start) sentence++;
      figures.push(new Placed(figure, start, end, page.source, element, place, elementIndex, sentence, flat));
    }
  });
  return { article, figures };
}

/**
 * A sentence ends after a run of end marks and the closing quotes or brackets that follow them
 * (`……合作。”随后` ends after `”`): the next sentence starts past them.
 */
const SENTENCE_END = /[。！？!?]+[”’」』）)]*/gu;

function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** Every placed figure of the page, article by article, in reading order. */
export function placedFigures(page: Page): readonly PlacedFigure[] {
  // Several rules ask per review; on a 10 MB page the list has 100,000+ figures.
  let all = placedCache.get(page);
  if (!all) placedCache.set(page, (all = pageFigures(page).flatMap((af) => af.figures)));
  return all;
}

const placedCache = new WeakMap<Page, PlacedFigure[]>();

/** Figures a rule may compare as quantities (not dates, ordinals, codes or times of day). */
export function isQuantity(f: Figure): boolean {
  return f.kind === 'count' || f.kind === 'percent';
}
