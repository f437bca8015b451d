// The data behind the Review view: rules with their files and counts, a file's findings of a rule
// with the title of each one's preferred fix when it is opened, and the edits that apply one
// finding's fix, or every fix of one rule in a file or the whole workspace. Built from the same
// reviews as the Problems panel.
import { fixAll, SourceText, type Review, type ReviewOptions } from '../engine';
import { listed, type FileSummary } from './summaries';
import { diffEdit, onlyRule } from './edits';

import type { FixRequest, FixResult, ReviewFinding, ReviewRuleGroup } from '../protocol';

/** Rules with their files and counts; a file's findings are asked for when the editor opens it (ruleFindings). */
export function reviewGroups(files: { uri: string; summary: FileSummary }[]): ReviewRuleGroup[] {
  const groups = new Map<string, ReviewRuleGroup>();
  for (const { uri, summary } of files) {
    for (const [ruleId, c] of Object.entries(summary.rules)) {
      let g = groups.get(ruleId);
      if (!g) groups.set(ruleId, (g = { ruleId, rule: c.rule, family: c.family, files: [] }));
      g.files.push({ uri, count: c.count, fixable: c.fixable });
    }
  }
  return [...groups.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** The findings of one rule in one reviewed file, with the title of each one's fix. */
export function ruleFindings(review: Review, ruleId: string): ReviewFinding[] {
  return review.findings
    .filter((f) => f.ruleId === ruleId && listed(f))
    .map((f) => {
      const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
      return { message: f.message, severity: f.severity, range: f.range, ...(fix ? { fix: fix.title } : {}) };
    });
}

/** Where fixEdits finds the current review and text of a file, and how the rules are set for it. */
export interface FixSources {
  review(uri: string): Review | undefined;
  text(uri: string): string | undefined;
  options(uri: string): ReviewOptions;
  /** Gives other requests a turn; throws when the request was cancelled. */
  pause(): Promise<void>;
}

/**
 * The edits for one finding, or for every fix of a rule in one file or the whole workspace. Only
 * files whose summary counts a preferred fix of the rule are reviewed again, one at a time, with
 * other requests answered between them.
 */
export async function fixEdits(req: FixRequest, files: { uri: string; summary: FileSummary }[], sources: FixSources): Promise<FixResult> {
  const out: FixResult = { changes: {}, fixes: 0 };
  for (const { uri, summary } of files) {
    if (req.uri && uri !== req.uri) continue;
    if (req.position) {
      const p = req.position;
      const f = sources.review(uri)?.findings.find((x) => x.ruleId === req.ruleId && x.range.start.line === p.line && x.range.start.character === p.character && x.fixes.length);
      const fix = f && (f.fixes.find((x) => x.preferred) ?? f.fixes[0]);
      if (fix) {
        out.changes[uri] = fix.edits.map((e) => ({ range: e.range, newText: e.newText }));
        out.fixes++;
      }
      continue;
    }
    if (!summary.rules[req.ruleId]?.preferred) continue;
    const text = sources.text(uri);
    if (text === undefined) continue;
    await sources.pause();
    const result = fixAll(text, onlyRule(sources.options(uri), req.ruleId));
    // One edit per fix when a single pass did it all, so the refactor preview lists each change
    // (and each can be unticked); otherwise one edit over what the passes changed together.
    const edits = result.passes === 1 ? result.firstPass.map((e) => ({ range: e.range, newText: e.newText })) : [diffEdit(new SourceText(text), result.text)].filter((e) => e !== undefined);
    if (edits.length) {
      out.changes[uri] = edits;
      out.fixes += result.applied;
    }
  }
  return out;
}
