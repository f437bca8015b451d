// Turning bytes into text and telling the editor when that went wrong. Newsroom files come as
// UTF-8 (with or without BOM), GB18030/GBK and sometimes UTF-16; a file VS Code decoded with the
// wrong encoding shows up as replacement characters or as Latin-1 mojibake.

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Set when the bytes are not text at all (NUL bytes, control characters). */
  binary: boolean;
}

export const ENCODINGS: Encoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'];

export function decodeBytes(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (forced) return { text: stripBom(decodeAs(bytes, forced, false)), encoding: forced, binary: false };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeAs(bytes.subarray(3), 'utf-8', false), encoding: 'utf-8-bom', binary: false };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs(bytes.subarray(2), 'utf-16le', false), encoding: 'utf-16le', binary: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs(bytes.subarray(2), 'utf-16be', false), encoding: 'utf-16be', binary: false };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16, false), encoding: utf16, binary: false };
  // Binary content is still handed on (lossily) so the review can say what it found.
  if (looksBinary(bytes)) return { text: decodeAs(bytes.subarray(0, 65536), 'utf-8', false), encoding: 'utf-8', binary: true };
  for (const enc of ['utf-8', 'gb18030'] as const) {
    try {
      return { text: decodeAs(bytes, enc, true), encoding: enc, binary: false };
    } catch {
      // not this one; try the next
    }
  }
  return { text: decodeAs(bytes, 'utf-8', false), encoding: 'utf-8', binary: false };
}

function decodeAs(bytes: Uint8Array, enc: Encoding, fatal: boolean): string {
  const label = enc === 'utf-8-bom' ? 'utf-8' : enc;
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** UTF-16 without a BOM: Chinese text has few NULs, but ASCII-heavy UTF-16 has one every other byte. */
function guessUtf16(bytes: Uint8Array): Encoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.1;
}

export interface TextTrouble {
  kind: 'binary' | 'replacement' | 'mojibake';
  /** Offset of the first suspicious character. */
  offset: number;
  count: number;
  message: string;
  /**
   * The text is not what the page said: binary, garbled, or undecodable throughout. Nothing
   * else is reviewed (findings on noise would bury the one that matters), only this is reported.
   * A stray undecodable byte or two in readable text is reported and the review goes on.
   */
  stopsReview: boolean;
}

/** Undecodable characters beyond this share of the Chinese text mean a wrong encoding, not a stray byte. */
const UNDECODABLE_SHARE = 0.05;

const MOJIBAKE_CHAR = /[\u00c0-\u00ff\u0080-\u00bf]/g;
const HAN_G = /\p{Script=Han}/gu;
/** Han characters outside the BMP (two code units each). */
const ASTRAL_HAN_G = /(?=\p{Script=Han})[\u{10000}-\u{10FFFF}]/gu;

/**
 * How many Han characters the text holds, without an array of them (`match` built one string per
 * character: 200,000 for a large file's sample): the code units a removal takes out, less one per
 * astral character, which is two units.
 */
function hanCount(text: string): number {
  return text.length - text.replace(HAN_G, '').length - (text.match(ASTRAL_HAN_G)?.length ?? 0);
}

/**
 * Looks at text an editor already decoded. Replacement characters mean the bytes were not in the
 * encoding used (GB18030 opened as UTF-8); runs of Latin-1 letters with little Chinese mean UTF-8
 * or GB18030 bytes were read as Latin-1 or Windows-1252.
 */
export function inspectText(text: string): TextTrouble | undefined {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let controls = 0;
  let firstControl = -1;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 0x1b)) {
      controls++;
      if (firstControl < 0) firstControl = i;
    }
  }
  if (controls > 0 && (sample.includes('\u0000') || controls / Math.max(1, sample.length) > 0.01)) {
    return {
      kind: 'binary',
      offset: firstControl,
      count: controls,
      stopsReview: true,
      message: `This file looks binary (${controls} control characters such as NUL), not newspaper text; it is not reviewed.`,
    };
  }
  const replacement = sample.indexOf('\ufffd');
  if (replacement >= 0) {
    const count = sample.split('\ufffd').length - 1;
    // The Han characters are counted only when the count decides something (five replacements at least).
    const stopsReview = count >= 5 && count >= UNDECODABLE_SHARE * (hanCount(sample) + count);
    return {
      kind: 'replacement',
      offset: replacement,
      count,
      stopsReview,
      message:
        `${count} character(s) could not be decoded (shown as U+FFFD). The file is probably in another encoding ` +
        `(GB18030/GBK is common for Chinese newsroom files): reopen it with that encoding ("Reopen with Encoding") before reviewing.` +
        (stopsReview ? ' Nothing else is reviewed until then.' : ''),
    };
  }
  const latin = sample.match(MOJIBAKE_CHAR)?.length ?? 0;
  // The Han characters are counted only for a text with Latin-1 letters enough to be garbled.
  const han = latin >= 20 ? hanCount(sample) : 0;
  if (latin >= 20 && latin > han * 2) {
    const offset = sample.search(MOJIBAKE_CHAR);
    return {
      kind: 'mojibake',
      offset,
      count: latin,
      stopsReview: true,
      message:
        `The text looks garbled (${latin} Latin-1 letters like "Ã" or "ä", only ${han} Chinese characters): Chinese bytes were ` +
        `decoded with the wrong encoding. Reopen the file as UTF-8 or GB18030 ("Reopen with Encoding"); nothing else is reviewed until then.`,
    };
  }
  return undefined;
}
