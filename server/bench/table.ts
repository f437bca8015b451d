// Markdown output for the benchmarks: one table helper and the number formats they share.
export function table(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export const ms = (x: number | undefined): string => (x === undefined ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`);
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const size = (bytes: number): string => (bytes >= 1024 * 1024 ? mb(bytes) : `${(bytes / 1024).toFixed(1)} KB`);
export const times = (x: number, floor: number): string => `${(x / floor).toFixed(1)}×`;
/** A bar's verdict, said plainly in the table. */
export const verdict = (met: boolean): string => (met ? 'met' : '**not met**');

/** A bar's row: what it asks, what was measured, how far inside the limit that is, and the verdict. Lower is better. */
export function barRow(bar: string, measured: string, value: number, limit: number): string[] {
  const margin = (limit - value) / limit;
  const met = value <= limit;
  return [bar, measured, Number.isFinite(margin) ? `${margin >= 0 ? '+' : '−'}${Math.abs(margin * 100).toFixed(0)}%` : '—', verdict(met)];
}
