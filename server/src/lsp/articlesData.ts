// The data behind the Articles view: every newspaper file of the workspace → its articles (with
// byline, lines, finding count and duplicate links) → their findings, from the same reviews that
// feed the Problems panel, so the views and the panel never disagree.
import { findingsInArticle, type ReviewDigest } from '../engine';

export interface ArticleNode {
  name: string;
  untitled: boolean;
  detail: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  findings: { ruleId: string; rule: string; severity: string; message: string; range: ArticleNode['range'] }[];
  duplicates: { uri: string; similarity: number; name: string }[];
}

export interface FileNode {
  uri: string;
  articles: ArticleNode[];
}

export function fileNode(uri: string, review: ReviewDigest): FileNode {
  return {
    uri,
    articles: review.articles.map((a) => {
      const findings = findingsInArticle(review.findings, a);
      const dup = findings.filter((f) => f.ruleId === 'NP201');
      return {
        name: a.name,
        untitled: a.untitled,
        detail: [a.byline ?? a.dateline, `lines ${a.firstLine + 1}–${a.lastLine + 1}`].filter(Boolean).join(' · '),
        range: a.range,
        findings: findings.map((f) => ({ ruleId: f.ruleId, rule: f.rule, severity: f.severity, message: f.message, range: f.range })),
        duplicates: dup.flatMap((f) => {
          const other = f.data?.other as { uri: string; name: string } | undefined;
          return other ? [{ uri: other.uri, name: other.name, similarity: f.data!.similarity as number }] : [];
        }),
      };
    }),
  };
}
