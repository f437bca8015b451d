// Findings' fixes → LSP code actions: each finding's fixes (preferred first), "fix all of this
// rule in the file", "fix all wraps in the file", and `source.fixAll.newsprint` for save actions.
import { CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diffEdit, onlyRule } from './edits';
import { CAP_NOTICE_RULE, fallbackSegmenter, findingKey, fixAll, reflowArticleFix, RULES, type Family, type Finding, type Review, type ReviewOptions } from '../engine';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.newsprint`;
/**
 * Families whose preferred fixes are safe to apply unattended (on save): wrap repairs only remove
 * whitespace, punctuation repairs only replace the marks they list. Removing a repeated word or a doubled headline deletes text, so those stay one by one
 * (or "fix all of this rule", asked for explicitly).
 */
export const FIXABLE_FAMILIES: readonly Family[] = ['wraps', 'figures', 'punctuation'];
const FAMILY_TITLES: Partial<Record<Family, string>> = { wraps: 'Fix all wraps in this file', figures: 'Fix all figure forms in this file', punctuation: 'Fix all punctuation in this file' };

const sameRange = (f: Finding, d: Diagnostic) =>
  f.range.start.line === d.range.start.line &&
  f.range.start.character === d.range.start.character &&
  f.range.end.line === d.range.end.line &&
  f.range.end.character === d.range.end.character;

function fixAllAction(doc: TextDocument, title: string, kind: string, options: ReviewOptions, diagnostics?: Diagnostic[]): CodeAction | undefined {
  const result = fixAll(doc.getText(), options);
  const edit = diffEdit({ text: doc.getText(), positionAt: (o) => doc.positionAt(o) }, result.text);
  if (!edit) return undefined;
  const action = CodeAction.create(`${title} (${result.applied} fix${result.applied === 1 ? '' : 'es'})`, { changes: { [doc.uri]: [edit] } }, kind);
  if (diagnostics) action.diagnostics = diagnostics;
  return action;
}

export function codeActions(
  doc: TextDocument,
  review: Review,
  diagnostics: Diagnostic[],
  only: string[] | undefined,
  base: ReviewOptions,
): CodeAction[] {
  const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source) ?? false;
  const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
  const out: CodeAction[] = [];
  if (wantsQuickFix) {
    const rulesSeen = new Set<string>();
    const reflowed = new Set<number>();
    for (const d of diagnostics) {
      const finding = review.findings.find((f) => f.ruleId === d.code && sameRange(f, d) && f.message === d.message);
      if (!finding || finding.ruleId === CAP_NOTICE_RULE.id) continue;
      const fixes = [...finding.fixes].sort((a, b) => Number(!!b.preferred) - Number(!!a.preferred));
      for (const fix of fixes) {
        const action = CodeAction.create(fix.title, { changes: { [doc.uri]: fix.edits.map((e) => ({ range: e.range, newText: e.newText })) } }, CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.isPreferred = !!fix.preferred;
        out.push(action);
      }
      const rule = RULES.find((r) => r.id === finding.ruleId);
      const article = review.page.articles.find((a) => a.firstLine <= d.range.start.line && d.range.start.line <= a.lastLine);
      if (rule?.family === 'wraps' && article && !reflowed.has(article.index)) {
        reflowed.add(article.index);
        const fix = reflowArticleFix(review.page.source, article, base.segmenter ?? fallbackSegmenter, base.corpus ?? base.workspace?.corpus);
        if (fix) {
          const action = CodeAction.create(fix.title, { changes: { [doc.uri]: fix.edits.map((e) => ({ range: e.range, newText: e.newText })) } }, CodeActionKind.QuickFix);
          action.diagnostics = [d];
          out.push(action);
        }
      }
      const text = review.page.source.text;
      const accept = CodeAction.create(
        'Accept (don’t report again)',
        {
          title: 'Accept (don’t report again)',
          command: 'newsprint.acceptFinding',
          arguments: [{ uri: doc.uri, rule: finding.ruleId, key: findingKey(text, finding), text: text.slice(finding.start, finding.end).slice(0, 60) }],
        },
        CodeActionKind.QuickFix,
      );
      accept.diagnostics = [d];
      out.push(accept);
      if (finding.ruleId === 'NP001' && finding.data?.kind !== 'binary') {
        // The text was decoded with the wrong encoding: only the editor can read the bytes again.
        const reopen = CodeAction.create('Reopen with Encoding… (GB18030 is common)', { title: 'Reopen with Encoding', command: 'newsprint.reopenWithEncoding', arguments: [doc.uri] }, CodeActionKind.QuickFix);
        reopen.diagnostics = [d];
        reopen.isPreferred = true;
        out.push(reopen);
      }
      if (finding.ruleId === 'NP201') {
        const compare = CodeAction.create('Compare duplicate copies', { title: 'Compare duplicate copies', command: 'newsprint.compareDuplicates', arguments: [doc.uri, d.range.start] }, CodeActionKind.QuickFix);
        compare.diagnostics = [d];
        out.push(compare);
      }
      if (finding.fixes.some((f) => f.preferred)) rulesSeen.add(finding.ruleId);
    }
    for (const id of rulesSeen) {
      const rule = RULES.find((r) => r.id === id)!;
      const sameRule = review.findings.filter((f) => f.ruleId === id && f.fixes.length);
      if (sameRule.length < 2) continue;
      const a = fixAllAction(doc, `Fix all ${rule.id} ${rule.name} in this file`, CodeActionKind.QuickFix, onlyRule(base, id));
      if (a) out.push(a);
    }
    const families = new Set([...rulesSeen].map((id) => RULES.find((r) => r.id === id)?.family));
    for (const family of FIXABLE_FAMILIES) {
      if (!families.has(family)) continue;
      const a = fixAllAction(doc, FAMILY_TITLES[family]!, CodeActionKind.QuickFix, { ...base, families: [family] });
      if (a) out.push(a);
    }
  }
  if (wantsFixAll) {
    const a = fixAllAction(doc, 'Newsprint: fix all', FIX_ALL_KIND, { ...base, families: FIXABLE_FAMILIES });
    if (a) out.push(a);
  }
  return out;
}
