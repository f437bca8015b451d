// The data behind the Articles view: every newspaper file of the workspace → its articles (with
// byline, lines, finding counts per rule and duplicate links) → their findings, asked for when an
// article is opened. From the same reviews that feed the Problems panel, so they never disagree.
import { findingsInArticle, type Review } from '../engine';
import type { FileSummary } from './summaries';
import type { ArticleFinding, FileNode } from '../protocol';

export function fileNode(uri: string, summary: FileSummary): FileNode {
  return { uri, articles: summary.articles };
}

/** The findings of article `index` of a reviewed file (hints aside), in text order. */
export function articleFindings(review: Review, index: number): ArticleFinding[] {
  const a = review.page.articles[index];
  if (!a) return [];
  return findingsInArticle(review.findings, a).map((f) => ({ ruleId: f.ruleId, rule: f.rule, severity: f.severity, message: f.message, range: f.range }));
}
