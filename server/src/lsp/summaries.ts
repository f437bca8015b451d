// What the Articles and Review views keep of a file between refreshes: per article and per rule,
// how many findings there are and how many can be fixed, and the other copies of a duplicate; no
// finding itself. A workspace of 20,000 pages holds 400,000 findings (about 350 MB, and 80 MB of
// JSON in one response); the views list the counts and ask for a file's or an article's findings
// only when the editor opens that node.
import { findingsInArticle, findRule, type Finding, type Review } from '../engine';
import type { ArticleNode, DuplicateLink } from '../protocol';

export interface RuleCount {
  rule: string;
  family: string;
  /** Findings of the rule in the file (hints aside: they stay in the text). */
  count: number;
  /** …of which have a fix. */
  fixable: number;
  /** …of which have a preferred fix (what fix-all applies). */
  preferred: number;
}

export interface FileSummary {
  articles: ArticleNode[];
  /** By rule id. */
  rules: Record<string, RuleCount>;
}

/** The findings the views list: hints stay in the text. */
export const listed = (f: Finding) => f.severity !== 'hint';

/** The other copy a duplicate finding names (its data carries it). */
function duplicateOf(f: Finding): DuplicateLink | undefined {
  return f.data?.kind === 'duplicate' ? { uri: f.data.other.uri, name: f.data.other.name, similarity: f.data.similarity } : undefined;
}

export function summarize(review: Review): FileSummary {
  const rules: Record<string, RuleCount> = {};
  for (const f of review.findings) {
    if (!listed(f)) continue;
    const r = (rules[f.ruleId] ??= { rule: f.rule, family: findRule(f.ruleId)?.family ?? 'input', count: 0, fixable: 0, preferred: 0 });
    r.count++;
    if (f.fixes.length) r.fixable++;
    if (f.fixes.some((x) => x.preferred)) r.preferred++;
  }
  return {
    rules,
    articles: review.page.articles.map((a) => {
      const findings = findingsInArticle(review.findings, a);
      const counts: Record<string, number> = {};
      for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
      return {
        name: a.name,
        untitled: a.untitled,
        detail: [a.byline?.text ?? a.dateline?.text, `lines ${a.firstLine + 1}–${a.lastLine + 1}`].filter(Boolean).join(' · '),
        range: a.range,
        counts,
        duplicates: findings.flatMap((f) => duplicateOf(f) ?? []),
      };
    }),
  };
}
