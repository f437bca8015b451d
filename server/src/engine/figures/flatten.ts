// An element's text with its line breaks (and the indentation around them) taken out, with a map
// back to source offsets: figures cut by a column wrap (`继2019`⏎`年`) read as one, and every
// figure still knows its exact source range.
export interface Flat {
  text: string;
  /** Source offset of each character of `text`, plus one entry for the end. */
  at: number[];
}

export function flatten(source: string, start: number, end: number): Flat {
  const chars: string[] = [];
  const at: number[] = [];
  let i = start;
  while (i < end) {
    const ch = source[i];
    if (ch === '\n' || ch === '\r') {
      while (chars.length && /[ \t\u3000]/u.test(chars[chars.length - 1])) {
        chars.pop();
        at.pop();
      }
      i++;
      while (i < end && /[\r\n \t\u3000]/u.test(source[i])) i++;
      continue;
    }
    chars.push(ch);
    at.push(i);
    i++;
  }
  at.push(end);
  return { text: chars.join(''), at };
}

/** Source offsets of a span of flat text. */
export function sourceSpan(flat: Flat, start: number, end: number): { start: number; end: number } {
  return { start: flat.at[start], end: end > start ? flat.at[end - 1] + 1 : flat.at[start] };
}
