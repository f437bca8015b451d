// Grouping units into articles. Articles start at anchors (a byline, a dateline paragraph) or at
// a headline followed straight by body text. Headlines between two articles may belong to either:
// extraction often puts a headline after its own body. Each run of headlines is split between the
// article before and the article after so that every article gets one title where possible,
// preferring a title above its body (see `assignHeadlines`).
import { endsInColumnTag, isStandingLabel } from './patterns';
import { TRANSPARENT, type RoledUnit } from './roles';

/** Section subheads printed as separate short lines are at most this wide (cells); a new article's titles are wider. */
const PAIRED_SUBHEAD_WIDTH = 12;

/** Consecutive headline units that read as one title: kicker + headline + subtitle. */
export type Cluster = RoledUnit[];

export interface HeadingGroup {
  /** Index (into the unit list) of every unit of the group, transparent ones excluded. */
  units: number[];
  clusters: Cluster[];
  /** The group opens an article of its own (body follows with no byline or dateline). */
  opensArticle: boolean;
}

export interface ArticleCore {
  /** Units of the article's body flow (anchors, paragraphs, subheads, residue), in order. */
  units: number[];
  subheads: number[];
  lead: Cluster[];
  trail: Cluster[];
}

const isHeadingish = (u: RoledUnit) => u.role === 'heading' || u.role === 'docnumber' || u.role === 'note';

export function groupArticles(units: RoledUnit[]): { cores: ArticleCore[]; outside: number[] } {
  // Pass 1: find headline groups and anchors, in order.
  type Item = { kind: 'group'; group: HeadingGroup } | { kind: 'unit'; index: number };
  const items: Item[] = [];
  let bodyAbove = false; // the last unit that is not residue is body text (or a note closing it)
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    // A bracketed note right under body text closes that text (`（本系列评论到此结束）`, `（作者为…）`);
    // only one under a title (`（…会议通过）`) goes with the title.
    const closingNote = u.role === 'note' && bodyAbove;
    if (isHeadingish(u) && !closingNote) {
      const members = [i];
      let j = i + 1;
      for (; j < units.length; j++) {
        if (isHeadingish(units[j])) members.push(j);
        else if (!TRANSPARENT.has(units[j].role)) break;
      }
      // Transparent units between members stay in the flow after the group.
      const lastMember = members[members.length - 1];
      items.push({ kind: 'group', group: { units: members, clusters: [], opensArticle: false } });
      for (let k = i + 1; k < lastMember; k++) if (!members.includes(k)) items.push({ kind: 'unit', index: k });
      i = lastMember;
      bodyAbove = false;
    } else {
      items.push({ kind: 'unit', index: i });
      // What reaches here and is not residue is body text, a byline or a closing note (headings and notes under a title make groups).
      if (!TRANSPARENT.has(u.role)) bodyAbove = true;
    }
  }

  // Pass 2: decide which groups are subheads, which open articles, and cut the flow into articles.
  const cores: ArticleCore[] = [];
  const groupsBefore: HeadingGroup[] = []; // groupsBefore[k] sits before cores[k]
  let pending: HeadingGroup | undefined; // a group waiting to be placed between articles
  let current: ArticleCore | undefined;
  let lastAnchorWasByline = false;
  let sawBodySinceAnchor = false;

  const nextNonTransparent = (from: number): Item | undefined => {
    for (let k = from; k < items.length; k++) {
      const it = items[k];
      if (it.kind === 'group' || !TRANSPARENT.has(units[it.index].role)) return it;
    }
    return undefined;
  };
  const open = (group: HeadingGroup | undefined) => {
    current = { units: [], subheads: [], lead: [], trail: [] };
    lastAnchorWasByline = false;
    sawBodySinceAnchor = false;
    cores.push(current);
    groupsBefore.push(group ?? { units: [], clusters: [], opensArticle: false });
  };

  const outside: number[] = [];
  let held: number[] = []; // residue between a pending headline group and the article it leads to
  let storyClosed = false; // the flow's last unit is a photographer's credit, the page's furniture (版式设计：…) or a closing note
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'group') {
      const g = it.group;
      const next = nextNonTransparent(k + 1);
      const nextUnit = next?.kind === 'unit' ? units[next.index] : undefined;
      const followedByBody = nextUnit !== undefined && nextUnit.role === 'paragraph' && nextUnit.dateline === 0;
      const first = units[g.units[0]];
      // A line opened by a block mark (`■优化环境兴投资`) is a summary or section head inside its article.
      const marked = g.units.every((i) => units[i].role === 'heading' && /^[■●◆▲★]/u.test(units[i].lines[0].trim()));
      const subheadShape = (g.units.length === 1 && first.role === 'heading' && (first.level === undefined || first.level >= 3) && !headsOwnArticle(first)) || marked;
      // Paired section subheads printed a line per paragraph (`只要蔬菜大棚在` ⏎⏎ `好日子就会回来`): short, unmarked, inside running text.
      const pairedSubheads =
        g.units.length <= 3 &&
        g.units.every((i) => units[i].role === 'heading' && units[i].level === undefined && units[i].hint !== 'title' && units[i].width <= PAIRED_SUBHEAD_WIDTH && !headsOwnArticle(units[i]));
      // A heading under a credit, the page furniture or a closing note (`（作者为…）`) starts a story of its
      // own: those close a story, and a section inside an article does not open below them.
      if (current && !pending && followedByBody && (subheadShape || pairedSubheads) && sawBodySinceAnchor && !storyClosed) {
        for (const i of g.units) {
          current.units.push(i);
          current.subheads.push(i);
        }
        continue;
      }
      g.clusters = clustersOf(g.units.map((i) => units[i]));
      // Two groups with only residue between them are one group. Pass 1 puts the residue between
      // headings inside the group and the next unit consumes a pending group, so this does not
      // happen today; it keeps a headline from being dropped should that change.
      // Stryker disable next-line ConditionalExpression,BlockStatement: unreachable, as said above.
      if (pending) {
        pending.units.push(...g.units);
        pending.clusters.push(...g.clusters);
      } else {
        pending = g;
      }
      if (followedByBody) {
        pending.opensArticle = true;
        open(pending);
        pending = undefined;
      }
      continue;
    }
    const u = units[it.index];
    const transparent = TRANSPARENT.has(u.role);
    storyClosed = u.role === 'credit' || u.role === 'editors' || u.role === 'note';
    if (transparent && (pending || !current)) {
      (pending ? held : outside).push(it.index);
      continue;
    }
    const isAnchor = u.role === 'byline' || (u.role === 'paragraph' && u.dateline > 0);
    // A dateline paragraph right under a byline is the same article's first paragraph.
    const continuesByline = u.role === 'paragraph' && u.dateline > 0 && lastAnchorWasByline && !sawBodySinceAnchor;
    if ((isAnchor && !continuesByline) || pending || !current) {
      open(pending);
      pending = undefined;
    }
    if (held.length) {
      current!.units.push(...held);
      held = [];
    }
    current!.units.push(it.index);
    if (isAnchor) lastAnchorWasByline = u.role === 'byline';
    if (u.role === 'paragraph') sawBodySinceAnchor = true;
  }
  const empty = (): HeadingGroup => ({ units: [], clusters: [], opensArticle: false });
  let after = pending ?? empty();
  if (cores.length === 0 && after.units.length) {
    // Only headlines on the page: one article made of them.
    open(after);
    after = empty();
  }
  if (held.length) {
    if (current) current.units.push(...held);
    else outside.push(...held);
  }
  assignHeadlines(cores, groupsBefore, after);
  return { cores, outside };
}

/**
 * A heading that ends in a column tag (`…（体坛观澜）`, `…（非遗年集·剪纸）`, `…（人民时评）`), or a standing
 * label (`图片报道`, `简讯`), heads an article of its own: a subhead inside an article never carries the
 * column's name.
 */
function headsOwnArticle(u: RoledUnit): boolean {
  const text = u.lines.map((l) => l.trim()).join('');
  return endsInColumnTag(text) || isStandingLabel(text);
}

/**
 * Splits headline units into clusters. Markdown marks decide where they exist (`##` kicker then
 * `#` headline); otherwise a short line (12 cells or less) next to a longer one is its kicker or
 * subtitle, and two long lines are two titles.
 */
export function clustersOf(group: RoledUnit[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const u of group) {
    const cur = clusters[clusters.length - 1];
    if (!cur) {
      clusters.push([u]);
      continue;
    }
    const prev = cur[cur.length - 1];
    if (u.role !== 'heading' || prev.role !== 'heading') {
      cur.push(u); // document numbers and notes go with the title they stand by
      continue;
    }
    let same: boolean;
    if (u.hint === 'title' && prev.hint === 'title' && u.block === prev.block) {
      // Lines of one title block set without a blank line between them: kicker, headline, subtitle of one article.
      same = true;
    } else if (u.level !== undefined || prev.level !== undefined) {
      same = prev.level !== undefined && u.level !== undefined && prev.level > u.level;
    } else {
      const short = Math.min(u.width, prev.width);
      const multiLine = (x: RoledUnit) => x.lines.length > 1;
      same = short <= 12 && Math.max(u.width, prev.width) > short && !multiLine(u) && !multiLine(prev) && cur.length < 3;
    }
    if (same) cur.push(u);
    else clusters.push([u]);
  }
  return clusters;
}

/** Cost of an article holding `lead` titles above its body and `trail` below it. */
function titleCost(lead: number, trail: number): number {
  const n = lead + trail;
  return (n === 0 ? 3 : 0) + Math.max(0, n - 1) * 2 + (trail > 0 ? 0.5 : 0);
}

/**
 * Chooses, for each group between article i-1 and article i, how many of its clusters close the
 * article before (k) and how many open the article after (n-k), minimising the summed cost
 * over the page by dynamic programming along the chain of articles.
 */
function assignHeadlines(cores: ArticleCore[], before: HeadingGroup[], after: HeadingGroup): void {
  const m = cores.length;
  const groups = [...before, after]; // groups[i] precedes cores[i]; groups[m] follows the last
  const options = groups.map((g, i) => {
    const n = g.clusters.length;
    if (i === 0) return [0];
    if (i === m) return [n];
    const max = g.opensArticle ? n - 1 : n;
    return Array.from({ length: max + 1 }, (_, k) => k);
  });
  // best: k → minimal cost of cores[0..i-1] given groups[i] is split at k. back[i]: for each split k
  // of groups[i + 1], the split of groups[i] it came from; the path is read backwards at the end
  // (a path copied per step was quadratic in the articles of a block: 270 MB for a 10 MB archive).
  let best = new Map<number, number>();
  const back: Map<number, number>[] = [];
  for (const k of options[0]) best.set(k, 0);
  for (let i = 0; i < m; i++) {
    const next = new Map<number, number>();
    const from = new Map<number, number>();
    const nLead = groups[i].clusters.length;
    for (const [kPrev, prevCost] of best) {
      for (const k of options[i + 1]) {
        const cost = prevCost + titleCost(nLead - kPrev, k);
        const seen = next.get(k);
        if (seen === undefined || cost < seen) {
          next.set(k, cost);
          from.set(k, kPrev);
        }
      }
    }
    back.push(from);
    best = next;
  }
  // The cheapest end, the first of equals (in the order the splits were first reached).
  let end = -1;
  let endCost = Infinity;
  for (const [k, cost] of best) {
    if (cost < endCost) {
      end = k;
      endCost = cost;
    }
  }
  const path = new Array<number>(m + 1);
  path[m] = end;
  for (let i = m - 1; i >= 0; i--) path[i] = back[i].get(path[i + 1])!;
  for (let i = 0; i < m; i++) {
    cores[i].lead = groups[i].clusters.slice(path[i]);
    cores[i].trail = groups[i + 1].clusters.slice(0, path[i + 1]);
  }
}
