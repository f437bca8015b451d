// Character classes for Chinese newspaper text. Widths are in "cells": a Han character or a
// full-width mark fills one column cell of a printed page, Latin letters and ASCII digits half of one.

const HAN = /\p{Script=Han}/u;

/** The character (code point) that ends at UTF-16 offset `i`: `𠮷` whole, not its low surrogate. */
export function charBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 && /[\ud800-\udbff]/u.test(text[i - 2]) ? text.slice(i - 2, i) : (text[i - 1] ?? '');
}

/** The character (code point) that starts at UTF-16 offset `i`. */
export function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** `text.slice(from, to)` widened so that it never holds half of a surrogate pair at either end. */
export function sliceWhole(text: string, from: number, to: number): string {
  const low = (i: number) => /[\udc00-\udfff]/u.test(text[i] ?? '');
  if (from > 0 && low(from)) from--;
  if (to < text.length && low(to)) to++;
  return text.slice(from, to);
}

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Whether `s` holds at least one Han character. */
export function hasHan(s: string): boolean {
  return HAN.test(s);
}

/**
 * A cheap superset of "Han" by UTF-16 code unit (surrogates included, since astral ideographs come
 * in pairs), for scans over every character of a page; confirm with `isHan` where it matters.
 */
export function mayBeHan(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0x3005 && code <= 0x3007) ||
    (code >= 0x3021 && code <= 0x3029) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

/** Full-width forms, CJK punctuation and CJK ideographs take a whole cell. */
function codePointWidth(cp: number): number {
  if (cp < 0x1100) return cp < 0x20 ? 0 : 0.5;
  if (
    (cp >= 0x2e80 && cp <= 0xa4cf) || // CJK radicals … Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || // full-width forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd) ||
    cp === 0x2014 ||
    cp === 0x2026 ||
    cp === 0x201c ||
    cp === 0x201d ||
    cp === 0x2018 ||
    cp === 0x2019 ||
    cp === 0x25a1 ||
    cp === 0x25a0
  ) {
    return 1;
  }
  return 0.5;
}

/** Printed width of a line in cells, ignoring surrounding whitespace. */
export function textWidth(s: string): number {
  const t = s.trim();
  let w = 0;
  // By code unit, stepping over surrogate pairs: the parse measures every line of the page.
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
      w += codePointWidth(t.codePointAt(i)!);
      i++;
    } else w += codePointWidth(c);
  }
  return w;
}

/** Marks that end a sentence, in either width. */
export const SENTENCE_FINAL = new Set(['。', '！', '？', '!', '?', '…', '；', ';']);
const SENTENCE_END = /[。！？!?；;]/u;

/** Whether a sentence ends anywhere in the text (`。！？；`, either width): a display line (title, label, summary) has none. */
export function hasSentenceEnd(s: string): boolean {
  return SENTENCE_END.test(s);
}

/** Quotation marks and brackets, each opening mark with its closing one. */
export const MARK_PAIRS: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '（': '）', '《': '》', '(': ')', '【': '】', '「': '」', '〔': '〕' };
/** Closing marks that may follow a sentence-final mark (`。”`, `！）`). */
export const CLOSERS = new Set(['”', '’', '）', ')', '」', '』', '》', '"', "'", '】', '〕']);
/** Pause marks: a line ending in one of these continues a sentence. */
export const PAUSES = new Set(['，', ',', '、', '：', ':']);

/** The last character that is not a closing mark or whitespace. */
export function lastSignificant(s: string): string {
  const t = s.trimEnd();
  let i = t.length - 1;
  while (i >= 0 && CLOSERS.has(t[i])) i--;
  return i >= 0 ? t[i] : '';
}

/** True when the text ends on a sentence-final mark or a pause (`。`, `！”`, `，`, `：`): a display line ends on neither. */
export function endsOnMark(s: string): boolean {
  const last = lastSignificant(s);
  return SENTENCE_FINAL.has(last) || PAUSES.has(last);
}

/** True when the text ends a sentence (`。`, `！”`, `……`). */
export function endsSentence(s: string): boolean {
  return SENTENCE_FINAL.has(lastSignificant(s));
}

const OPENERS = '“‘（(《「';
const CLOSING = '”’）)》」';
const CLAUSE_MARKS = '，,、；;。';
const OPENER = new RegExp(`[${OPENERS}]`, 'u');
const CLAUSE_MARK = new RegExp(`[${CLAUSE_MARKS}]`, 'u');

/**
 * Whether the text has a clause mark (，、；。) outside quotations and brackets. Headlines may quote a
 * phrase with a comma in it (`行政执法“有所为,有所不为”`); body text always has clause marks of its own.
 * A quotation still open at the end does not shelter its marks: `“此举是为了培养干部，同时也激` is body.
 */
export function hasBareClauseMark(s: string): boolean {
  // Most lines settle at once: no clause mark at all, or marks and nothing that could shelter them.
  if (!CLAUSE_MARK.test(s)) return false;
  if (!OPENER.test(s)) return true;
  const sheltered = new Set<number>();
  const open: number[] = [];
  const marks: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (OPENERS.includes(ch)) open.push(i);
    else if (CLOSING.includes(ch)) {
      const from = open.pop();
      if (from !== undefined) for (const m of marks) if (m > from) sheltered.add(m);
    } else if (CLAUSE_MARKS.includes(ch)) marks.push(i);
  }
  return marks.some((m) => !sheltered.has(m));
}
