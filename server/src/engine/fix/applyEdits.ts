// Applying fixes as data: edits on offsets, never overlapping, applied back to front.
import type { Finding, Fix, TextEdit } from '../rules/rule';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  // One pass, joining pieces once: a reflow of a long page has thousands of edits.
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at ${e.start}-${e.end}`);
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Two fixes conflict when any of their edits touch: applying both could garble the text. */
function touches(a: TextEdit, b: TextEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The preferred fixes of the findings, keeping the first of any that conflict (by position). */
export function compatibleFixes(findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  for (const f of [...findings].sort((x, y) => x.start - y.start)) {
    const fix = f.fixes.find((x) => x.preferred) ?? undefined;
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => taken.some((t) => touches(e, t)))) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}
