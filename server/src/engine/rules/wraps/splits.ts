// When two consecutive pieces of an article are one paragraph cut in two by a blank line.
import type { Element } from '../../model/page';
import { endsSentence, lastSignificant } from '../../text/chars';
import { straddling, type Segmenter } from '../../segment/segmenter';
import { isContinuation } from './breaks';

export type SplitKind = 'mid-word' | 'mid-sentence' | 'at-comma' | 'after-colon' | 'hyphen' | 'number';

export interface Split {
  kind: SplitKind;
  /** The word that straddles the break, when the segmenter found one. */
  word?: string;
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
  if (a.kind === 'subhead' && a.firstLine === a.lastLine && seg.kind === 'jieba' && !cut) {
    const word = straddling(seg, left, right);
    return word ? { kind: 'mid-word', word } : undefined;
  }
  if (a.kind !== 'paragraph') return undefined;
  if (cut) return { kind: cut };
  if (endsSentence(left)) return undefined;
  if (LIST_ITEM.test(right) && (LIST_ITEM.test(left) || /[：:]$/.test(left))) return undefined;
  const last = lastSignificant(left);
  if (last === '，' || last === ',' || last === '、') return { kind: 'at-comma' };
  if (last === '：' || last === ':') return { kind: 'after-colon' };
  const word = straddling(seg, left, right);
  if (word && seg.kind === 'jieba') return { kind: 'mid-word', word };
  return { kind: 'mid-sentence' };
}
