// parsePage: text → lines → blocks → units → roles → articles, with every element's exact range.
import { SourceText } from '../text/sourceText';
import { textAfterDateline, type Article, type Element, type ElementKind, type Page } from '../model/page';
import { blocksOf, unitsOf, type Unit } from './units';
import { labelSections, roleOf, type RoledUnit } from './roles';
import { groupArticles, type ArticleCore, type Cluster } from './articles';
import { drain } from '../steps';
import { markdownHeading } from './patterns';
import { hasSentenceEnd } from '../text/chars';

export function parsePage(text: string | SourceText): Page {
  return drain(parseSteps(text));
}

/** Articles built between two yields of `parseSteps`: a 10 MB archive has a few thousand. */
const ARTICLES_PER_STEP = 400;
/** Blocks (runs of lines between blank lines) cut into units between two yields: about 20 ms on a 10 MB page. */
const BLOCKS_PER_STEP = 3000;

/**
 * `parsePage` in stages, yielding between them and every few hundred articles, so a caller can
 * answer other requests while a very large page is parsed (each stage is under about 150 ms on 10 MB).
 */
export function* parseSteps(text: string | SourceText): Generator<void, Page> {
  const source = typeof text === 'string' ? new SourceText(text) : text;
  const blocks = blocksOf(source);
  yield;
  const cut: Unit[] = [];
  for (let from = 0; from < blocks.length; from += BLOCKS_PER_STEP) {
    unitsOf(source, blocks, from, Math.min(blocks.length, from + BLOCKS_PER_STEP), cut);
    yield;
  }
  const units = cut.map(roleOf);
  labelSections(units);
  yield;
  const { cores, outside } = groupArticles(units);
  yield;
  const articles: Article[] = [];
  for (const [index, core] of cores.entries()) {
    articles.push(buildArticle(source, units, core, index));
    if (index % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
  }
  const outsideElements = outside.map((i) => toElement(source, units[i], units[i].role as ElementKind));
  const elements = [...articles.flatMap((a) => a.elements), ...outsideElements].sort((a, b) => a.start - b.start);
  return { source, blocks, elements, articles, outside: outsideElements };
}

function buildArticle(source: SourceText, units: RoledUnit[], core: ArticleCore, index: number): Article {
  const made = new Map<RoledUnit, Element>();
  const element = (u: RoledUnit, kind: ElementKind): Element => {
    const e = toElement(source, u, kind);
    made.set(u, e);
    return e;
  };
  const kickers: Element[] = [];
  const subtitles: Element[] = [];
  const extra: Element[] = [];
  const subheadsAbove: Element[] = [];
  const mainLead = pickMain(core.lead);
  const mainCluster = mainLead ?? pickMain(core.trail.slice(0, 1));
  let headline: Element | undefined;
  const place = (cluster: Cluster, role: 'lead' | 'trail', ci: number) => {
    if (cluster === mainCluster) {
      const m = mainUnitIndex(cluster);
      cluster.forEach((u, i) => {
        if (u.role !== 'heading') element(u, u.role === 'docnumber' ? 'docnumber' : 'note');
        else if (i < m) kickers.push(element(u, 'kicker'));
        else if (i > m) subtitles.push(element(u, 'subtitle'));
        else headline = element(u, 'headline');
      });
      return;
    }
    // -1 without a main lead cluster: then the lead holds no heading.
    const mainIndex = core.lead.findIndex((c) => c === mainLead);
    cluster.forEach((u) => {
      if (u.role !== 'heading') element(u, u.role === 'docnumber' ? 'docnumber' : 'note');
      // Stryker disable next-line EqualityOperator: the main cluster itself (ci === mainIndex) was placed above.
      else if (role === 'lead' && ci < mainIndex) kickers.push(element(u, 'kicker'));
      else if (role === 'lead' && u.lines.length > 1) subheadsAbove.push(element(u, 'subhead'));
      else if (role === 'lead') subtitles.push(element(u, 'subtitle'));
      else extra.push(element(u, 'headline'));
    });
  };
  core.lead.forEach((c, i) => place(c, 'lead', i));
  core.trail.forEach((c, i) => place(c, 'trail', i));

  const subheadUnits = new Set(core.subheads);
  let byline: Element | undefined;
  let dateline: Element['dateline'];
  const paragraphs: Element[] = [];
  const captions: Element[] = [];
  const residue: Element[] = [];
  const subheads: Element[] = [...subheadsAbove];
  for (const ui of core.units) {
    const u = units[ui];
    if (subheadUnits.has(ui)) {
      subheads.push(element(u, 'subhead'));
      continue;
    }
    switch (u.role) {
      case 'byline': {
        const e = element(u, 'byline');
        if (!byline) byline = e;
        else residue.push(e);
        break;
      }
      case 'paragraph':
      case 'heading': {
        const e = element(u, 'paragraph');
        if (!dateline && e.dateline) dateline = e.dateline;
        paragraphs.push(e);
        break;
      }
      case 'caption':
      case 'credit':
        captions.push(element(u, u.role));
        break;
      default:
        residue.push(element(u, u.role));
    }
  }
  const elements = [...made.values()];
  elements.sort((a, b) => a.start - b.start);
  const firstLine = elements[0].firstLine;
  const lastLine = elements[elements.length - 1].lastLine;
  const untitled = !headline;
  return {
    index,
    name: headline ? headline.text : nameFromBody(paragraphs, byline),
    untitled,
    headline,
    placement: headline ? (mainLead ? 'before' : 'after') : 'none',
    kickers,
    subtitles,
    extraHeadlines: extra,
    byline,
    dateline,
    subheads,
    paragraphs,
    captions,
    residue,
    elements,
    firstLine,
    lastLine,
    range: source.lineRange(firstLine, lastLine),
  };
}

/**
 * The cluster that holds the article's title among those above its body. A marked level decides
 * (`#` over `##`); otherwise the title nearest the body, since series names and kickers stand above
 * it, skipping a two-line section subhead that sits between title and body.
 */
function pickMain(all: Cluster[]): Cluster | undefined {
  // A cluster of only a document number or a note has no title to offer (with none left, the pool
  // below is empty and there is no main cluster).
  const lead = all.filter((c) => mainUnitIndex(c) >= 0);
  const top = Math.min(...lead.map((c) => c[mainUnitIndex(c)].level ?? 99));
  const marked = lead.filter((c) => (c[mainUnitIndex(c)].level ?? 99) === top);
  const singleLine = marked.filter((c) => c[mainUnitIndex(c)].lines.length === 1);
  const pool = singleLine.length ? singleLine : marked;
  return pool[pool.length - 1];
}

function mainUnitIndex(cluster: Cluster): number {
  let best = -1;
  let bestScore = -Infinity;
  cluster.forEach((u, i) => {
    if (u.role !== 'heading') return;
    // A line leading into the next (`…勇于揭短亮丑——`, `中共中央国务院印发：`) is a kicker, one opening on a dash a
    // subtitle (`——江苏落实…纪实`), and a summary sentence is neither: however wide, none is the headline while another line is there.
    // A heading of several lines stands alone in its cluster (clustersOf), so what joins its lines is never weighed against another.
    // Stryker disable next-line StringLiteral: see above.
    const text = u.lines.map((l) => l.trim()).join('');
    const leadOrTail = /(?:——|[：:])$|^——/u.test(text) || hasSentenceEnd(text) ? 500 : 0;
    const score = (u.level !== undefined ? (10 - u.level) * 1000 : 0) + u.width - leadOrTail;
    if (score >= bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

function nameFromBody(paragraphs: Element[], byline: Element | undefined): string {
  const first = paragraphs[0];
  if (first) {
    const words = textAfterDateline(first).trim();
    return words.length > 18 ? `${words.slice(0, 18)}…` : words;
  }
  return byline ? byline.text : '(untitled)';
}

function toElement(source: SourceText, u: RoledUnit, kind: ElementKind): Element {
  const first = source.lines[u.firstLine];
  const last = source.lines[u.lastLine];
  const start = first.start + (first.text.length - first.text.trimStart().length);
  const end = last.start + last.text.trimEnd().length;
  const md = u.level !== undefined ? markdownHeading(first.text) : undefined;
  // A title's lines are separate lines of type (`给政策` / `构建…`); a paragraph's are column wraps
  // (captions and credits are lines of their own, units.ts lineHint).
  const joiner = kind === 'paragraph' ? '' : ' ';
  const text = md ? md.text : u.lines.map((l) => l.trim()).join(joiner);
  const e: Element = {
    kind,
    firstLine: u.firstLine,
    lastLine: u.lastLine,
    start,
    end,
    // Both ends lie on the unit's own first and last lines.
    range: source.rangeOnLines(u.firstLine, u.lastLine, start, end),
    raw: source.text.slice(start, end),
    text,
    layout: u.lines.length > 1 ? 'column' : 'reflowed',
    block: u.block,
  };
  if (u.lines.length > 1 && u.columnWidth) e.columnWidth = u.columnWidth;
  if (u.level !== undefined) e.level = u.level;
  if (u.dateline > 0) {
    const ds = start;
    const de = offsetInLines(source, u, u.dateline);
    e.dateline = {
      start: ds,
      end: de,
      range: source.range(ds, de),
      text: source.text
        .slice(ds, de)
        // Line ends with the spaces around them, as the element's text trims its lines (a no-break
        // space at a wrap inside `本报北京1月31日电 （记者王迪）` included): the dateline is a prefix of that text.
        .replace(/\s*(?:\r\n|\r|\n)\s*/g, ''),
    };
  }
  return e;
}

/** A page with no structure, for content that is not text. */
export function emptyPage(source: SourceText): Page {
  return { source, blocks: [], elements: [], articles: [], outside: [] };
}

/** The source offset of position `n` in the unit's trimmed lines joined together. */
function offsetInLines(source: SourceText, u: RoledUnit, n: number): number {
  let left = n;
  for (let i = u.firstLine; i <= u.lastLine; i++) {
    const line = source.lines[i];
    const lead = line.text.length - line.text.trimStart().length;
    const len = line.text.trim().length;
    if (left <= len) return line.start + lead + left;
    left -= len;
  }
  return source.lines[u.lastLine].start + source.lines[u.lastLine].text.trimEnd().length;
}
