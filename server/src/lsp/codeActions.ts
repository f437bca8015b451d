// Findings' fixes → LSP code actions: each finding's fixes (preferred first), "fix all of this
// rule in the file", "fix all wraps in the file", and `source.fixAll.newsprint` for save actions.
import { CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diffEdit, onlyRule, workspaceEdit } from './edits';
import { CLIENT_COMMANDS, FIX_ALL_KIND, REFLOW_ARTICLE_KIND } from '../protocol';
import { CAP_NOTICE_RULE, fallbackSegmenter, findingKey, findRule, fixAll, reflowArticleFix, type Encoding, type Family, type Finding, type Fix, type Review, type ReviewOptions } from '../engine';
import { diagnosticKey } from './protocolMap';

/**
 * Families whose preferred fixes are safe to apply unattended (on save): wrap repairs only remove
 * whitespace, punctuation repairs only replace the marks they list. Removing a repeated word or a doubled headline deletes text, so those stay one by one
 * (or "fix all of this rule", asked for explicitly).
 */
export const FIXABLE_FAMILIES: readonly Family[] = ['wraps', 'figures', 'punctuation'];
const FAMILY_TITLES: Partial<Record<Family, string>> = { wraps: 'Fix all wraps in this file', figures: 'Fix all figure forms in this file', punctuation: 'Fix all punctuation in this file' };

const sameRange = (f: Finding, d: Diagnostic) =>
  f.range.start.line === d.range.start.line && f.range.start.character === d.range.start.character && f.range.end.line === d.range.end.line && f.range.end.character === d.range.end.character;

/**
 * The finding a diagnostic stands for: by the key in its `data` (see diagnosticKey); else by rule,
 * range and message; else, for a client that echoes ranges in other units and drops `data`, by
 * rule, start line and message.
 */
function findingFor(review: Review, d: Diagnostic): Finding | undefined {
  const key = (d.data as { key?: unknown } | undefined)?.key;
  return (
    (typeof key === 'string' ? review.findings.find((f) => diagnosticKey(f) === key) : undefined) ??
    review.findings.find((f) => f.ruleId === d.code && sameRange(f, d) && f.message === d.message) ??
    review.findings.find((f) => f.ruleId === d.code && f.range.start.line === d.range.start.line && f.message === d.message)
  );
}

function fixAllAction(doc: TextDocument, title: string, kind: string, options: ReviewOptions, versioned: boolean, diagnostics?: Diagnostic[]): CodeAction | undefined {
  const result = fixAll(doc.getText(), options);
  const edit = diffEdit({ text: doc.getText(), positionAt: (o) => doc.positionAt(o) }, result.text);
  if (!edit) return undefined;
  const action = CodeAction.create(`${title} (${result.applied} fix${result.applied === 1 ? '' : 'es'})`, workspaceEdit(doc, [edit], versioned), kind);
  if (diagnostics) action.diagnostics = diagnostics;
  return action;
}

export function codeActions(
  doc: TextDocument,
  review: Review,
  diagnostics: Diagnostic[],
  only: string[] | undefined,
  base: ReviewOptions,
  /** What the file's bytes on disk decode as (read only when asked, for NP001); undefined when unreadable. */
  diskEncoding?: () => Encoding | undefined,
  /**
   * The client declared `workspace.workspaceEdit.documentChanges`: edits go as versioned
   * TextDocumentEdits (a stale fix is rejected) rather than as `changes`.
   */
  versioned = false,
  /** Whether the client runs a command (CLIENT_COMMANDS); actions naming one it does not are not offered. */
  offers: (command: string) => boolean = () => true,
): CodeAction[] {
  const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source) ?? false;
  const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
  // Reflow Article asks for its own kind alone: nothing else (no fix-all of any rule) is computed for it.
  const wantsReflow = !only || only.some((k) => REFLOW_ARTICLE_KIND.startsWith(k));
  const out: CodeAction[] = [];
  /** A fix as a code action of `kind` for diagnostic `d`. */
  const fixAction = (fix: Fix, kind: string, d: Diagnostic): CodeAction => {
    const action = CodeAction.create(
      fix.title,
      workspaceEdit(
        doc,
        fix.edits.map((e) => ({ range: e.range, newText: e.newText })),
        versioned,
      ),
      kind,
    );
    action.diagnostics = [d];
    return action;
  };
  if (wantsQuickFix || wantsReflow) {
    const rulesSeen = new Set<string>();
    const reflowed = new Set<number>();
    for (const d of diagnostics) {
      const finding = findingFor(review, d);
      if (!finding || finding.ruleId === CAP_NOTICE_RULE.id) continue;
      if (wantsQuickFix) {
        const fixes = [...finding.fixes].sort((a, b) => Number(!!b.preferred) - Number(!!a.preferred));
        for (const fix of fixes) {
          const action = fixAction(fix, CodeActionKind.QuickFix, d);
          action.isPreferred = !!fix.preferred;
          out.push(action);
        }
      }
      const article = review.page.articles.find((a) => a.firstLine <= d.range.start.line && d.range.start.line <= a.lastLine);
      if (wantsReflow && findRule(finding.ruleId)?.family === 'wraps' && article && !reflowed.has(article.index)) {
        reflowed.add(article.index);
        const fix = reflowArticleFix(review.page.source, article, base.segmenter ?? fallbackSegmenter, base.corpus ?? base.workspace?.corpus);
        if (fix) out.push(fixAction(fix, REFLOW_ARTICLE_KIND, d));
      }
      if (!wantsQuickFix) continue;
      const text = review.page.source.text;
      if (offers(CLIENT_COMMANDS.acceptFinding)) {
        const accept = CodeAction.create(
          'Accept (don’t report again)',
          {
            title: 'Accept (don’t report again)',
            command: CLIENT_COMMANDS.acceptFinding,
            arguments: [{ uri: doc.uri, rule: finding.ruleId, key: findingKey(text, finding), text: text.slice(finding.start, finding.end).slice(0, 60) }],
          },
          CodeActionKind.QuickFix,
        );
        accept.diagnostics = [d];
        out.push(accept);
      }
      // Text read in the wrong encoding can be read again; a binary file cannot.
      if (finding.data?.kind === 'encoding' && finding.data.trouble !== 'binary' && doc.uri.startsWith('file:') && offers(CLIENT_COMMANDS.reopenWithEncoding))
        out.push(...reopenActions(doc.uri, d, diskEncoding?.()));
      if (finding.data?.kind === 'duplicate' && offers(CLIENT_COMMANDS.compareDuplicates)) {
        const compare = CodeAction.create(
          'Compare duplicate copies',
          { title: 'Compare duplicate copies', command: CLIENT_COMMANDS.compareDuplicates, arguments: [doc.uri, d.range.start] },
          CodeActionKind.QuickFix,
        );
        compare.diagnostics = [d];
        out.push(compare);
      }
      if (finding.fixes.some((f) => f.preferred)) rulesSeen.add(finding.ruleId);
    }
    for (const id of rulesSeen) {
      const rule = findRule(id)!;
      const sameRule = review.findings.filter((f) => f.ruleId === id && f.fixes.length);
      if (sameRule.length < 2) continue;
      const a = fixAllAction(doc, `Fix all ${rule.id} ${rule.name} in this file`, CodeActionKind.QuickFix, onlyRule(base, id), versioned);
      if (a) out.push(a);
    }
    const families = new Set([...rulesSeen].map((id) => findRule(id)?.family));
    for (const family of FIXABLE_FAMILIES) {
      if (!families.has(family)) continue;
      const a = fixAllAction(doc, FAMILY_TITLES[family]!, CodeActionKind.QuickFix, { ...base, families: [family] }, versioned);
      if (a) out.push(a);
    }
  }
  if (wantsFixAll) {
    const a = fixAllAction(doc, 'Newsprint: fix all', FIX_ALL_KIND, { ...base, families: FIXABLE_FAMILIES }, versioned);
    if (a) out.push(a);
  }
  return out;
}

/** VS Code's names for the encodings the engine tells apart (TextDocument.encoding). */
const VSCODE_ENCODING: Record<Encoding, string> = { 'utf-8': 'utf8', 'utf-8-bom': 'utf8bom', 'utf-16le': 'utf16le', 'utf-16be': 'utf16be', gb18030: 'gb18030' };
const ENCODING_LABEL: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 with BOM', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030' };

/**
 * NP001's way out: the text was decoded with the wrong encoding and only the editor can read the
 * bytes again. When the bytes on disk decode cleanly as one encoding, one click reopens the file
 * in it; VS Code's own picker is always there too (for a file whose bytes are themselves damaged).
 */
function reopenActions(uri: string, d: Diagnostic, onDisk: Encoding | undefined): CodeAction[] {
  const out: CodeAction[] = [];
  if (onDisk) {
    const direct = CodeAction.create(
      `Reopen as ${ENCODING_LABEL[onDisk]} (the file's bytes read cleanly so)`,
      { title: `Reopen as ${ENCODING_LABEL[onDisk]}`, command: CLIENT_COMMANDS.reopenWithEncoding, arguments: [uri, VSCODE_ENCODING[onDisk]] },
      CodeActionKind.QuickFix,
    );
    direct.diagnostics = [d];
    direct.isPreferred = true;
    out.push(direct);
  }
  const picker = CodeAction.create(
    'Reopen with Encoding… (GB18030 is common)',
    { title: 'Reopen with Encoding', command: CLIENT_COMMANDS.reopenWithEncoding, arguments: [uri] },
    CodeActionKind.QuickFix,
  );
  picker.diagnostics = [d];
  picker.isPreferred = !onDisk;
  out.push(picker);
  return out;
}
