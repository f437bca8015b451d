// Numerals as printed in Chinese news copy: Arabic (ASCII or full-width), Chinese
// (`二十`, `十八`, `二〇二二`, `两`) and the scale words that follow either (`万`, `亿`).

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** `２０２６` → `2026`; other characters unchanged. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * Digit-by-digit numerals (`二〇二二`, `一九九八`): how years are written out. A `〇` inside makes
 * two digits enough (`二〇`); without one, three (`二二` is an estimate or a typo, not a year).
 */
export function isPositionalChinese(s: string): boolean {
  return /^[〇零一二三四五六七八九]+$/u.test(s) && !/^[零〇]/u.test(s) && (/〇/u.test(s) || s.length >= 3);
}

/** The value of a Chinese numeral (`二十` 20, `十八` 18, `二〇二二` 2022, `三万五千` 35000), or undefined if malformed. */
export function chineseValue(s: string): number | undefined {
  if (!s) return undefined;
  if (isPositionalChinese(s)) return Number([...s].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== undefined && DIGITS[ch] !== 0 && digit !== 0) return undefined; // 二三 is an estimate, not a number
      digit = DIGITS[ch];
    } else if (ch in SMALL) {
      section += (digit ?? 1) * SMALL[ch];
      digit = undefined;
    } else if (ch in BIG) {
      section += digit ?? 0;
      if (section === 0 && total === 0) section = 1;
      total = BIG[ch] === 1e8 ? (total + section) * 1e8 : total + section * BIG[ch];
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

/** Two adjacent digits as an estimate (`二三米`, `七八个`, `一两个`): GB/T 15835 writes these in Chinese without a 顿号. */
export function isAdjacentEstimate(s: string): boolean {
  return /^[一二两三四五六七八九][二两三四五六七八九]$/u.test(s) && DIGITS[s[1]] === DIGITS[s[0]] + 1;
}

export const SCALE: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, 百: 1e2 };

/** Decimal places of an Arabic numeral as printed (`86.7` → 1). */
export function decimalsOf(arabic: string): number {
  const dot = arabic.search(/[.．]/u);
  return dot < 0 ? 0 : arabic.length - dot - 1;
}
