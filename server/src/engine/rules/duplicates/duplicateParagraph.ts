// NP202: a paragraph printed twice, inside one article or in two different articles. A page
// repeats some paragraphs on purpose: a summary under the headline (`■…`, the standfirst of a
// commentary), a section's pull quote under its subhead, the opening line printed again as the
// close. Those are told from their layout and reported as a hint that says what they are.
import { elementAfter, type Article, type Element } from '../../model/page';
import { endsInColumnTag } from '../../parse/patterns';
import type { Draft, Related, Rule } from '../rule';
import { edit } from '../rule';
import { fileLabel, MAX_COPIES_LISTED } from './copies';

export const duplicateParagraph: Rule = {
  id: 'NP202',
  name: 'duplicate-paragraph',
  family: 'duplicates',
  description:
    'A paragraph appears twice: inside one article, or in two different articles (in this file or another). ' +
    'Copies inside articles that are duplicates of each other are left to NP201. A repeat the page makes on purpose is a ' +
    'hint that says so: a summary point marked `■`, a summary under a label such as `核心阅读`, the standfirst under a ' +
    'commentary column’s headline (`…（审时度势）`), a pull quote printed without its final mark, printed again in the ' +
    'body, and an opening line printed again as the closing one.',
  severity: 'warning',
  examples: [{ bad: '在各方共同努力下,永川区15件区级重点民生实事已开复工13件…（twice in one article）' }],
  readsWorkspace: true,
  check({ page, source, uri, workspace, budget = Infinity }) {
    const out: Draft[] = [];
    // Elements by offset, built the first time a copy elsewhere in the file needs looking up.
    let byStart: Map<number, Element> | undefined;
    page.articles.forEach((article, k) => {
      if (out.length >= budget) return; // the review keeps no more
      // The story's set holds this article too: copies inside it are not “the same story elsewhere”.
      const story = workspace.storyOf(uri, k);
      const inSameStory = (c: { uri: string; article: number }) => story.size > 1 && !(c.uri === uri && c.article === k) && story.has(workspace.articles(c.uri)[c.article]);
      // The paragraphs printed more than once (a paragraph's copies include itself).
      const repeated = article.paragraphs.map((p) => ({ p, copies: workspace.paragraphCopiesAt(uri, p.start) })).filter((r) => r.copies.length > 1);
      // Copies inside this article, grouped by text (a text's copies are one shared list).
      const inThisArticle = new Map<readonly unknown[], Element[]>();
      for (const { p, copies } of repeated) {
        const here = inThisArticle.get(copies);
        if (here) here.push(p);
        else inThisArticle.set(copies, [p]);
      }
      for (const { p, copies } of repeated) {
        const here = inThisArticle.get(copies)!;
        const inArticle = here.length > 1;
        // The last copy in the article is the one to remove.
        const later = inArticle && here[here.length - 1] === p;
        // The first few other copies, for the message and the related list; boilerplate in an
        // archive has hundreds of copies per paragraph, so stop once the list is full.
        let first: (typeof copies)[number] | undefined;
        const related: Related[] = [];
        for (const c of copies) {
          if ((c.uri === uri && c.start === p.start) || inSameStory(c)) continue;
          first ??= c;
          related.push({ uri: c.uri, range: c.range, message: 'the same paragraph' });
          if (related.length === MAX_COPIES_LISTED) break;
        }
        if (!first) continue;
        const where = first.uri === uri ? `line ${first.range.start.line + 1}` : `${fileLabel(first.uri)} line ${first.range.start.line + 1}`;
        const next = elementAfter(page, p.end);
        // Copies in this file in other articles are judged by their marks alone (a `■` summary block parsed as an article of its own).
        const elsewhere = () =>
          copies
            .filter((c) => c.uri === uri && c.start !== p.start)
            .slice(0, MAX_COPIES_LISTED)
            .map((c) => (byStart ??= new Map(page.elements.map((e) => [e.start, e]))).get(c.start))
            .filter((e): e is Element => !!e);
        const display = inArticle ? deliberate(article, here) : marked([p, ...elsewhere()]);
        if (display) {
          out.push({ message: ON_PURPOSE[display](where), start: p.start, end: p.end, severity: 'hint', related, fixes: [] });
          continue;
        }
        out.push({
          message: inArticle ? `Paragraph repeated in this article (also at ${where}).` : `Paragraph also printed in another article (${where}).`,
          start: p.start,
          end: p.end,
          severity: inArticle ? undefined : 'info',
          related,
          fixes: later ? [{ title: 'Remove this repeated paragraph', edits: [edit(source, source.lines[p.firstLine].start, next ? source.lines[next.firstLine].start : source.text.length, '')] }] : [],
        });
      }
    });
    return out;
  },
};

/** The repeats a page makes on purpose, each with its whole message (`where`: the other copy). */
const ON_PURPOSE = {
  summaryPoint: (where: string) => `A summary point printed again (also at ${where}): a repeat the page makes on purpose.`,
  summary: (where: string) => `A summary printed again (also at ${where}): a repeat the page makes on purpose.`,
  standfirst: (where: string) => `The standfirst under a column headline printed again (also at ${where}): a repeat the page makes on purpose.`,
  pullQuote: (where: string) => `A pull quote printed again (also at ${where}): a repeat the page makes on purpose.`,
  openingAsClose: (where: string) => `The opening line printed again as the close (also at ${where}): a repeat the page makes on purpose.`,
};
type OnPurpose = keyof typeof ON_PURPOSE;

/** Marks that open a summary point (`■1990年以来，…`). */
const SUMMARY_MARK = /^[■●◆▲□◇]/u;
/** Labels that head a summary block or an editor's note. */
const SUMMARY_LABEL = /^(?:核心阅读|提要|导读|编者按|阅读提示|内容提要|摘要)$/u;
/** The marks a sentence closes with (a pull quote is printed without one). */
const SENTENCE_END = new Set('。！？!?…”’）)');

/**
 * What the copies of a paragraph inside one article are when the page prints them twice on purpose,
 * or undefined: a summary point (`■`) or a summary under a label (`核心阅读`), the standfirst of a
 * commentary column (under a headline closed by its column tag), a pull quote (printed without its
 * final mark while the other copy has one), an opening line printed again as the close. Any other
 * first paragraph, or one under a subhead, printed again looks the same as a block extraction
 * printed twice: those stay warnings.
 */
function deliberate(article: Article, copies: Element[]): OnPurpose | undefined {
  const paragraphs = article.paragraphs;
  const before = (e: Element) => article.elements[article.elements.indexOf(e) - 1];
  const byMarks = marked(copies);
  if (byMarks) return byMarks;
  for (const c of copies) {
    const b = before(c);
    if (b && SUMMARY_LABEL.test(b.text)) return 'summary';
    // A commentary column (`互联网法院这一年（审时度势）`) opens with a standfirst the body repeats.
    if (!c.dateline && b?.kind === 'headline' && endsInColumnTag(b.text)) return 'standfirst';
  }
  if (copies.includes(paragraphs[0]) && copies.includes(paragraphs[paragraphs.length - 1])) return 'openingAsClose';
  return undefined;
}

/** What copies are by their own marks, wherever they stand: a `■` summary point, a pull quote printed without the final mark its other copy has. */
function marked(copies: Element[]): OnPurpose | undefined {
  if (copies.some((c) => SUMMARY_MARK.test(c.text))) return 'summaryPoint';
  const ends = copies.map((c) => SENTENCE_END.has(c.text.slice(-1)));
  if (ends.some((x) => x) && ends.some((x) => !x)) return 'pullQuote';
  return undefined;
}
