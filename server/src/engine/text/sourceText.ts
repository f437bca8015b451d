// A document's text with its line table. Offsets and characters are UTF-16 code units, the unit
// of JavaScript strings and of LSP positions, so no conversion is ever needed between the two.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Line {
  index: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  /** The line's text without its line break. */
  text: string;
  /** The line break that ends it: '\n', '\r\n', '\r' or '' on the last line. */
  eol: string;
}

export class SourceText {
  readonly lines: Line[];

  constructor(readonly text: string) {
    this.lines = splitLines(text);
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= o) lo = mid;
      else hi = mid - 1;
    }
    const line = this.lines[lo];
    return { line: lo, character: Math.min(o, line.end) - line.start };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lines.length) return this.text.length;
    const line = this.lines[pos.line];
    return line.start + Math.max(0, Math.min(pos.character, line.end - line.start));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The range of offsets `start`..`end` known to lie on lines `first` and `last`: no search of the line table. */
  rangeOnLines(first: number, last: number, start: number, end: number): Range {
    return { start: { line: first, character: start - this.lines[first].start }, end: { line: last, character: end - this.lines[last].start } };
  }

  /** The range of whole lines first..last, excluding the last line's break. */
  lineRange(first: number, last: number): Range {
    return { start: { line: first, character: 0 }, end: { line: last, character: this.lines[last].end - this.lines[last].start } };
  }
}

function splitLines(text: string): Line[] {
  // A scan by code unit, not a regular expression's matches: a 10 MB archive has 200,000 lines.
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const eol = c === 13 && text.charCodeAt(i + 1) === 10 ? '\r\n' : c === 13 ? '\r' : '\n';
    lines.push({ index: lines.length, start, end: i, text: text.slice(start, i), eol });
    i += eol.length - 1;
    start = i + 1;
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start), eol: '' });
  return lines;
}
