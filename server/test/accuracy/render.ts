// Renders the articles of one printed page as PDF/OCR extraction leaves the page: reflowed (a
// paragraph a line), column-wrapped (hard breaks every 10–17 cells, by Chinese line-breaking
// rules), or both on one page, article by article. Title blocks stand line by line as printed,
// datelines, bylines, captions and credits stay where the copy has them. Nothing of the text is
// lost or changed: only line breaks are added, so every paragraph's offsets are known exactly.
import { Dice } from '../random';
import type { CorpusPage } from './corpus';

export type Layout = 'reflowed' | 'column' | 'mixed';
export const LAYOUTS: readonly Layout[] = ['reflowed', 'column', 'mixed'];

export interface Span {
  start: number;
  end: number;
}

export interface RenderedParagraph extends Span {
  /** Each printed line (one for a reflowed paragraph). */
  lines: Span[];
}

export interface RenderedArticle extends Span {
  id: string;
  layout: 'reflowed' | 'column';
  /** Column width in cells (full-width characters), for a column-wrapped article. */
  width?: number;
  titleLines: Span[];
  paragraphs: RenderedParagraph[];
}

export interface RenderedPage {
  /** `yyyymmdd-pp/layout/seed`: which page, how it was laid out. */
  id: string;
  layout: Layout;
  text: string;
  articles: RenderedArticle[];
}

/** Closing marks may not start a line (GB/T 15834 5.1.3): they hang at the end of the line before. */
const CLOSING = new Set('，。、；：？！”’）》」』〕】…—·％%'.split(''));
/** Opening marks may not end a line: they go down to the next. */
const OPENING = new Set('“‘（《「『〔【'.split(''));
/** Digits, Latin letters and what binds them (`2.6`, `1,200`, `5G`, `CD-MO`): set as one unit, never broken. */
const UNBREAKABLE = /[0-9A-Za-z][0-9A-Za-z.,:\-/+_%]*[0-9A-Za-z%]|[0-9A-Za-z]/y;

/** Cells a character takes: one for CJK and full-width forms, half for ASCII. */
const cells = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

/** The text split into units a line may not cut: a digit or Latin run, or one character. */
function units(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    UNBREAKABLE.lastIndex = i;
    const m = UNBREAKABLE.exec(text);
    const cp = text.codePointAt(i)!;
    const unit = m ? m[0] : String.fromCodePoint(cp);
    out.push(unit);
    i += unit.length;
  }
  return out;
}

/** A paragraph set in a column `width` cells wide: the lines, joined they are the paragraph again. */
export function wrapColumn(text: string, width: number): string[] {
  const lines: string[][] = [[]];
  let used = 0;
  for (const unit of units(text)) {
    const line = lines[lines.length - 1];
    const w = cells(unit);
    // A closing mark hangs past the measure rather than open the next line.
    if (used + w <= width || line.length === 0 || CLOSING.has(unit)) {
      line.push(unit);
      used += w;
      continue;
    }
    const next: string[] = [unit];
    // An opening mark may not end a line: it goes down with what it opens.
    while (line.length > 1 && OPENING.has(line[line.length - 1])) next.unshift(line.pop()!);
    lines.push(next);
    used = next.reduce((n, u) => n + cells(u), 0);
  }
  return lines.map((l) => l.join('')).filter((l) => l !== '');
}

/** Builds the page text while recording where each piece went. */
class PageWriter {
  private parts: string[] = [];
  private length = 0;

  write(s: string): Span {
    const span = { start: this.length, end: this.length + s.length };
    this.parts.push(s);
    this.length += s.length;
    return span;
  }

  get text(): string {
    return this.parts.join('');
  }
}

export function renderPage(page: CorpusPage, layout: Layout, seed: number): RenderedPage {
  const dice = Dice.seeded(seed);
  const out = new PageWriter();
  const articles: RenderedArticle[] = [];
  for (const [k, a] of page.articles.entries()) {
    if (k > 0) out.write('\n\n');
    const own = layout === 'mixed' ? (dice.chance(0.5) ? 'column' : 'reflowed') : layout;
    const width = own === 'column' ? dice.int(10, 17) : undefined;
    const start = out.write('').start;
    const titleLines = a.titleLines.map((t) => {
      const span = out.write(t);
      out.write('\n');
      return span;
    });
    const paragraphs: RenderedParagraph[] = [];
    for (const p of a.paragraphs) {
      out.write('\n');
      const lines = (width ? wrapColumn(p, width) : [p]).map((l) => {
        const span = out.write(l);
        out.write('\n');
        return span;
      });
      paragraphs.push({ start: lines[0].start, end: lines[lines.length - 1].end, lines });
    }
    articles.push({ id: a.id, layout: own, ...(width ? { width } : {}), titleLines, paragraphs, start, end: paragraphs[paragraphs.length - 1].end });
  }
  return { id: `${page.id}/${layout}/${seed}`, layout, text: out.text, articles };
}
