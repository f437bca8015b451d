// Where a half-width mark sits in Chinese text and may be converted (GB/T 15834 5.1), and where it
// must stay: decimals and times (`2.6`, `12:00`), thousands (`1,000`), Latin and code runs (`5G+`,
// `CXO`, `App`, `p.toString()`, `std::vector`, `a->b`), URLs, e-mail addresses, file names, HTML and
// XML entities and tags (`&quot;`, `<br/>`), emoticons (`;-)`).
import { isHan } from '../../text/chars';

export const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。' };

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

/**
 * Spans that are never touched: URLs, code (a call `p.toString()`, `foo(a, b)`; paths
 * `std::vector`, `a->b`, `obj.field`), HTML and XML entities and tags, emoticons, and quotes that
 * are part of code (`href="…"`, `{"a": 1}`). E-mail addresses and file names (`zhang.san@people.cn`,
 * `report.pdf`) need no span: their only mark is a `.` after a Latin letter or a digit, which is no
 * full stop (see fullStop).
 */
const PROTECTED = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.)[^\s\p{Script=Han}，。、；：！？）》”]+`,
    String.raw`&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);`,
    String.raw`<\/?[a-zA-Z][\w:-]*(?:\s[^<>]*)?\/?>`,
    String.raw`[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*\((?:"[^"\n]*"|'[^'\n]*'|[^()"'\p{Script=Han}])*\)`,
    String.raw`[A-Za-z_$][\w$]*(?:(?:::|->)[A-Za-z_$][\w$]*)+`,
    String.raw`[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+`,
    String.raw`[\w-]+="[^"\n]*"`,
    String.raw`\{[^{}\p{Script=Han}]*\}`,
    String.raw`(?<![\w])(?:[:;=8][-o^']?[)(\][DPpOo3|/\\]|\^_\^|>_<|T_T|\^\^)(?![\w])`,
  ].join('|'),
  'gu',
);

/**
 * What every protected span holds; text without any is not searched (the full pattern backtracks
 * over every Latin and digit run). A URL's `://` is let through by the emoticon `:/`.
 */
const MAY_PROTECT = /www\.|&|<|[A-Za-z_$][\w$]*(?:\.|::|->|\()|="|\{|[:;=8][-o^']?[)(\][DPpOo3|/\\]|\^_\^|>_<|T_T|\^\^/iu;

export function protectedSpans(text: string): [number, number][] {
  // Stryker disable next-line ConditionalExpression: a fast exit; PROTECTED finds nothing in such text either.
  if (!MAY_PROTECT.test(text)) return [];
  return [...text.matchAll(PROTECTED)].map((m) => [m.index!, m.index! + m[0].length]);
}

const isCjkMark = (ch: string) => /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019\u2014\u2026]/u.test(ch);
const chinese = (ch: string | undefined) => !!ch && (isHan(ch) || isCjkMark(ch));

/** The nearest character before or after `i` that is not a space or tab; a line break is one (and not Chinese), so the search stops there. */
function neighbour(text: string, i: number, step: 1 | -1): string | undefined {
  // Past either end of the text `text[k]` is undefined, which is neither a space nor a tab: the
  // loop ends there with no neighbour, so it needs no bounds of its own.
  for (let k = i + step; ; k += step) {
    const ch = text[k];
    // An ideographic space is not skipped: it is Chinese itself (isCjkMark).
    if (ch !== ' ' && ch !== '\t') return ch;
  }
}

/**
 * Whether the half-width mark at `i` (not a bracket: those are decided per pair, see bracketPairs)
 * belongs to Chinese text and should be full-width: a Chinese neighbour on either side. Between
 * digits (`12:00`, `1,000`) it has none.
 */
export function convertible(text: string, i: number): boolean {
  if (text[i] === '.') return fullStop(text, i);
  return chinese(neighbour(text, i, -1)) || chinese(neighbour(text, i, 1));
}

/**
 * A `.` that ends a Chinese sentence (`请求参数错误.`): right after a Chinese character or closing
 * mark, and before the end of the line, a space or Chinese text. `2.6`, `U.S.`, `...` and `a.b`
 * are not full stops.
 */
function fullStop(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  // A dot beside another (`...`) has a dot, neither Chinese nor a closing mark, on one side.
  if (!before || !(isHan(before) || /[”’）》」』]/u.test(before))) return false;
  return after === undefined || /[\n\r \u3000"'”’）)]/u.test(after) || chinese(after);
}

/** Whether a pair of marks holds or touches Chinese text: its content has a Han character, or a neighbour outside it is Chinese. */
function chinesePair(text: string, open: number, close: number): boolean {
  // From the opening mark itself, which is no Han character.
  return /\p{Script=Han}/u.test(text.slice(open, close)) || chinese(neighbour(text, open, -1)) || chinese(neighbour(text, close, 1));
}

/**
 * Bracket pairs, of either width, with at least one ASCII half, that hold or touch Chinese text:
 * `(永川区教委供图)`, `新领先(重庆)`, and a bracket typed in the other width (`（记者王政)`).
 * Whichever half is ASCII is converted.
 */
export function bracketPairs(text: string, from: number, to: number): [number, number][] {
  const pairs: [number, number][] = [];
  const stack: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) stack.push(i);
    else if ((c === 0x29 || c === 0xff09) && stack.length) {
      const open = stack.pop()!;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast exit; a pair of full-width brackets has nothing to convert.
      if ((text.charCodeAt(open) === 0x28 || c === 0x29) && chinesePair(text, open, i)) pairs.push([open, i]);
    }
  }
  return pairs;
}

/**
 * Straight quotes in Chinese text as curly ones, `"…"` → `“…”` and `'…'` → `‘…’`, paired in order
 * within the paragraph: each pair as [open, close, its opening mark, its closing mark]. A pair is
 * converted when it holds or touches Chinese text. An odd count leaves the paragraph's quotes of
 * that kind alone (which are open and which close is then a guess), and so does an apostrophe
 * between Latin letters (`don't`).
 */
export function quotePairs(text: string, from: number, to: number): [number, number, string, string][] {
  const out: [number, number, string, string][] = [];
  for (const [mark, open, close] of [
    ['"', '“', '”'],
    ["'", '‘', '’'],
  ] as const) {
    const at: number[] = [];
    for (let i = from; i < to; i++) {
      if (text[i] !== mark) continue;
      if (mark === "'" && /[A-Za-z]/u.test(text[i - 1] ?? '') && /[A-Za-z]/u.test(text[i + 1] ?? '')) continue;
      at.push(i);
    }
    if (at.length % 2) continue;
    for (let k = 0; k < at.length; k += 2) if (chinesePair(text, at[k], at[k + 1])) out.push([at[k], at[k + 1], open, close]);
  }
  return out;
}
