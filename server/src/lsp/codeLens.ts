// Code lenses above each article: how many findings it has, and when it is printed twice,
// "duplicate of … (NN%)" opening the comparison.
import type { CodeLens } from 'vscode-languageserver/node';
import { articleAnchor, findingsInArticle, type Review } from '../engine';
import { fileLabel } from '../engine/rules/duplicates/copies';
import { CLIENT_COMMANDS } from '../protocol';

/**
 * `7 problems · 14 notes`: errors and warnings counted apart from notes (information), as VS Code
 * counts them (the Outline's badge and the editor's scroll bar count errors and warnings only), so
 * the lens, the Outline and the status bar give one number for one thing.
 */
export function countTitle(findings: readonly { severity: string }[]): string {
  const problems = findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
  const notes = findings.filter((f) => f.severity === 'info').length;
  const parts = [`${problems} problem${problems === 1 ? '' : 's'}`];
  if (notes) parts.push(`${notes} note${notes === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

/** `offers`: whether the client runs a command; a lens whose command it does not is left out (CLIENT_COMMANDS). */
export function articleLenses(review: Review, uri: string, offers: (command: string) => boolean = () => true): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const a of review.page.articles) {
    const anchor = articleAnchor(a).range;
    const inArticle = findingsInArticle(review.findings, a);
    const range = { start: anchor.start, end: anchor.start };
    if (offers(CLIENT_COMMANDS.showProblems)) lenses.push({ range, command: { title: countTitle(inArticle), command: CLIENT_COMMANDS.showProblems } });
    const dup = inArticle.find((f) => f.data?.kind === 'duplicate');
    if (dup?.data?.kind === 'duplicate' && offers(CLIENT_COMMANDS.compareDuplicates)) {
      const other = dup.data.other;
      const pct = Math.round(dup.data.similarity * 100);
      lenses.push({
        range,
        command: {
          title: `duplicate of ${other.uri === uri ? 'an article in this file' : fileLabel(other.uri)} (${pct}%)`,
          command: CLIENT_COMMANDS.compareDuplicates,
          arguments: [uri, dup.range.start],
        },
      });
    }
  }
  return lenses;
}
