// Moving whole lines of a page as one offered fix: a removal where they stand and an insertion
// where they belong. Nothing is lost: the removal takes out exactly the moved lines and the blank
// lines after them, and the insertion puts the same lines back with one blank line between.
import type { SourceText } from '../../text/sourceText';
import { edit, type TextEdit } from '../rule';

/** The offset where line `line` starts, or the text's end past the last line. */
function lineStart(source: SourceText, line: number): number {
  return line < source.lines.length ? source.lines[line].start : source.text.length;
}

/** The page's own line break, so that a moved line keeps a CRLF file CRLF. */
function lineBreak(source: SourceText): string {
  return source.lines.find((l) => l.eol)?.eol ?? '\n';
}

/** Lines `first..last` with the blank lines after them: the stretch to take out, and the lines' own text. */
function takeOut(source: SourceText, first: number, last: number): { removal: TextEdit; moved: string } {
  let next = last + 1;
  while (next < source.lines.length && source.lines[next].text.trim() === '') next++;
  const from = lineStart(source, first);
  const end = source.lines[last].end;
  return { removal: edit(source, from, lineStart(source, next), ''), moved: source.text.slice(from, end) };
}

/** Lines `first..last` taken out and put back in front of line `before`. */
export function moveLinesBefore(source: SourceText, first: number, last: number, before: number): TextEdit[] {
  const { removal, moved } = takeOut(source, first, last);
  const at = lineStart(source, before);
  const br = lineBreak(source);
  return [edit(source, at, at, `${moved}${br}${br}`), removal];
}

/** Lines `first..last` taken out and put back after line `after`. */
export function moveLinesAfter(source: SourceText, first: number, last: number, after: number): TextEdit[] {
  const { removal, moved } = takeOut(source, first, last);
  const at = source.lines[after].end;
  const br = lineBreak(source);
  return [removal, edit(source, at, at, `${br}${br}${moved}`)];
}

/** Lines `first..last` taken out with the blank lines after them. */
export function removeLines(source: SourceText, first: number, last: number): TextEdit[] {
  return [takeOut(source, first, last).removal];
}
