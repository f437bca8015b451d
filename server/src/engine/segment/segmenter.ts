// Word segmentation, for telling a break inside a word (`促就|业`) from one between words. The
// engine takes a Segmenter and has a character fallback of its own; jieba is loaded outside it
// (server/src/jieba.ts: the native module, its dictionaries, a newsroom's dictionary checked first),
// about a second and a few hundred MB, so callers load it lazily and rules use the fallback until then.

export interface TaggedWord {
  word: string;
  /** jieba's part-of-speech tag (`v` verb, `n` noun, `uj` 的, `m` numeral, `q` measure word …). */
  tag: string;
}

export interface Segmenter {
  readonly kind: 'jieba' | 'fallback';
  /** The text cut into words; the pieces concatenate to the input. */
  cut(text: string): string[];
  /** Words with their part of speech; only a dictionary segmenter has it. */
  tag?(text: string): TaggedWord[];
  /**
   * The text cut into dictionary words only: no guessed words (jieba's HMM joins unknown runs such
   * as `感从` or `日习` into words of its own). Absent, `cut` is used.
   */
  cutKnown?(text: string): string[];
}

/**
 * Without a dictionary every Han character is a word of its own, while runs of Latin letters and
 * of digits stay whole: so `20|19` and `CD|MO` are still seen as cut words, `促就|业` is not.
 */
export const fallbackSegmenter: Segmenter = {
  kind: 'fallback',
  cut(text) {
    return text.match(/[A-Za-z]+|[0-9]+(?:\.[0-9]+)?|[\s\S]/gu) ?? [];
  },
};

/**
 * The word that straddles the boundary between `left` and `right`, if the segmenter sees one:
 * `straddling(seg, '稳就业促就', '业“答卷”')` is `就业`. Only a few characters each side are cut.
 */
export function straddling(seg: Segmenter, left: string, right: string): string | undefined {
  const a = [...left].slice(-6).join('');
  const b = [...right].slice(0, 6).join('');
  let offset = 0;
  // Only a dictionary word is evidence of a cut: a guessed one across the break is made of the break itself.
  for (const word of (seg.cutKnown ?? seg.cut)(a + b)) {
    const end = offset + word.length;
    if (offset < a.length && end > a.length && word.trim() === word) return word;
    offset = end;
  }
  return undefined;
}
