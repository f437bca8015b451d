// An element's text with its line breaks (and the indentation around them) taken out, with a map
// back to source offsets: figures cut by a column wrap (`继2019`⏎`年`) read as one, and every
// figure still knows its exact source range.
export interface Flat {
  text: string;
  /** Source offset of each character of `text`, plus one entry for the end. */
  at: Int32Array;
}

const LF = 10;
const CR = 13;
/** Space, tab and the ideographic space: indentation around a break. */
const isIndent = (c: number) => c === 32 || c === 9 || c === 0x3000;

export function flatten(source: string, start: number, end: number): Flat {
  const runs: string[] = [];
  // One typed slot per kept character: a 10 MB page has about ten million of them.
  const at = new Int32Array(end - start + 1);
  let n = 0;
  const keep = (from: number, to: number) => {
    if (to <= from) return;
    runs.push(source.slice(from, to));
    for (let k = from; k < to; k++) at[n++] = k;
  };
  let runStart = start;
  let i = start;
  while (i < end) {
    const c = source.charCodeAt(i);
    if (c !== LF && c !== CR) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd > runStart && isIndent(source.charCodeAt(runEnd - 1))) runEnd--;
    keep(runStart, runEnd);
    i++;
    while (i < end && (isIndent(source.charCodeAt(i)) || source.charCodeAt(i) === LF || source.charCodeAt(i) === CR)) i++;
    runStart = i;
  }
  keep(runStart, end);
  at[n] = end;
  return { text: runs.join(''), at: at.subarray(0, n + 1) };
}

/** Source offsets of a span of flat text. */
export function sourceSpan(flat: Flat, start: number, end: number): { start: number; end: number } {
  return { start: flat.at[start], end: end > start ? flat.at[end - 1] + 1 : flat.at[start] };
}
