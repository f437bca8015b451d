// Code lenses above each article: how many findings it has, and when it is printed twice,
// "duplicate of … (NN%)" opening the comparison.
import type { CodeLens } from 'vscode-languageserver/node';
import { articleAnchor, findingsInArticle, type Review } from '../engine';
import { fileLabel } from '../engine/rules/duplicates/copies';

export function articleLenses(review: Review, uri: string): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const a of review.page.articles) {
    const anchor = articleAnchor(a).range;
    const inArticle = findingsInArticle(review.findings, a);
    const range = { start: anchor.start, end: anchor.start };
    lenses.push({
      range,
      command: { title: `${inArticle.length} finding${inArticle.length === 1 ? '' : 's'}`, command: 'workbench.actions.view.problems' },
    });
    const dup = inArticle.find((f) => f.ruleId === 'NP201');
    const other = dup?.data?.other as { uri: string; name: string } | undefined;
    if (dup && other) {
      const pct = Math.round((dup.data!.similarity as number) * 100);
      lenses.push({
        range,
        command: {
          title: `duplicate of ${other.uri === uri ? 'an article in this file' : fileLabel(other.uri)} (${pct}%)`,
          command: 'newsprint.compareDuplicates',
          arguments: [uri, dup.range.start],
        },
      });
    }
  }
  return lenses;
}
