// NP103: a sentence cut in two by something extraction dropped into it (a caption, a credit, a
// banner, a layout fragment). The repair joins the sentence and moves the insert, whole, after it.
import type { Element } from '../../model/page';
import { edit, type Draft, type Rule } from '../rule';
import { aroundBreak, joinEdit, showBreak } from './breaks';
import { splitBetween } from './splits';
import { straddling, type Segmenter } from '../../segment/segmenter';

const INSERTS = new Set(['caption', 'credit', 'banner', 'fragment']);
const NAMES: Record<string, string> = { caption: 'a caption', credit: 'a photo credit', banner: 'a banner', fragment: 'a layout fragment' };

/**
 * Whether one-character "fragments" between two halves are really pieces of a cut word: a word
 * runs across one of the breaks, between a half and a fragment (`重庆市` | `永` | `川区`) or between
 * two fragments (`重庆市` | `永` | `川` | `区的`).
 */
function isCutPiece(a: Element, inserts: Element[], b: Element, seg: Segmenter): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the fallback segmenter finds no Chinese word across a break either; this spares it the work.
  if (seg.kind !== 'jieba' || !inserts.every((x) => x.kind === 'fragment')) return false;
  const pieces = [a.text, ...inserts.map((x) => x.text), b.text];
  for (let k = 1; k < pieces.length; k++) if (straddling(seg, pieces.slice(0, k).join(''), pieces.slice(k).join(''))) return true;
  return false;
}

export const splitAroundInsert: Rule = {
  id: 'NP103',
  name: 'split-around-insert',
  family: 'wraps',
  description:
    'A caption, photo credit, banner or one- or two-character layout fragment sits between the two halves of a sentence. ' +
    'The repair joins the sentence and moves the inserted text, unchanged, to after the paragraph.',
  severity: 'warning',
  usesSegmenter: true,
  examples: [
    {
      bad: '…并成立了\n\n心理教研组组织学生进行考前放松(永川区教委供图)\n\n永川区心理健康教育中心教研组…',
      good: '…并成立了永川区心理健康教育中心教研组…\n\n心理教研组组织学生进行考前放松(永川区教委供图)',
    },
    {
      good: '今年以来，全区上下狠抓落实，各项工作取得明显成效。\n\n图为工人在车间生产（记者 张三 摄）\n\n全区新认定高新技术企业42家，科技型企业总数达到六百余家。',
      note: 'a caption between two whole paragraphs cuts nothing',
    },
  ],
  readsWorkspace: true,
  check({ page, source, segmenter, corpus }) {
    const out: Draft[] = [];
    for (const article of page.articles) {
      const els = article.elements;
      for (let i = 0; i < els.length; i++) {
        const a = els[i];
        if (a.kind !== 'paragraph') continue;
        let j = i + 1;
        while (j < els.length && INSERTS.has(els[j].kind)) j++;
        if (j === i + 1 || j >= els.length) continue;
        const inserts: Element[] = els.slice(i + 1, j);
        const b = els[j];
        const split = splitBetween(a, b, segmenter);
        // An open question between the halves stays one; a banner between two paragraphs is as often a
        // section's label, so only words cut or running on across it make the sentence one.
        if (!split || split.open) continue;
        if (inserts.every((x) => x.kind === 'banner') && split.kind === 'mid-sentence' && !split.runsOn) continue;
        if (isCutPiece(a, inserts, b, segmenter)) {
          // `…申请后,` ⏎⏎ `永` ⏎⏎ `川区…`: the lone character is part of the sentence, not layout residue.
          const breaks = [a, ...inserts].map((x, k) => ({ leftEnd: x.end, rightStart: (k < inserts.length ? inserts[k] : b).start }));
          out.push({
            message: `Sentence cut into pieces by blank lines: ${showBreak(source, breaks[0])} … ${showBreak(source, breaks[breaks.length - 1])}. Join the pieces.`,
            ...aroundBreak(source.text, breaks[0]),
            fixes: [{ title: 'Join the pieces', preferred: true, edits: breaks.map((br) => joinEdit(source, br, corpus)) }],
          });
          continue;
        }
        const moved = source.text.slice(inserts[0].start, inserts[inserts.length - 1].end);
        const br = { leftEnd: a.end, rightStart: b.start };
        const join = joinEdit(source, br, corpus);
        const what = inserts
          .map((x) => NAMES[x.kind])
          .filter((x, k, all) => all.indexOf(x) === k)
          .join(' and ');
        out.push({
          message: `Sentence split by ${what} (“${inserts[0].text.slice(0, 20)}”): ${showBreak(source, { ...br, leftEnd: a.end, rightStart: b.start })}. Move it out and join the sentence.`,
          ...aroundBreak(source.text, br),
          fixes: [
            {
              title: `Move ${what} after the paragraph and join the sentence`,
              preferred: true,
              edits: [join, edit(source, b.end, b.end, `\n\n${moved}`)],
            },
          ],
        });
      }
    }
    return out;
  },
};
