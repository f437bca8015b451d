// NP205: two copies of one article that print a figure differently (`13.6亿元` here, `15.6亿元`
// there). Reported at both copies (each copy's review reports its own side); the editor decides which is right.
import { alignNormalized, normalizeForMatch, type Normalized } from '../../similar';
import type { ArticleRecord } from '../../workspace';
import type { SourceText } from '../../text/sourceText';
import type { Draft, Rule } from '../rule';
import { fileLabel } from './copies';

const MAX_COPIES_COMPARED = 3;
const MAX_NORMALIZED_HELD = 2048;
/**
 * Two stories close enough to pair up can differ by whole clauses with numbers in them; the
 * alignment then cuts the difference into pieces (`新技术企业42家，科技型…` against `层次人才1200余`).
 * A figure printed differently differs in its number and at most a unit (`13.6亿元` / `15.6亿元`,
 * `11多年` / `12多年`); a figure one copy lacks is a short clause at most (`同比增长18%`).
 */
const MAX_BESIDE_NUMBER = 2;
const MAX_DROPPED = 24;
/** The characters of a change other than its number (digits, decimal point, percent, scale, 余/多) and layout. */
const besideNumber = (text: string) => text.replace(/[0-9０-９.．%％‰万亿千百十余多\s]/gu, '').length;
/** Whether a change the alignment marks as a figure is one, as an editor would call it. */
const figureChange = (here: string, there: string) => (there ? besideNumber(here) <= MAX_BESIDE_NUMBER && besideNumber(there) <= MAX_BESIDE_NUMBER : here.replace(/\s/gu, '').length <= MAX_DROPPED);

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
      // Stryker disable next-line ConditionalExpression: a cache; normalising again gives the same form.
      if (!n) {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache's bound; emptying it sooner or later gives the same forms.
        if (normalized.size >= MAX_NORMALIZED_HELD) normalized.clear(); // bounded: copies sit near each other in an archive
        normalized.set(key, (n = normalizeForMatch(body)));
      }
      return n;
    };
    page.articles.forEach((_, k) => {
      const here = mine[k];
      // Stryker disable next-line ConditionalExpression: review registers the page before its rules run; a caller that has not is spared a crash.
      if (!here) return;
      const hereBody = text.slice(here.bodyStart, here.bodyEnd);
      // The closest copies only: a story reprinted dozens of times (a concatenated archive) would
      // otherwise cost an alignment per pair of copies, and a differing figure shows against any copy.
      for (const { other } of workspace.duplicatesOf(uri, k).slice(0, MAX_COPIES_COMPARED)) {
        const otherText = workspace.text(other.uri);
        // Stryker disable next-line ConditionalExpression: a copy's record comes from a document the workspace holds.
        if (otherText === undefined) continue;
        const otherBody = otherText.slice(other.bodyStart, other.bodyEnd);
        // Stryker disable next-line ConditionalExpression: a fast exit (no normalising); alignNormalized finds nothing between identical copies either.
        if (otherBody === hereBody) continue; // the same characters: no figure can differ
        const diff = alignNormalized(hereBody, normalize(here, hereBody), otherBody, normalize(other, otherBody));
        // Positions in the other copy only when a figure differs: a closed file's line table is built on demand.
        let otherSource: SourceText | undefined;
        for (const c of diff.changes) {
          // A figure only the other copy prints is that copy's finding (at its figure), not this one's.
          if (!c.figure || c.a.end === c.a.start || !figureChange(c.a.text, c.b.text)) continue;
          const start = here.bodyStart + c.a.start;
          const end = here.bodyStart + c.a.end;
          otherSource ??= workspace.source(other.uri)!;
          const otherRange = otherSource.range(other.bodyStart + c.b.start, other.bodyStart + c.b.end);
          const there = other.uri === uri ? `line ${otherRange.start.line + 1}` : `${fileLabel(other.uri)} line ${otherRange.start.line + 1}`;
          out.push({
            message: c.b.text
              ? `Figure differs between copies of “${other.name}”: “${c.a.text}” here, “${c.b.text}” in the other copy (${there}).`
              : `Figure missing from the other copy of “${other.name}”: “${c.a.text}” here, nothing in its place there (${there}).`,
            start,
            end,
            related: [{ uri: other.uri, range: otherRange, message: c.b.text ? `the other copy has “${c.b.text}”` : 'the other copy has nothing here' }],
            data: { kind: 'figure-differs', here: c.a.text, there: c.b.text, other: { uri: other.uri, range: otherRange } },
          });
        }
      }
    });
    return out;
  },
};
