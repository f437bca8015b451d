// Engine model and findings → LSP shapes. No logic of its own beyond the mapping.
import { type CodeDescription, type Diagnostic, DiagnosticSeverity, type DocumentSymbol, type FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver/node';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleAnchor, ruleHeadingLine, type Article, type Element, type Finding, type Page, type Severity } from '../engine';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

// The rule reference ships with the extension (docs/rules.md, generated from the registry), so the
// link in the Problems panel works offline: server/dist/server.js → ../../docs/rules.md.
export const RULES_DOC = pathToFileURL(path.resolve(__dirname, '..', '..', 'docs', 'rules.md')).href;

/** The link to a rule's reference: the file at the rule's heading (`#L54`, which VS Code and most editors open at that line). */
export function ruleLink(id: string): string {
  return `${RULES_DOC}#L${ruleHeadingLine(id)}`;
}

/**
 * Names a finding within its document's version: rule and UTF-16 offsets. Sent as the diagnostic's
 * `data`, which clients hand back unchanged with a code-action request, so a quick fix is found
 * even by a client that echoes the range in other units (Neovim ≤ 0.9 sends byte columns).
 */
export function diagnosticKey(f: Pick<Finding, 'ruleId' | 'start' | 'end'>): string {
  return `${f.ruleId}:${f.start}:${f.end}`;
}

export function toDiagnostic(f: Finding, uri: string): Diagnostic {
  const description: CodeDescription = { href: ruleLink(f.ruleId) };
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: description,
    source: `newsprint(${f.rule})`,
    message: f.message,
    relatedInformation: f.related.map((r) => ({ location: { uri: r.uri ?? uri, range: r.range }, message: r.message })),
    data: { key: diagnosticKey(f) },
  };
}

function detailOf(a: Article): string {
  const parts: string[] = [];
  if (a.byline) parts.push(a.byline.text);
  else if (a.dateline) parts.push(a.dateline.text);
  if (a.untitled) parts.push('no headline');
  else if (a.placement === 'after') parts.push('headline after body');
  return parts.join(' · ');
}

function symbolFor(e: Element, kind: SymbolKind, name = e.text): DocumentSymbol {
  return { name: name || '…', kind, range: e.range, selectionRange: e.range };
}

export function toDocumentSymbols(page: Page): DocumentSymbol[] {
  return page.articles.map((a) => {
    const selection = articleAnchor(a).range;
    return {
      name: a.name || '…',
      detail: detailOf(a),
      kind: SymbolKind.Module,
      range: a.range,
      selectionRange: selection,
      children: a.subheads.map((s) => symbolFor(s, SymbolKind.String)),
    };
  });
}

export function toFoldingRanges(page: Page): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const a of page.articles) {
    if (a.lastLine > a.firstLine) ranges.push({ startLine: a.firstLine, endLine: a.lastLine, kind: FoldingRangeKind.Region });
    for (const p of a.paragraphs) {
      if (p.layout === 'column' && p.lastLine > p.firstLine) ranges.push({ startLine: p.firstLine, endLine: p.lastLine });
    }
  }
  return ranges;
}
