// NP502: layout residue, one or two characters a line (`外媒` / `看` / `永川`), that extraction cut
// from a banner, a logo or a picture and left between paragraphs or articles: two such lines or
// more one under another. A single short line is a section label (`速览`, `东`), printed on purpose. The editor chooses:
// remove it, or move it to the end of the article to decide later. Neither fix is applied by fix-all.
import type { Element, Page } from '../../model/page';
import type { Draft, Rule } from '../rule';
import { moveLinesAfter, removeLines } from './moveLines';

/** Runs of fragments with nothing but blank lines between them. */
function runsOf(fragments: Element[]): Element[][] {
  const runs: Element[][] = [];
  for (const f of fragments.sort((x, y) => x.firstLine - y.firstLine)) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && f.firstLine - prev.lastLine <= 2 && f.block - prev.block <= 1) run.push(f);
    else runs.push([f]);
  }
  return runs;
}

/** Every fragment of the page with the article it stands in (undefined between articles). */
function fragmentsByArticle(page: Page): Map<number, Element[]> {
  const out = new Map<number, Element[]>();
  const keep = (k: number, elements: Element[]) => {
    const fragments = elements.filter((e) => e.kind === 'fragment');
    if (fragments.length) out.set(k, fragments);
  };
  for (const a of page.articles) keep(a.index, a.residue);
  keep(-1, page.outside);
  return out;
}

export const layoutResidue: Rule = {
  id: 'NP502',
  name: 'layout-residue',
  family: 'layout',
  description:
    'Two or more lines of one or two characters one under another (`外媒` / `看` / `永川`) left between paragraphs or articles by extraction from a banner, a logo or a picture; a single short line is a section label and is left alone. ' +
    'Fixes (offered, never applied by fix-all): remove the fragments, or move them to the end of the article.',
  severity: 'info',
  examples: [
    { bad: '永川区新增培育药品企业12家。\n\n外媒\n看\n永川\n\n全区药品产值增长。', good: '永川区新增培育药品企业12家。\n\n全区药品产值增长。', manual: true },
    { good: '# 贺州四章\n\n一\n\n望贺州，是从一句诗开始的。\n\n二\n\n不必谈及所有的来龙去脉。', page: true, note: 'section numbers of an essay stand alone on purpose' },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const [index, fragments] of fragmentsByArticle(page)) {
      const article = index >= 0 ? page.articles[index] : undefined;
      for (const run of runsOf(fragments)) {
        // One short line alone is a section label (`速览`, `东`, `……`), which pages print on purpose;
        // residue comes as a column of them, a banner or a logo read line by line.
        // Labels stand a blank line apart (`速览` ⏎⏎ `合肥`); residue lines follow one another in one block.
        if (run.every((e) => e.firstLine === e.lastLine)) continue;
        const first = run[0];
        const last = run[run.length - 1];
        const shown = run.flatMap((e) => e.raw.split(/\s*\n\s*/u)).join(' / ');
        const fixes = [{ title: 'Remove the fragments', edits: removeLines(source, first.firstLine, last.lastLine) }];
        if (article && article.lastLine > last.lastLine) {
          fixes.push({ title: 'Move the fragments to the end of the article', edits: moveLinesAfter(source, first.firstLine, last.lastLine, article.lastLine) });
        }
        out.push({
          message: `Layout fragments “${shown}” stand in the text, one or two characters a line: residue of a banner, a logo or a picture.`,
          start: first.start,
          end: last.end,
          fixes,
        });
      }
    }
    return out;
  },
};
