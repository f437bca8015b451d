// NP205: two copies of one article that print a figure differently (`13.6亿元` here, `15.6亿元`
// there). Reported at both copies (each copy's review reports its own side); the editor decides which is right.
import { alignCopies } from '../../similar';
import type { Draft, Rule } from '../rule';
import { fileLabel } from './copies';

const MAX_COPIES_COMPARED = 3;

export const figureDiffers: Rule = {
  id: 'NP205',
  name: 'figure-differs-between-copies',
  family: 'duplicates',
  description:
    'Two copies of the same article print a figure differently. Each copy gets a finding at the figure, related to the other; ' +
    'nothing is changed automatically, because only the editor can tell which figure is right. Each copy is compared with its ' +
    'three most similar copies.',
  severity: 'error',
  examples: [{ bad: '规上企业研发投入13.6亿元 (one copy) / 规上企业研发投入15.6亿元 (the other)' }],
  check({ page, uri, workspace }) {
    const out: Draft[] = [];
    const mine = workspace.articles(uri);
    const text = page.source.text;
    page.articles.forEach((_, k) => {
      const here = mine[k];
      if (!here || here.bodyEnd <= here.bodyStart) return;
      // The closest copies only: a story reprinted dozens of times (a concatenated archive) would
      // otherwise cost an alignment per pair of copies, and a differing figure shows against any copy.
      for (const { other } of workspace.duplicatesOf(uri, k).slice(0, MAX_COPIES_COMPARED)) {
        const otherSource = workspace.source(other.uri);
        if (!otherSource || other.bodyEnd <= other.bodyStart) continue;
        const diff = alignCopies(text.slice(here.bodyStart, here.bodyEnd), otherSource.text.slice(other.bodyStart, other.bodyEnd));
        for (const c of diff.changes) {
          if (!c.figure || c.a.end <= c.a.start) continue;
          const start = here.bodyStart + c.a.start;
          const end = here.bodyStart + c.a.end;
          const otherRange = otherSource.range(other.bodyStart + c.b.start, other.bodyStart + Math.max(c.b.end, c.b.start));
          const there = other.uri === uri ? `line ${otherRange.start.line + 1}` : `${fileLabel(other.uri)} line ${otherRange.start.line + 1}`;
          out.push({
            message: `Figure differs between copies of “${other.name}”: “${c.a.text}” here, “${c.b.text || '(nothing)'}” in the other copy (${there}).`,
            start,
            end,
            related: [{ uri: other.uri, range: otherRange, message: `the other copy has “${c.b.text}”` }],
            data: { here: c.a.text, there: c.b.text, other: { uri: other.uri, range: otherRange } },
          });
        }
      }
    });
    return out;
  },
};
