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
  const out: number[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Fast paths for what newspaper text is made of: CJK ideographs, ASCII letters and digits kept
    // as they are, full-width ASCII folded by arithmetic, ASCII and CJK punctuation dropped.
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      out.push(c);
      map.push(i);
    } else if (c >= 0xff10 && c <= 0xff5a && /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(text[i])) {
      out.push(c - 0xfee0);
      map.push(i);
    } else if (c < 0x80 || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) {
      // punctuation, spaces and line breaks: not part of the story's identity
    } else {
      // Rare characters (other scripts, astral ideographs): NFKC, then keep letters and digits.
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      for (const f of ch.normalize('NFKC')) {
        if (!KEEP.test(f)) continue;
        for (let k = 0; k < f.length; k++) {
          out.push(f.charCodeAt(k));
          map.push(i);
        }
      }
      i += ch.length - 1;
    }
  }
  let norm = '';
  for (let k = 0; k < out.length; k += 8192) norm += String.fromCharCode(...out.slice(k, k + 8192));
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
