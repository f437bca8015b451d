// Where a half-width mark sits in Chinese text and may be converted (GB/T 15834 5.1), and where it
// must stay: decimals and times (`2.6`, `12:00`), thousands (`1,000`), Latin and code runs (`5G+`,
// `CXO`, `App`), URLs, e-mail addresses and file names.
import { isHan } from '../../text/chars';

export const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * A lookup by UTF-16 code unit for a handful of marks: the punctuation rules test every character
 * of a page, and `text[i] in table` allocates a string per character (a third of a 10 MB review).
 */
export function markTable(marks: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const m of marks) table[m.charCodeAt(0)] = 1;
  return table;
}

const HALF_MARKS = markTable(Object.keys(HALF_TO_FULL));

/** Whether the character at `i` is one of the half-width marks GB/T 15834 wants full-width. */
export function isHalfWidthMark(text: string, i: number): boolean {
  return HALF_MARKS[text.charCodeAt(i)] === 1;
}

/** Spans that are never touched: URLs, e-mail addresses, file names, Latin runs with inner marks. */
const PROTECTED = /(?:https?:\/\/|www\.)[^\s\p{Script=Han}，。、；：！？）》”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+\.(?:txt|pdf|docx?|xlsx?|jpg|png|html?)\b/giu;

/** What every protected span holds; text without any is not searched (the full pattern backtracks over every Latin and digit run). */
const MAY_PROTECT = /@|www\.|https?:|\.(?:txt|pdf|docx?|xlsx?|jpg|png|html?)\b/i;

export function protectedSpans(text: string): [number, number][] {
  if (!MAY_PROTECT.test(text)) return [];
  return [...text.matchAll(PROTECTED)].map((m) => [m.index!, m.index! + m[0].length]);
}

const isCjkMark = (ch: string) => /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019\u2014\u2026]/u.test(ch);
const chinese = (ch: string | undefined) => !!ch && (isHan(ch) || isCjkMark(ch));

function neighbour(text: string, i: number, step: 1 | -1): string | undefined {
  for (let k = i + step; k >= 0 && k < text.length; k += step) {
    const ch = text[k];
    if (ch !== ' ' && ch !== '\t' && ch !== '\u3000') return ch === '\n' || ch === '\r' ? undefined : ch;
  }
  return undefined;
}

/** Whether the half-width mark at `i` belongs to Chinese text and should be full-width. */
export function convertible(text: string, i: number): boolean {
  const ch = text[i];
  const before = neighbour(text, i, -1);
  const after = neighbour(text, i, 1);
  const digit = (c: string | undefined) => !!c && /[0-9]/.test(c);
  if ((ch === ':' || ch === ',') && digit(before) && digit(after)) return false; // 12:00, 1,000
  if (ch === '(' || ch === ')') return false; // decided per pair, see bracketPairs
  return chinese(before) || chinese(after);
}

/** Pairs of ASCII parentheses whose content or neighbours are Chinese: `(永川区教委供图)`, `新领先(重庆)`. */
export function bracketPairs(text: string, from: number, to: number): [number, number][] {
  const pairs: [number, number][] = [];
  const stack: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) stack.push(i);
    else if (c === 0x29 && stack.length) {
      const open = stack.pop()!;
      const inner = text.slice(open + 1, i);
      if (/\p{Script=Han}/u.test(inner) || chinese(neighbour(text, open, -1)) || chinese(neighbour(text, i, 1))) pairs.push([open, i]);
    }
  }
  return pairs;
}
