// Breaks in running text: the places where a line break (and maybe blank lines and stray spaces)
// cuts what should be continuous. Wrap rules find them, and their repairs all come down to
// `joinEdit`, which removes only the whitespace of the break.
import type { Article, Element } from '../../model/page';
import type { SourceText } from '../../text/sourceText';
import { edit, type Corpus, type TextEdit } from '../rule';

export interface Break {
  /** Offset just after the last non-blank character before the break. */
  leftEnd: number;
  /** Offset of the first non-blank character after it. */
  rightStart: number;
}

const LATIN = /[A-Za-z]/;

/** What replaces a break when the two sides are joined: nothing, except between two Latin words. */
export function joiner(left: string, right: string): string {
  const a = left.slice(-1);
  const b = right.slice(0, 1);
  if (LATIN.test(a) && LATIN.test(b)) {
    const acronym = /[A-Z]$/.test(left) && /^[A-Z]/.test(right);
    return acronym ? '' : ' ';
  }
  return '';
}

export interface Hyphenation {
  /** `CD-MO` */
  hyphened: string;
  /** `CDMO` */
  joined: string;
  /** The unhyphenated form is attested (in the corpus, or in this text) at least as often as the hyphenated one. */
  evidence: boolean;
}

/** A Latin word hyphenated at the break (`CD-` ⏎ `MO`), and whether dropping the hyphen is supported by usage. */
export function hyphenationAt(source: SourceText, br: Break, corpus?: Corpus): Hyphenation | undefined {
  const text = source.text;
  const l = /([A-Za-z0-9]+)-$/.exec(text.slice(Math.max(0, br.leftEnd - 16), br.leftEnd));
  const r = /^[A-Za-z0-9]+/.exec(text.slice(br.rightStart, br.rightStart + 16));
  if (!l || !r) return undefined;
  const joined = l[1] + r[0];
  const hyphened = `${l[1]}-${r[0]}`;
  const count = (s: string) => corpus?.count(s) ?? text.split(s).length - 1;
  return { hyphened, joined, evidence: count(joined) > 0 && count(joined) >= count(hyphened) };
}

/**
 * The edit that joins the two sides of a break: only its whitespace goes, except that a wrap
 * hyphen whose unhyphenated word is attested goes too (`CD-` ⏎ `MO` → `CDMO`), so that every
 * repair of the same break agrees.
 */
export function joinEdit(source: SourceText, br: Break, corpus?: Corpus): TextEdit {
  const text = source.text;
  const h = hyphenationAt(source, br, corpus);
  if (h?.evidence) return edit(source, br.leftEnd - 1, br.rightStart, '');
  // Stryker disable next-line MethodExpression: a window, for speed; joiner reads only the left side's end.
  return edit(source, br.leftEnd, br.rightStart, joiner(text.slice(Math.max(0, br.leftEnd - 8), br.leftEnd), text.slice(br.rightStart, br.rightStart + 8)));
}

/** The line breaks inside a multi-line element. */
export function lineBreaks(source: SourceText, e: Element): Break[] {
  const out: Break[] = [];
  for (let i = e.firstLine; i < e.lastLine; i++) {
    const line = source.lines[i];
    const next = source.lines[i + 1];
    out.push({
      leftEnd: line.start + line.text.trimEnd().length,
      rightStart: next.start + (next.text.length - next.text.trimStart().length),
    });
  }
  return out;
}

export function breakBetween(a: Element, b: Element): Break {
  return { leftEnd: a.end, rightStart: b.start };
}

/** Consecutive element pairs of an article, in source order. */
export function pairs(article: Article): [Element, Element][] {
  const out: [Element, Element][] = [];
  for (let i = 1; i < article.elements.length; i++) out.push([article.elements[i - 1], article.elements[i]]);
  return out;
}

/** A body paragraph that continues text rather than opening an article. */
export const isContinuation = (e: Element) => e.kind === 'paragraph' && !e.dateline;

/** Every break where running text may be cut: inside paragraphs, and between consecutive body paragraphs. */
export function textBreaks(source: SourceText, article: Article): Break[] {
  const out: Break[] = [];
  for (const p of article.paragraphs) out.push(...lineBreaks(source, p));
  for (const [a, b] of pairs(article)) if (a.kind === 'paragraph' && isContinuation(b)) out.push(breakBetween(a, b));
  return out.sort((x, y) => x.leftEnd - y.leftEnd);
}

/** A short view of the two sides of a break for messages: `…稳就业促就|业“答卷”…`. */
export function showBreak(source: SourceText, br: Break, width = 6): string {
  const left = [
    ...source.text
      // Stryker disable next-line MethodExpression: a window, for speed; the last line's last characters are the same from any start before them.
      .slice(Math.max(0, br.leftEnd - width * 2), br.leftEnd)
      .split(/\r?\n|\r/)
      .pop()!,
  ]
    .slice(-width)
    .join('');
  const right = [...source.text.slice(br.rightStart, br.rightStart + width * 2).split(/\r?\n|\r/)[0]].slice(0, width).join('');
  return `${left}|${right}`;
}

/** Reflowing all of an article's wrapped paragraphs and blank-line splits. */
export function articleReflowEdits(source: SourceText, article: Article, isSplit: (a: Element, b: Element) => boolean, corpus?: Corpus): TextEdit[] {
  const breaks: Break[] = [];
  for (const p of article.paragraphs) breaks.push(...lineBreaks(source, p));
  for (const [a, b] of pairs(article)) if (isSplit(a, b)) breaks.push(breakBetween(a, b));
  return breaks.sort((x, y) => x.leftEnd - y.leftEnd).map((br) => joinEdit(source, br, corpus));
}

/** The finding range for a break: the last character before it and the first after it, so the squiggle shows both sides. */
export function aroundBreak(text: string, br: Break): { start: number; end: number } {
  // Stryker disable next-line EqualityOperator: no character is U+FFFF (a noncharacter), so > and >= agree.
  const before = text.codePointAt(br.leftEnd - 2)! > 0xffff ? 2 : 1;
  // Stryker disable next-line EqualityOperator: as above.
  const after = (text.codePointAt(br.rightStart) ?? 0) > 0xffff ? 2 : 1;
  return { start: Math.max(0, br.leftEnd - before), end: Math.min(text.length, br.rightStart + after) };
}
