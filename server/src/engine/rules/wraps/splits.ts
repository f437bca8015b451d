// When two consecutive pieces of an article are one paragraph cut in two by a blank line.
import type { Element } from '../../model/page';
import { endsOnMark, endsSentence, hasSentenceEnd, lastSignificant, MARK_PAIRS, textWidth } from '../../text/chars';
import { straddling, type Segmenter } from '../../segment/segmenter';
import { isContinuation } from './breaks';

export type SplitKind = 'mid-word' | 'mid-sentence' | 'at-comma' | 'after-colon' | 'hyphen' | 'number';

export interface Split {
  kind: SplitKind;
  /** The word that straddles the break, when the segmenter found one. */
  word?: string;
  /**
   * Set when the text leaves the question open: the part before is a short line without a final
   * mark, which is as likely a subhead or title line standing above its paragraph (`守好生态根基，
   * 全域旅游底气足` ⏎⏎ `金秋十月，…`), or it ends in a colon that may open a list or a quotation.
   */
  open?: boolean;
  /** The words show the sentence running on across the break (a mark left open, a last word that wants more). */
  runsOn?: boolean;
}

/** At most this wide (cells), a one-line piece without a final mark may be a subhead or a title line. */
const SUBHEAD_WIDTH = 30;

/** Characters a subhead or title line does not end on: prepositions, particles and conjunctions that want what follows. */
const OPEN_END = /[的地得在从对把被将向与和及或并而是为了着让使给比跟同于以由]$/u;
/** Characters a sentence does not start on: particles and conjunctions that continue one. */
const OPEN_START = /^[的地得了着过们和与及或并而者所之其]/u;

/**
 * How a new sentence opens: a date or time (`1月29日，`, `2018年8月，`, `去年3月，`), a time word
 * (`前不久`, `日前`, `近年来`), a block mark (`■`, `【`), or a whole first clause that sets the time
 * or the source (`春节前夕，`, `最近几天，`, `这两年，`, `曾几何时，`, `据报道，`, `随着…，`). After a piece without a
 * final mark, such an opening says the piece was a line of its own (a title, a lead, a summary).
 */
/** Words that link a sentence to the one before (`此外，`, `与此同时，`): no title or subhead line opens on one. */
const CONNECTIVES = '此外|另外|同时|与此同时|为此|对此|因此|然而|此后|随后|首先|其次|最后|一方面|另一方面';
const CONNECTIVE_OPENING = new RegExp(`^(?:${CONNECTIVES})，`, 'u');
const SENTENCE_OPENING = new RegExp(
  String.raw`^(?:[0-9０-９]{1,4}年(?:[0-9０-９]{1,2}月)?|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|(?:去|今|明|前|当)年|前不久|不久前|日前|近日|近年来|近期|目前|当前|如今|此前|眼下|今天|昨天|春节期间|[■●◆【])|^(?:[^，。、；：“”]{0,4}(?:年|月|天|前夕|假期|期间|上午|下午|晚上|早上|凌晨|傍晚|时节|时候|之际|以来)|曾几何时|据[^，。]{1,6}|(?:伴)?随着[^，。]{1,16}|${CONNECTIVES})，`,
  'u',
);
/** Whether a piece opens on a connective (`此外，`), as no title, subhead or display line does. */
export const opensOnConnective = (text: string) => CONNECTIVE_OPENING.test(text);

/** A piece that ends in a closing quote or bracket (`…（共建一带一路）`, `…“金字招牌”`) and no final mark: a title or a slogan line. */
const ENDS_CLOSED = /[”’）)】」』》]$/u;

/** Both sides short lines and the left ends on a comma: a couplet of verse printed a line per paragraph (`漫漫归乡路，` ⏎⏎ `自驾不再怵。`). */
function isVerse(left: string, right: string): boolean {
  return textWidth(left) <= 12 && textWidth(right) <= 12 && endsSentence(right);
}

/** A line of verse or a song is at most this wide; a paragraph cut after a comma is longer than two of them. */
const VERSE_LINE_WIDTH = 20;

/** A one-line paragraph no wider than a line of verse, closed by its own mark. */
export function isVerseLine(e: Element | undefined): boolean {
  return e !== undefined && e.kind === 'paragraph' && e.firstLine === e.lastLine && textWidth(e.text) <= VERSE_LINE_WIDTH && endsOnMark(e.text);
}

/**
 * A short piece without a final mark that could stand above its paragraph as a subhead: not when it
 * opens with a dateline or a date (it is a paragraph's start), holds a sentence end (a subhead is
 * one line of display), or runs to the column edge.
 */
function couldBeSubhead(a: Element): boolean {
  if (a.dateline || textWidth(a.text) > SUBHEAD_WIDTH || runsToColumnEdge(a)) return false;
  return !hasSentenceEnd(a.text) && !SENTENCE_OPENING.test(a.text);
}

/** The closing mark the piece still waits for (`践行“三严三` waits for `”`), if any. */
function unclosedMark(left: string): string | undefined {
  // Stryker disable next-line ArrayDeclaration: a stack that starts with something else only adds a closer no text holds.
  const open: string[] = [];
  for (const ch of left) {
    if (MARK_PAIRS[ch]) open.push(MARK_PAIRS[ch]);
    else if (open.length && ch === open[open.length - 1]) open.pop();
  }
  return open[open.length - 1];
}

/** jieba's tags for a preposition and a conjunction: no title, subhead or summary ends on one (nor on `的`, which OPEN_END holds). */
const WANTS_MORE = new Set(['p', 'c']);
/**
 * Words that lean on the word before them and open no sentence or paragraph: the particles `的`, `地`,
 * `得`, `了`, `着`, `过`, `们`; a conjunction standing alone (`和` in `…极大的激励` ⏎⏎ `和鼓舞`, `与`, `及`,
 * `或`, `并`); a place or time word standing alone (`后` in `…脱贫摘帽` ⏎⏎ `后被派来的`, `时`, `中`,
 * `内`, `外`, `里`, `间`). Longer words that start with them (`与此同时`, `中国`, `后来`) open sentences freely,
 * and so does a comparison (`与冰雪强国相比，…`, `和往年一样，…`).
 */
const LEANS_BACK = /^[的地得了着过们和与及或并后时中内外里间]$/u;
const COMPARISON_OPENING = /^[与和同跟][^，。！？；]{0,24}(?:相比|相较|比较|一样|一道|一起|同样|相同|不同)/u;

/**
 * Evidence in the words themselves that the text runs on across the break: a mark opened before it
 * and closed after it (`践行“三严三` ⏎⏎ `实”`), a last word that wants what follows (a preposition,
 * a conjunction, `的`, or `是` alone: `…杨鼎新决赛的对手是`), or a first word that leans on the one before (`…动车也是我们` ⏎⏎ `的客户`).
 * Words, not characters: `导向`, `高地` and `供给` end titles although `向`, `地` and `给` alone would not.
 */
export function runsOn(left: string, right: string, seg: Segmenter): boolean {
  const closer = unclosedMark(left);
  if (closer && right.includes(closer)) return true;
  if (!seg.tag) return OPEN_END.test(left) || (OPEN_START.test(right) && !COMPARISON_OPENING.test(right));
  // Stryker disable next-line MethodExpression,UnaryOperator: a window, for speed; jieba cuts the last words the same with more before them.
  const tail = seg.tag([...left].slice(-8).join(''));
  // Stryker disable next-line MethodExpression,StringLiteral: as above, and a separator between characters leaves the first word as it is.
  const head = seg.tag([...right].slice(0, 8).join(''));
  const last = tail[tail.length - 1];
  const first = head[0];
  if (last && (WANTS_MORE.has(last.tag) || (last.word !== '了' && OPEN_END.test(last.word) && last.word.length === 1))) return true;
  return first !== undefined && LEANS_BACK.test(first.word) && !COMPARISON_OPENING.test(right);
}

/** A column-wrapped piece whose last line runs to the column's edge was cut at a column break, as no subhead is. */
function runsToColumnEdge(a: Element): boolean {
  // A one-line piece has no column width, and no column edge to run to.
  const lastLine = a.raw.slice(a.raw.lastIndexOf('\n') + 1);
  return textWidth(lastLine) >= (a.columnWidth ?? Infinity) - 1;
}

const LIST_ITEM = /^(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|[0-9]{1,2}[.、．]|[●■◆▲★※·•])/u;
/** Characters that follow a number as its unit or measure word. */
export const UNIT_START = /^[年月日时分秒号个家人名件项次元万亿千百米克吨斤亩倍户场所台辆套份篇条座处岁天周期届批只头株棵%％‰多余]/u;

/** The kind of cut between two raw texts (`left` ends right before the break, `right` starts right after). */
export function cutKind(left: string, right: string): 'hyphen' | 'number' | undefined {
  if (/[A-Za-z0-9]-$/.test(left) && /^[A-Za-z0-9]/.test(right)) return 'hyphen';
  if (/[0-9０-９]$/.test(left) && (/^[0-9０-９]/.test(right) || UNIT_START.test(right))) return 'number';
  return undefined;
}

/**
 * Decides whether `b` continues the sentence `a` leaves open. Real boundaries are never splits:
 * `a` ends a sentence, `b` opens with a dateline, or both are list items. A one-line subhead counts
 * only when the segmenter sees a word across the break (`新领先…一体化研` | `发服务…`).
 */
export function splitBetween(a: Element, b: Element, seg: Segmenter): Split | undefined {
  if (!isContinuation(b)) return undefined;
  const left = a.text;
  const right = b.text;
  const cut = cutKind(left, right);
  // A short piece of a cut paragraph can pass for a subhead, or for the headline of an article whose body is the rest.
  if ((a.kind === 'subhead' || a.kind === 'headline') && a.firstLine === a.lastLine && seg.kind === 'jieba' && !cut) {
    const word = straddling(seg, left, right);
    if (word) return { kind: 'mid-word', word };
    // No subhead ends on `的` or a preposition, or leaves a quotation open (`杨鼎新决赛的对手是` ⏎⏎ `时越。`).
    return !endsSentence(left) && runsOn(left, right, seg) ? { kind: 'mid-sentence' } : undefined;
  }
  if (a.kind !== 'paragraph') return undefined;
  if (cut) return { kind: cut };
  if (endsSentence(left)) return undefined;
  if (LIST_ITEM.test(right) && (LIST_ITEM.test(left) || /[：:]$/.test(left))) return undefined;
  // A lead-in that ends in a dash (`…，四川省丹棱县——`, `云南玉溪顾芸——`) introduces what follows.
  if (/[—－-]$/u.test(left)) return undefined;
  const last = lastSignificant(left);
  if (last === '，' || last === ',' || last === '、') return isVerse(left, right) ? { kind: 'at-comma', open: true } : { kind: 'at-comma' };
  if (last === '：' || last === ':') return { kind: 'after-colon', open: true };
  const word = straddling(seg, left, right);
  const runs = runsOn(left, right, seg);
  if (word && seg.kind === 'jieba') return { kind: 'mid-word', word, open: !runs && (SENTENCE_OPENING.test(right) || ENDS_CLOSED.test(left)) };
  const standsAlone = !runs && (couldBeSubhead(a) || SENTENCE_OPENING.test(right) || ENDS_CLOSED.test(left));
  return standsAlone ? { kind: 'mid-sentence', open: true } : { kind: 'mid-sentence', runsOn: runs };
}
