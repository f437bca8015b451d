// Token counts over many texts, the evidence behind repairs like `CD-`⏎`MO` → `CDMO`.

const TOKEN = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;

/** Latin tokens of a text (with hyphenated forms whole), counted. */
export function latinTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(TOKEN)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** Words seen across the files under review: evidence for repairs such as `CD-`⏎`MO` → `CDMO`. */
export interface Corpus {
  /** How often the exact token occurs in the reviewed texts. */
  count(token: string): number;
}

export class TokenCorpus implements Corpus {
  private readonly sources = new Map<string, Map<string, number>>();

  set(key: string, text: string): void {
    this.sources.set(key, latinTokens(text));
  }

  delete(key: string): void {
    this.sources.delete(key);
  }

  count(token: string): number {
    let n = 0;
    for (const counts of this.sources.values()) n += counts.get(token) ?? 0;
    return n;
  }
}
