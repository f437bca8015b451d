// The accuracy instrument's measurements, shared by `npm run accuracy` (every page, every layout)
// and the slice inside `npm test`: findings per 10,000 characters on clean rendered pages, their
// labels (precision), and recall and precision on planted damage.
import { countedCharacters, parsePage, review, SourceText, Workspace, type Finding, type Segmenter } from '../../src/engine';
import { Dice } from '../random';
import type { CorpusPage } from './corpus';
import { DAMAGE_KINDS, figureVariants, MORE_DAMAGE_KINDS, type Damaged, type Gold } from './damage';
import { renderPage, type Layout, type RenderedPage } from './render';

/** One page, one layout, always laid out the same way: the seed comes from the page's id. */
export function seedOf(pageId: string, layout: Layout): number {
  let h = 2166136261;
  for (const ch of `${pageId}/${layout}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

export const render = (page: CorpusPage, layout: Layout) => renderPage(page, layout, seedOf(page.id, layout));

/** A finding's identity across runs: page, layout, rule, and the text it covers with a little context (line breaks as ⏎). */
export function findingKey(pageId: string, layout: string, text: string, f: Finding): string {
  return `${pageId}|${layout}|${f.ruleId}|${excerpt(text, f.start, f.end)}`;
}

export function excerpt(text: string, start: number, end: number, context = 6): string {
  const show = (s: string) => s.replace(/\n/g, '⏎');
  return `${show(text.slice(Math.max(0, start - context), start))}[${show(text.slice(start, end))}]${show(text.slice(end, end + context))}`;
}

export interface Label {
  key: string;
  label: boolean;
  reason: string;
}

/** The findings an editor is shown (hints stay in the text and are not counted). */
export const shown = (findings: readonly Finding[]) => findings.filter((f) => f.severity !== 'hint' && f.ruleId !== 'NP000');

export function reviewPage(text: string, seg: Segmenter, uri = 'file:///page.txt', workspace?: Workspace): Finding[] {
  return review(text, { uri, segmenter: seg, workspace: workspace ?? new Workspace(), maxFindings: 100_000 }).findings;
}

export interface CleanRow {
  layout: Layout;
  characters: number;
  /** Shown findings per rule. */
  counts: Map<string, number>;
  /** Labelled findings per rule: true and false. */
  labelled: Map<string, { t: number; f: number }>;
  /** Findings with no label yet, for the next reading. */
  unlabelled: { key: string; ruleId: string; message: string; context: string }[];
  /** Findings labelled false, as keys: a regression guard. */
  falseKeys: string[];
}

/** The text around a finding, for whoever labels it: enough to judge it, line breaks as ⏎. */
function contextOf(text: string, f: Finding): string {
  return excerpt(text, f.start, f.end, 160);
}

export function measureClean(pages: CorpusPage[], layout: Layout, seg: Segmenter, labels: Map<string, Label>): CleanRow {
  const row: CleanRow = { layout, characters: 0, counts: new Map(), labelled: new Map(), unlabelled: [], falseKeys: [] };
  for (const page of pages) {
    const r = render(page, layout);
    row.characters += countedCharacters(r.text);
    for (const f of shown(reviewPage(r.text, seg))) {
      row.counts.set(f.ruleId, (row.counts.get(f.ruleId) ?? 0) + 1);
      const key = findingKey(page.id, layout, r.text, f);
      const label = labels.get(key);
      if (!label) {
        row.unlabelled.push({ key, ruleId: f.ruleId, message: f.message, context: contextOf(r.text, f) });
        continue;
      }
      const l = row.labelled.get(f.ruleId) ?? { t: 0, f: 0 };
      if (label.label) l.t++;
      else {
        l.f++;
        row.falseKeys.push(key);
      }
      row.labelled.set(f.ruleId, l);
    }
  }
  return row;
}

export interface DamageRow {
  kind: string;
  family: string;
  rules: string[];
  planted: number;
  caught: number;
  /** New findings (not on the clean page) that overlap the planted defect, and all new findings. */
  newOnGold: number;
  newTotal: number;
  missed: string[];
}

/**
 * A finding's range, one of its related ranges, or an edit of its preferred fix overlaps the gold
 * (widened by one character each side): NP401 reports a paragraph once, at its first line, and
 * repairs every mark in it.
 */
function touches(f: Finding, source: SourceText, gold: Gold): boolean {
  const fix = f.fixes.find((x) => x.preferred);
  const ranges = [
    { start: f.start, end: f.end },
    ...f.related.map((r) => ({ start: source.offsetAt(r.range.start), end: source.offsetAt(r.range.end) })),
    ...(fix?.edits ?? []).map((e) => ({ start: e.start, end: e.end })),
  ];
  return ranges.some((r) => r.start < gold.end + 1 && r.end > gold.start - 1);
}

/** Findings of the damaged page that the clean page did not have (matched by rule and the text around them). */
function newFindings(clean: string, cleanFindings: Finding[], damaged: string, damagedFindings: Finding[]): Finding[] {
  const seen = new Map<string, number>();
  const key = (text: string, f: Finding) => `${f.ruleId}|${excerpt(text, f.start, f.end, 4)}`;
  for (const f of cleanFindings) seen.set(key(clean, f), (seen.get(key(clean, f)) ?? 0) + 1);
  return damagedFindings.filter((f) => {
    const k = key(damaged, f);
    const n = seen.get(k) ?? 0;
    if (n > 0) {
      seen.set(k, n - 1);
      return false;
    }
    return true;
  });
}

function scoreDamage(row: DamageRow, page: RenderedPage, cleanFindings: Finding[], d: Damaged, seg: Segmenter, workspace?: Workspace, golds: Gold[] = [d.gold]): void {
  const found = shown(reviewPage(d.text, seg, 'file:///damaged.txt', workspace));
  const source = new SourceText(d.text);
  row.planted++;
  // A defect no rule claims is seen when the page model shows it; one a rule claims, when that rule finds it.
  const hit = d.gold.parser ? d.gold.parser(parsePage(d.text)) : found.some((f) => d.gold.rules.includes(f.ruleId) && touches(f, source, d.gold));
  if (hit) row.caught++;
  else if (row.missed.length < 8) row.missed.push(`${page.id}: ${excerpt(d.text, d.gold.start, Math.min(d.gold.end, d.gold.start + 40), 8)}${d.gold.end - d.gold.start > 40 ? '…' : ''}`);
  for (const f of newFindings(page.text, cleanFindings, d.text, found)) {
    row.newTotal++;
    if (golds.some((g) => touches(f, source, g))) row.newOnGold++;
  }
}

type Clean = { page: RenderedPage; findings: Finding[] };

/** Plants `perKind` defects of every kind in pages drawn from `pages` (layouts in turn) and scores what the rules find. */
export function measureDamage(pages: CorpusPage[], perKind: number, seg: Segmenter, seed = 20190201): DamageRow[] {
  const dice = Dice.seeded(seed);
  const layouts: Layout[] = ['reflowed', 'column', 'mixed'];
  const cleanCache = new Map<string, Clean>();
  const cleanOf = (page: CorpusPage, layout: Layout) => {
    const id = `${page.id}/${layout}`;
    let c = cleanCache.get(id);
    if (!c) {
      const r = render(page, layout);
      cleanCache.set(id, (c = { page: r, findings: shown(reviewPage(r.text, seg)) }));
    }
    return c;
  };
  return [
    ...plantedRows(
      perKind,
      seg,
      dice,
      (tries) => cleanOf(dice.pick(pages), layouts[tries % layouts.length]),
      pages.map((p) => () => cleanOf(p, 'reflowed')),
    ),
    ...reprints(pages, perKind, seg, dice, cleanOf),
  ].sort((a, b) => Number(a.kind.startsWith('figure altered')) - Number(b.kind.startsWith('figure altered')));
}

/** The same damage planted in already laid-out pages (the five seeds, parsed into a RenderedPage each). */
export function measureDamageOn(pages: RenderedPage[], perKind: number, seg: Segmenter, seed = 20190201): DamageRow[] {
  const dice = Dice.seeded(seed);
  const clean = pages.map((page) => ({ page, findings: shown(reviewPage(page.text, seg)) }));
  return plantedRows(
    perKind,
    seg,
    dice,
    () => dice.pick(clean),
    clean.map((c) => () => c),
  );
}

/** Every damage kind planted up to `perKind` times in pages `draw` gives, then every held figure check altered. */
function plantedRows(perKind: number, seg: Segmenter, dice: Dice, draw: (tries: number) => Clean, all: (() => Clean)[]): DamageRow[] {
  const rows: DamageRow[] = [];
  for (const kind of [...DAMAGE_KINDS, ...MORE_DAMAGE_KINDS]) {
    const row: DamageRow = { kind: kind.kind, family: kind.family, rules: kind.rules, planted: 0, caught: 0, newOnGold: 0, newTotal: 0, missed: [] };
    for (let tries = 0; row.planted < perKind && tries < perKind * 20; tries++) {
      const clean = draw(tries);
      const d = kind.plant(clean.page, dice, seg);
      if (d) scoreDamage(row, clean.page, clean.findings, d, seg);
    }
    rows.push(row);
  }
  // Figure agreement: every figure a held check used on a clean page, altered (a sample per rule).
  const byRule = new Map<string, DamageRow>();
  for (const cleanOf of all) {
    const clean = cleanOf();
    for (const v of figureVariants(clean.page)) {
      let row = byRule.get(v.rule);
      if (!row) byRule.set(v.rule, (row = { kind: `figure altered in a held ${v.rule} check`, family: 'figures', rules: v.gold.rules, planted: 0, caught: 0, newOnGold: 0, newTotal: 0, missed: [] }));
      if (row.planted < perKind) scoreDamage(row, clean.page, clean.findings, v, seg);
    }
  }
  return [...rows, ...[...byRule.values()].sort((a, b) => (a.kind < b.kind ? -1 : 1))];
}

/**
 * A page already laid out (a seed) as the damage simulator sees a rendered one: its articles with
 * their title lines and paragraphs as the parser finds them.
 */
export function asRendered(id: string, text: string): RenderedPage {
  const page = parsePage(text);
  const lines = (e: { start: number; end: number }) => {
    const out: { start: number; end: number }[] = [];
    let at = e.start;
    for (const line of text.slice(e.start, e.end).split('\n')) {
      out.push({ start: at, end: at + line.length });
      at += line.length + 1;
    }
    return out;
  };
  return {
    id,
    layout: 'mixed',
    text,
    articles: page.articles
      .filter((a) => a.paragraphs.length)
      .map((a) => ({
        id: `${id}#${a.index}`,
        layout: a.paragraphs.some((p) => p.layout === 'column') ? 'column' : 'reflowed',
        titleLines: [...a.kickers, ...(a.headline ? [a.headline] : []), ...a.subtitles].sort((x, y) => x.start - y.start).map((e) => ({ start: e.start, end: e.end })),
        paragraphs: a.paragraphs.map((p) => ({ start: p.start, end: p.end, lines: lines(p) })),
        start: Math.min(...a.elements.map((e) => e.start)),
        end: Math.max(...a.elements.map((e) => e.end)),
      })),
  };
}

/**
 * An article of one page printed again on another page, in the other layout and with one figure
 * changed: NP201 must find the copy (both pages in one workspace) and NP205 the changed figure.
 */
function reprints(pages: CorpusPage[], count: number, seg: Segmenter, dice: Dice, cleanOf: (page: CorpusPage, layout: Layout) => Clean): DamageRow[] {
  const copyRow: DamageRow = { kind: 'article reprinted on another page', family: 'duplicates', rules: ['NP201'], planted: 0, caught: 0, newOnGold: 0, newTotal: 0, missed: [] };
  const figureRow: DamageRow = { kind: 'figure changed in the reprint', family: 'duplicates', rules: ['NP205'], planted: 0, caught: 0, newOnGold: 0, newTotal: 0, missed: [] };
  for (let tries = 0; copyRow.planted < count && tries < count * 10; tries++) {
    const [from, to] = [dice.pick(pages), dice.pick(pages)];
    const article = dice.pick(from.articles);
    if (from === to || article.paragraphs.join('').length < 300) continue;
    const first = cleanOf(from, 'reflowed');
    const other = cleanOf(to, 'reflowed');
    const copy = renderPage({ id: `${from.id}-copy`, articles: [article] }, 'column', tries).text;
    const digits = [...copy.matchAll(/[0-9]{2,}/g)];
    if (!digits.length) continue;
    const d = dice.pick(digits);
    const i = d.index! + d[0].length - 1;
    // After the page's last article, two blank lines apart, as the renderer separates articles.
    const at = other.page.text.length + 2;
    const text = `${other.page.text}\n\n${copy.slice(0, i)}${(Number(copy[i]) + 1) % 10}${copy.slice(i + 1)}`;
    const workspace = new Workspace();
    workspace.set('file:///first.txt', first.page.text);
    const copyGold: Gold = { kind: copyRow.kind, rules: ['NP201'], start: at, end: text.length };
    const figureGold: Gold = { kind: figureRow.kind, rules: ['NP205'], start: at + i, end: at + i + 1 };
    scoreDamage(copyRow, other.page, other.findings, { text, gold: copyGold }, seg, workspace, [copyGold]);
    scoreDamage(figureRow, other.page, other.findings, { text, gold: figureGold }, seg, workspace, [copyGold]);
  }
  return [copyRow, figureRow];
}
