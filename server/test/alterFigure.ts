// How the tests make a consistent figure inconsistent: its leading digit moved (1→6, 2→7, … 5→1,
// 9→5), a change of more than a third of its value that no printed precision absorbs. A change in
// the last place may still agree: `622.2万 + 631.1万` may be printed as `1253.4万`, and `1.5万亿`
// (printed to 0.1万亿) leaves a sum free by 0.05万亿.

/**
 * A copy of `text` with the figure at [start, end) altered, and where; undefined when it has no
 * Arabic digit. A date is altered in its last digit instead (`26日` → `27日`): its leading digits
 * are the year, which a span or a weekday may not depend on.
 */
export function alterFigure(text: string, start: number, end: number, kind?: string): { text: string; at: number } | undefined {
  if (kind === 'date') {
    for (let i = end - 1; i >= start; i--) {
      if (/[0-9]/u.test(text[i])) return { text: text.slice(0, i) + String((Number(text[i]) + 1) % 10) + text.slice(i + 1), at: i };
    }
    return undefined;
  }
  for (let i = start; i < end; i++) {
    if (!/[0-9]/u.test(text[i])) continue;
    const moved = ((Number(text[i]) + 4) % 9) + 1;
    return { text: text.slice(0, i) + String(moved) + text.slice(i + 1), at: i };
  }
  return undefined;
}
