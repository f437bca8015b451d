// The data behind the Review view: findings grouped by rule, then by file, with the title of each
// finding's preferred fix; and the edits that apply one finding's fix, or every fix of one rule in
// a file or the whole workspace. Built from the same reviews as the Problems panel.
import type { TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { findRule, fixAll, SourceText, type Finding, type ReviewOptions } from '../engine';
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

export function reviewGroups(reviews: { uri: string; digest: { findings: readonly Finding[] } }[]): ReviewRuleGroup[] {
  const groups = new Map<string, ReviewRuleGroup>();
  for (const { uri, digest } of reviews) {
    for (const f of digest.findings) {
      if (f.severity === 'hint') continue;
      let g = groups.get(f.ruleId);
      if (!g) groups.set(f.ruleId, (g = { ruleId: f.ruleId, rule: f.rule, family: findRule(f.ruleId)?.family ?? 'input', files: [] }));
      let file = g.files[g.files.length - 1];
      if (file?.uri !== uri) g.files.push((file = { uri, findings: [] }));
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

/** Where fixEdits finds the current text of a file, and how the rules are set for it. */
export interface FixSources {
  text(uri: string): string | undefined;
  options(uri: string): ReviewOptions;
  /** Gives other requests a turn; throws when the request was cancelled. */
  pause(): Promise<void>;
}

/**
 * The edits for one finding (from its digest), or for every fix of a rule in one file or the whole
 * workspace. Only files whose digest holds a preferred fix of the rule are reviewed again, one at
 * a time, with other requests answered between them.
 */
export async function fixEdits(req: FixRequest, files: { uri: string; digest: { findings: readonly Finding[] } }[], sources: FixSources): Promise<FixResult> {
  const out: FixResult = { changes: {}, fixes: 0 };
  for (const { uri, digest } of files) {
    if (req.uri && uri !== req.uri) continue;
    if (req.position) {
      const p = req.position;
      const f = digest.findings.find((x) => x.ruleId === req.ruleId && x.range.start.line === p.line && x.range.start.character === p.character && x.fixes.length);
      const fix = f && (f.fixes.find((x) => x.preferred) ?? f.fixes[0]);
      if (fix) {
        out.changes[uri] = fix.edits.map((e) => ({ range: e.range, newText: e.newText }));
        out.fixes++;
      }
      continue;
    }
    if (!digest.findings.some((x) => x.ruleId === req.ruleId && x.fixes.some((y) => y.preferred))) continue;
    const text = sources.text(uri);
    if (text === undefined) continue;
    await sources.pause();
    const result = fixAll(text, onlyRule(sources.options(uri), req.ruleId));
    const edit = diffEdit(new SourceText(text), result.text);
    if (edit) {
      out.changes[uri] = [edit];
      out.fixes += result.applied;
    }
  }
  return out;
}
