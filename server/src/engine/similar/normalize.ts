// Text reduced to what identifies a story: NFKC (full-width forms folded), then only letters,
// digits and Han characters, with a map back to the original offsets. Layout (wraps, blank lines,
// spaces) and punctuation width cannot make two copies differ any more.

const KEEP = /[\p{Script=Han}\p{L}\p{N}]/u;

export interface Normalized {
  norm: string;
  /** map[i] is the offset in the original text of norm[i]. */
  map: Int32Array;
}

const decoder = new TextDecoder('utf-16le');

/** What a character of newspaper text becomes: kept as is, folded (full-width ASCII), dropped, or rare. */
const KEEP_AS_IS = 0;
const FOLD = 1;
const DROP = 2;
const RARE = 3;

function classOf(c: number): number {
  // Fast paths for what newspaper text is made of: CJK ideographs, ASCII letters and digits kept
  // as they are, full-width ASCII folded by arithmetic, ASCII and CJK punctuation dropped.
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return KEEP_AS_IS;
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return FOLD;
  // punctuation, spaces and line breaks: not part of the story's identity
  if (c < 0x80 || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) return DROP;
  return RARE;
}

/** Rare characters (other scripts, astral ideographs): NFKC, then letters and digits only. */
function rareUnits(text: string, i: number): { units: string; length: number } {
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  let units = '';
  for (const f of ch.normalize('NFKC')) if (KEEP.test(f)) units += f;
  return { units, length: ch.length };
}

/** The normalised text with a map back to source offsets. */
export function normalizeForMatch(text: string): Normalized {
  const { norm, map } = normalize(text, true);
  return { norm, map: map! };
}

/** `normalizeForMatch(text).norm` without the offset map: what the fingerprints and shingles need. */
export function normalizedText(text: string): string {
  return normalize(text, false).norm;
}

/**
 * The buffers are sized for one output unit per input unit; only an NFKC expansion of a rare
 * character can need more, and grows them.
 */
function normalize(text: string, withMap: boolean): { norm: string; map?: Int32Array } {
  let out = new Uint16Array(text.length + 8);
  let map = withMap ? new Int32Array(out.length) : undefined;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = classOf(c);
    if (kind === DROP) continue;
    if (kind !== RARE) {
      if (map) map[n] = i;
      out[n++] = kind === FOLD ? c - 0xfee0 : c;
      continue;
    }
    const { units, length } = rareUnits(text, i);
    if (n + units.length > out.length) {
      const o = new Uint16Array(out.length * 2 + units.length);
      o.set(out);
      out = o;
      if (map) {
        const m = new Int32Array(o.length);
        m.set(map);
        map = m;
      }
    }
    for (let k = 0; k < units.length; k++) {
      if (map) map[n] = i;
      out[n++] = units.charCodeAt(k);
    }
    i += length - 1;
  }
  return { norm: decoder.decode(out.subarray(0, n)), map: map?.subarray(0, n) };
}

/**
 * A copy laid out for reading side by side in a diff editor: wraps undone, punctuation width
 * folded (NFKC), one sentence per line, so only the real differences stand out.
 */
export function normalizedForDiff(text: string): string {
  const paragraphs = text
    .normalize('NFKC')
    .split(/\n[ \t\u3000]*\n+/)
    .map((p) => p.replace(/[ \t\u3000]*\n[ \t\u3000]*/g, '').trim())
    .filter(Boolean);
  // A paragraph that stops mid-sentence was split by extraction (a blank line in one copy and not
  // in the other): joined again, so the split is not a difference. Paragraphs then run on, one
  // sentence a line, so that paragraphing alone never shows as a change.
  const joined: string[] = [];
  for (const p of paragraphs) {
    if (joined.length && !SENTENCE_END.test(joined[joined.length - 1])) joined[joined.length - 1] += p;
    else joined.push(p);
  }
  return joined.map((p) => p.replace(/([。！？!?][”’」』)]?)(?=.)/gu, '$1\n')).join('\n') + '\n';
}

/** How a paragraph ends when it ends a sentence (or a heading with its own colon). */
const SENTENCE_END = /[。！？!?…:：;；)）”’」』]$/u;
