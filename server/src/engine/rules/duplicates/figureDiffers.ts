// NP205: two copies of one article that print a figure differently (`13.6亿元` here, `15.6亿元`
// there). Reported at both copies (each copy's review reports its own side); the editor decides which is right.
import { alignNormalized, normalizeForMatch, type Normalized } from '../../similar';
import type { ArticleRecord } from '../../workspace';
import type { SourceText } from '../../text/sourceText';
import type { Draft, Rule } from '../rule';
import { fileLabel } from './copies';

const MAX_COPIES_COMPARED = 3;
const MAX_NORMALIZED_HELD = 2048;

export const figureDiffers: Rule = {
  id: 'NP205',
  name: 'figure-differs-between-copies',
  family: 'duplicates',
  description:
    'Two copies of the same article print a figure differently. Each copy gets a finding at the figure, related to the other; ' +
    'nothing is changed automatically, because only the editor can tell which figure is right. Each copy is compared with its ' +
    'three most similar copies.',
  severity: 'error',
  examples: [{ note: '规上企业研发投入13.6亿元 in one copy, 规上企业研发投入15.6亿元 in the other' }],
  readsWorkspace: true,
  check({ page, uri, workspace }) {
    const out: Draft[] = [];
    const mine = workspace.articles(uri);
    const text = page.source.text;
    // A copy is the closest copy of several articles: normalise each body once per review.
    const normalized = new Map<string, Normalized>();
    const normalize = (r: ArticleRecord, body: string) => {
      const key = `${r.uri}#${r.bodyStart}`;
      let n = normalized.get(key);
      if (!n) {
        if (normalized.size >= MAX_NORMALIZED_HELD) normalized.clear(); // bounded: copies sit near each other in an archive
        normalized.set(key, (n = normalizeForMatch(body)));
      }
      return n;
    };
    page.articles.forEach((_, k) => {
      const here = mine[k];
      if (!here || here.bodyEnd <= here.bodyStart) return;
      const hereBody = text.slice(here.bodyStart, here.bodyEnd);
      // The closest copies only: a story reprinted dozens of times (a concatenated archive) would
      // otherwise cost an alignment per pair of copies, and a differing figure shows against any copy.
      for (const { other } of workspace.duplicatesOf(uri, k).slice(0, MAX_COPIES_COMPARED)) {
        const otherText = workspace.text(other.uri);
        if (otherText === undefined || other.bodyEnd <= other.bodyStart) continue;
        const otherBody = otherText.slice(other.bodyStart, other.bodyEnd);
        if (otherBody === hereBody) continue; // the same characters: no figure can differ
        const diff = alignNormalized(hereBody, normalize(here, hereBody), otherBody, normalize(other, otherBody));
        // Positions in the other copy only when a figure differs: a closed file's line table is built on demand.
        let otherSource: SourceText | undefined;
        for (const c of diff.changes) {
          if (!c.figure || c.a.end <= c.a.start) continue;
          const start = here.bodyStart + c.a.start;
          const end = here.bodyStart + c.a.end;
          otherSource ??= workspace.source(other.uri)!;
          const otherRange = otherSource.range(other.bodyStart + c.b.start, other.bodyStart + Math.max(c.b.end, c.b.start));
          const there = other.uri === uri ? `line ${otherRange.start.line + 1}` : `${fileLabel(other.uri)} line ${otherRange.start.line + 1}`;
          out.push({
            message: `Figure differs between copies of “${other.name}”: “${c.a.text}” here, “${c.b.text || '(nothing)'}” in the other copy (${there}).`,
            start,
            end,
            related: [{ uri: other.uri, range: otherRange, message: `the other copy has “${c.b.text}”` }],
            data: { kind: 'figure-differs', here: c.a.text, there: c.b.text, other: { uri: other.uri, range: otherRange } },
          });
        }
      }
    });
    return out;
  },
};
