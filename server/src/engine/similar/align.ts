// Aligning two copies of one article to list their real differences: a character diff (Myers'
// O(ND) algorithm) of the normalised texts, so wraps and punctuation width never count, with each
// difference mapped back to exact offsets in both originals. A difference that touches a number is
// widened to the whole figure (`522家` vs `552家`) and marked, for the figure check.
import type { Normalized } from './normalize';

export interface Side {
  start: number;
  end: number;
  text: string;
}

export interface AlignedChange {
  kind: 'insert' | 'delete' | 'change';
  /** The run in the first text (empty at the insertion point for an insert). */
  a: Side;
  /** The run in the second text (empty at the deletion point for a delete). */
  b: Side;
  figure: boolean;
}

export interface AlignedDiff {
  changes: AlignedChange[];
}

type Op = { kind: 'same' | 'del' | 'ins'; i: number; j: number };

/** Myers' shortest edit script between two strings, as per-character operations; gives up past `maxD`. */
function myers(a: string, b: string, maxD: number): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const offset = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= maxD; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, v, a, b, d, offset);
    }
  }
  return undefined;
}

function backtrack(trace: Int32Array[], last: Int32Array, a: string, b: string, dEnd: number, offset: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: 'same', i: --x, j: --y });
    if (x === prevX) ops.push({ kind: 'ins', i: x, j: --y });
    else ops.push({ kind: 'del', i: --x, j: y });
  }
  while (x > 0 && y > 0) ops.push({ kind: 'same', i: --x, j: --y });
  void last;
  return ops.reverse();
}

const PERCENT = /^[%％‰]$/u;
const NUMBERISH = /[0-9.%〇零一二三四五六七八九十百千万亿两]/u;

/**
 * Widens [from, to) of a normalised text to the whole number around it, with the unit character
 * after a number (`13.6亿元`). The unit must follow in the original text with at most spaces or a
 * line break between: normalising drops marks, and the character after `18%。` (`全区`) is not a unit.
 */
function widenToFigure(text: string, n: Normalized, from: number, to: number): [number, number] {
  const norm = n.norm;
  let s = from;
  let e = to;
  while (s > 0 && /[0-9.]/.test(norm[s - 1])) s--;
  while (e < norm.length && /[0-9.万亿千百%]/u.test(norm[e])) e++;
  if (e < norm.length && /\p{Script=Han}/u.test(norm[e]) && /[0-9]/.test(norm.slice(s, e)) && /^\s*$/u.test(text.slice(n.map[e - 1] + 1, n.map[e]))) e++;
  return [s, e];
}

/** Aligns two copies from their normalised forms (`normalizeForMatch`), which a caller comparing one copy with several computes once. */
export function alignNormalized(a: string, na: Normalized, b: string, nb: Normalized): AlignedDiff {
  // Identical copies (a story reprinted as it was, or only re-wrapped) have nothing to align.
  if (na.norm === nb.norm) return { changes: [] };
  const maxD = Math.min(2000, Math.max(50, Math.ceil((na.norm.length + nb.norm.length) * 0.3)));
  const ops = myers(na.norm, nb.norm, maxD);
  if (!ops) return { changes: [] }; // too different to align: not copies of one text
  // Coalesce runs of non-matching operations into changes over normalised ranges.
  const runs: { a0: number; a1: number; b0: number; b1: number }[] = [];
  let cur: { a0: number; a1: number; b0: number; b1: number } | undefined;
  let ai = 0;
  let bj = 0;
  for (const op of ops) {
    if (op.kind === 'same') {
      if (cur) runs.push(cur);
      cur = undefined;
      ai = op.i + 1;
      bj = op.j + 1;
      continue;
    }
    cur ??= { a0: ai, a1: ai, b0: bj, b1: bj };
    if (op.kind === 'del') cur.a1 = ai = op.i + 1;
    else cur.b1 = bj = op.j + 1;
  }
  if (cur) runs.push(cur);
  const side = (text: string, n: Normalized, s: number, e: number, figure: boolean): Side => {
    if (e <= s) {
      const at = s < n.map.length ? n.map[s] : text.length;
      return { start: at, end: at, text: '' };
    }
    const start = n.map[s];
    const last = n.map[e - 1];
    let end = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
    // Normalising drops the percent sign; a figure shows with it (`18%`, not `18`).
    if (figure && PERCENT.test(text[end] ?? '')) end++;
    return { start, end, text: text.slice(start, end) };
  };
  // Widen figure changes to whole numbers; two edits inside one number (`5[5]2`/`5[2]2`) become one change.
  const widened: { a0: number; a1: number; b0: number; b1: number; figure: boolean }[] = [];
  for (const r of runs) {
    const figure = NUMBERISH.test(na.norm.slice(Math.max(0, r.a0 - 1), r.a1 + 1)) && /[0-9]/.test(na.norm.slice(r.a0, r.a1) + nb.norm.slice(r.b0, r.b1));
    let [a0, a1, b0, b1] = [r.a0, r.a1, r.b0, r.b1];
    if (figure) {
      [a0, a1] = widenToFigure(a, na, a0, a1);
      [b0, b1] = widenToFigure(b, nb, b0, b1);
    }
    const prev = widened[widened.length - 1];
    if (prev && (a0 < prev.a1 || (a0 === prev.a1 && figure && prev.figure))) {
      prev.a1 = Math.max(prev.a1, a1);
      prev.b1 = Math.max(prev.b1, b1);
      prev.figure ||= figure;
    } else {
      widened.push({ a0, a1, b0, b1, figure });
    }
  }
  return {
    changes: widened.map(({ a0, a1, b0, b1, figure }) => {
      const kind = a1 === a0 ? 'insert' : b1 === b0 ? 'delete' : 'change';
      return { kind, a: side(a, na, a0, a1, figure), b: side(b, nb, b0, b1, figure), figure };
    }),
  };
}
