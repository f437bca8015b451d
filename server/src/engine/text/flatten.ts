// An element's text with its line breaks (and the indentation around them) taken out, with a map
// back to source offsets: figures cut by a column wrap (`继2019`⏎`年`) read as one, and every
// figure still knows its exact source range.
export interface Flat {
  text: string;
  /** Where each kept run of source (one per line) starts in `text`, ascending. */
  runStarts: number[];
  /** Where the same runs start in the source. */
  runSources: number[];
  /** The source offset just past the flattened span (for the end of `text`). */
  end: number;
}

const LF = 10;
const CR = 13;
/** Space, tab and the ideographic space: indentation around a break. */
const isIndent = (c: number) => c === 32 || c === 9 || c === 0x3000;

export function flatten(source: string, start: number, end: number): Flat {
  // A table of runs, not an offset per character: a typed array per element was a tenth of the
  // figure reading on a 10 MB page (allocating and zeroing ten million slots).
  const runs: string[] = [];
  const runStarts: number[] = [];
  const runSources: number[] = [];
  let n = 0;
  const keep = (from: number, to: number) => {
    if (to <= from) return;
    runs.push(source.slice(from, to));
    runStarts.push(n);
    runSources.push(from);
    n += to - from;
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
  return { text: runs.join(''), runStarts, runSources, end };
}

/** The source offset of character `i` of the flat text (`i === text.length`: the end of the span). */
export function sourceAt(flat: Flat, i: number): number {
  if (i >= flat.text.length) return flat.end;
  const { runStarts, runSources } = flat;
  let lo = 0;
  let hi = runStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runStarts[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return runSources[lo] + (i - runStarts[lo]);
}

/** Source offsets of a span of flat text. */
export function sourceSpan(flat: Flat, start: number, end: number): { start: number; end: number } {
  return { start: sourceAt(flat, start), end: end > start ? sourceAt(flat, end - 1) + 1 : sourceAt(flat, start) };
}
