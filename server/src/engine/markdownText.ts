// Text from a page or a file name, made safe to write into Markdown: it stays one line, starts no
// markup (links, images, emphasis, code, headings, table cells) and carries no raw HTML. Chinese
// text and full-width punctuation pass unchanged.

/** Line breaks (CR, LF, NEL, U+2028/2029) and tabs: each becomes one space. */
const BREAKS = /\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g;
/**
 * Other control characters (C0, DEL, C1, e.g. ESC: a terminal would act on them) and the bidi
 * embeddings, overrides and isolates (they would reorder the rest of the line as shown).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this strips
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** ASCII punctuation that can open or close Markdown markup; escaped with a backslash. */
const MARKUP = /[\\`*_[\]()#!|~]/g;
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One line of plain text: line breaks to spaces, other control characters to `?` (for the CLI's text output too). */
export function oneLine(text: string): string {
  return text.replace(BREAKS, ' ').replace(CONTROLS, '?');
}

/** Page or path text for running Markdown (a paragraph or a heading). */
export function mdInline(text: string): string {
  return oneLine(text)
    .replace(MARKUP, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML[c]);
}

/** Page or path text for a cell of a Markdown table (`|` is escaped, so the row keeps its columns). */
export function mdCell(text: string): string {
  return mdInline(text).trim();
}
