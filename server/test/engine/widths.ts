// Lines built to a width in cells, for tests whose conditions are widths (a Han character is one
// cell, a Latin letter half): their words do not matter.
const POOL = '全区上下狠抓落实各项工作取得明显成效新认定高新技术企业科技型企业总数达到六百余家今年以来全市经济运行稳中有进';

/** A line of `cells` cells: Han characters, and a Latin letter for a half cell; `end` is set after them. */
export function line(cells: number, end = ''): string {
  const whole = Math.floor(cells - (end ? 1 : 0));
  const half = cells - (end ? 1 : 0) - whole;
  return POOL.slice(0, whole) + (half ? 'a' : '') + end;
}

/** Characters `from` to `to` of the same pool, for text that must hold other marks between them. */
export const han = (from: number, to: number) => POOL.slice(from, to);
