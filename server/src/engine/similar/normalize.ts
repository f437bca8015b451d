// Text reduced to what identifies a story: NFKC (full-width forms folded), then only letters,
// digits and Han characters, with a map back to the original offsets. Layout (wraps, blank lines,
// spaces) and punctuation width cannot make two copies differ any more.

const KEEP = /[\p{Script=Han}\p{L}\p{N}]/u;

export interface Normalized {
  norm: string;
  /** map[i] is the offset in the original text of norm[i]. */
  map: number[];
}

export function normalizeForMatch(text: string): Normalized {
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const folded = ch.normalize('NFKC');
    for (const f of folded) {
      if (KEEP.test(f)) {
        norm += f;
        map.push(i);
        if (f.length === 2) map.push(i);
      }
    }
    i += ch.length;
  }
  return { norm, map };
}

/**
 * A copy laid out for reading side by side in a diff editor: wraps undone, punctuation width
 * folded (NFKC), one sentence per line, so only the real differences stand out.
 */
export function normalizedForDiff(text: string): string {
  const unwrapped = text
    .normalize('NFKC')
    .split(/\n[ \t\u3000]*\n+/)
    .map((p) => p.replace(/[ \t\u3000]*\n[ \t\u3000]*/g, '').trim())
    .filter(Boolean);
  return unwrapped.map((p) => p.replace(/([。！？!?][”’」』)]?)(?=.)/gu, '$1\n')).join('\n\n') + '\n';
}
