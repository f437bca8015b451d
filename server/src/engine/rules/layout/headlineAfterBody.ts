// NP501: a headline that extraction put after its article's body. The page model already reads
// the page so (the outline shows the article under it); this tells the editor and offers to move
// the title lines above the body, where the printed page has them.
import type { Article, Element } from '../../model/page';
import type { Draft, Rule } from '../rule';
import { moveLinesBefore } from './moveLines';

/** The title lines (kicker, headline, subtitle) that stand after the article's last body element, if they are one run of lines. */
function trailingTitle(a: Article): { first: number; last: number; lines: Element[] } | undefined {
  if (a.placement !== 'after' || !a.headline) return undefined;
  // With the headline after the body there is no title cluster above it: every title line trails.
  // In reading order: a kicker is the line above the headline, a subtitle one below it.
  const titles = [...a.kickers, a.headline, ...a.subtitles];
  const first = titles[0].firstLine;
  const last = Math.max(...titles.map((e) => e.lastLine));
  // Another element between the title lines: not one run to move.
  if (a.elements.some((e) => !titles.includes(e) && e.firstLine > first && e.lastLine < last)) return undefined;
  return a.elements[0].lastLine < first ? { first, last, lines: titles } : undefined;
}

export const headlineAfterBody: Rule = {
  id: 'NP501',
  name: 'headline-after-body',
  family: 'layout',
  description:
    'A headline (with its kicker and subtitle) stands after the body of its own article, where extraction put it; the printed page sets it above. ' +
    'The fix moves the title lines above the article’s first line. Moving text is offered, never applied by fix-all.',
  severity: 'info',
  examples: [
    {
      page: true,
      manual: true,
      bad: '本报讯（记者 周雨）永川区新增培育药品企业12家。\n\n永川发力药品“永川造”',
      good: '永川发力药品“永川造”\n\n本报讯（记者 周雨）永川区新增培育药品企业12家。',
    },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const a of page.articles) {
      const t = trailingTitle(a);
      if (!t) continue;
      const opening = a.elements[0];
      const title = t.lines.map((e) => e.text).join(' ');
      out.push({
        message: `The headline “${title}” (line ${t.first + 1}) comes after its article’s body, which starts at line ${opening.firstLine + 1}: the printed page sets it above.`,
        start: source.lines[t.first].start,
        end: t.lines[t.lines.length - 1].end,
        related: [{ range: opening.range, message: 'The article’s body starts here.' }],
        fixes: [{ title: 'Move the headline above its article', edits: moveLinesBefore(source, t.first, t.last, opening.firstLine) }],
      });
    }
    return out;
  },
};
