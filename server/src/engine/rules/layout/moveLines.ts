// Moving whole lines of a page as one offered fix: a removal where they stand and an insertion
// where they belong. Nothing is lost: the removal takes out exactly the moved lines and the blank
// lines after them, and the insertion puts the same lines back with one blank line after them.
import type { SourceText } from '../../text/sourceText';
import { edit, type TextEdit } from '../rule';

/** The offset where line `line` starts, or the text's end past the last line. */
function lineStart(source: SourceText, line: number): number {
  return line < source.lines.length ? source.lines[line].start : source.text.length;
}

/** The first line at or after `line` that is not blank. */
function nextTextLine(source: SourceText, line: number): number {
  let i = line;
  while (i < source.lines.length && source.lines[i].text.trim() === '') i++;
  return i;
}

/** Lines `first..last` taken out (with the blank lines after them) and put back in front of line `before`. */
export function moveLinesBefore(source: SourceText, first: number, last: number, before: number): TextEdit[] {
  const from = lineStart(source, first);
  const upTo = lineStart(source, nextTextLine(source, last + 1));
  const moved = source.text.slice(from, lineStart(source, last + 1)).replace(/(?:\r\n|\r|\n)?$/u, '');
  const at = lineStart(source, before);
  return [edit(source, at, at, `${moved}\n\n`), edit(source, from, upTo, '')];
}

/** Lines `first..last` taken out (with the blank lines after them) and put back after line `after`. */
export function moveLinesAfter(source: SourceText, first: number, last: number, after: number): TextEdit[] {
  const from = lineStart(source, first);
  const upTo = lineStart(source, nextTextLine(source, last + 1));
  const moved = source.text.slice(from, lineStart(source, last + 1)).replace(/(?:\r\n|\r|\n)?$/u, '');
  const end = source.lines[after].start + source.lines[after].text.length;
  return [edit(source, from, upTo, ''), edit(source, end, end, `\n\n${moved}`)];
}

/** Lines `first..last` taken out with the blank lines after them. */
export function removeLines(source: SourceText, first: number, last: number): TextEdit[] {
  return [edit(source, lineStart(source, first), lineStart(source, nextTextLine(source, last + 1)), '')];
}
