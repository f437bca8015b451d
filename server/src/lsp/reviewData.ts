// The data behind the Review view: findings grouped by rule, then by file, with the title of each
// finding's preferred fix; and the edits that apply one finding's fix, or every fix of one rule in
// a file or the whole workspace. Built from the same reviews as the Problems panel.
import type { TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { fixAll, RULES, type Review, type ReviewOptions } from '../engine';
import { diffEdit, onlyRule } from './edits';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

export interface ReviewFinding {
  message: string;
  severity: string;
  range: Range;
  /** The preferred fix's title, when the finding has a fix. */
  fix?: string;
}

export interface ReviewRuleGroup {
  ruleId: string;
  rule: string;
  family: string;
  files: { uri: string; findings: ReviewFinding[] }[];
}

export function reviewGroups(reviews: { uri: string; review: Review }[]): ReviewRuleGroup[] {
  const groups = new Map<string, ReviewRuleGroup>();
  for (const { uri, review } of reviews) {
    for (const f of review.findings) {
      if (f.severity === 'hint') continue;
      let g = groups.get(f.ruleId);
      if (!g) groups.set(f.ruleId, (g = { ruleId: f.ruleId, rule: f.rule, family: RULES.find((r) => r.id === f.ruleId)?.family ?? 'input', files: [] }));
      let file = g.files.find((x) => x.uri === uri);
      if (!file) g.files.push((file = { uri, findings: [] }));
      const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
      file.findings.push({ message: f.message, severity: f.severity, range: f.range, ...(fix ? { fix: fix.title } : {}) });
    }
  }
  return [...groups.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

export interface FixRequest {
  ruleId: string;
  /** A file; absent for the whole workspace. */
  uri?: string;
  /** One finding's range start in `uri`; absent for every finding of the rule. */
  position?: { line: number; character: number };
}

export interface FixResult {
  changes: Record<string, LspTextEdit[]>;
  /** How many findings the edits repair. */
  fixes: number;
}

export function fixEdits(
  req: FixRequest,
  reviews: { uri: string; review: Review }[],
  options: (uri: string) => ReviewOptions,
): FixResult {
  const out: FixResult = { changes: {}, fixes: 0 };
  for (const { uri, review } of reviews) {
    if (req.uri && uri !== req.uri) continue;
    if (req.position) {
      const p = req.position;
      const f = review.findings.find((x) => x.ruleId === req.ruleId && x.range.start.line === p.line && x.range.start.character === p.character && x.fixes.length);
      const fix = f && (f.fixes.find((x) => x.preferred) ?? f.fixes[0]);
      if (fix) {
        out.changes[uri] = fix.edits.map((e) => ({ range: e.range, newText: e.newText }));
        out.fixes++;
      }
      continue;
    }
    if (!review.findings.some((x) => x.ruleId === req.ruleId && x.fixes.some((y) => y.preferred))) continue;
    const text = review.page.source.text;
    const result = fixAll(text, onlyRule(options(uri), req.ruleId));
    const edit = diffEdit(review.page.source, result.text);
    if (edit) {
      out.changes[uri] = [edit];
      out.fixes += result.applied;
    }
  }
  return out;
}
