// Hovers on findings: what the rule checks, the standard it rests on, and a link to its entry in
// the rule reference. The finding's own message is already in VS Code's diagnostic hover.
import type { Hover, Position } from 'vscode-languageserver/node';
import { findRule, type Review } from '../engine';
import { ruleLink } from './protocolMap';

const inside = (p: Position, r: { start: Position; end: Position }) =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character)) && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));

export function hoverAt(review: Review, position: Position): Hover | undefined {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of review.findings) {
    if (!inside(position, f.range) || seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const rule = findRule(f.ruleId);
    if (!rule) continue;
    const standard = rule.standard ? `\n\nStandard: ${rule.standard}.` : '';
    const arithmetic = f.data?.kind === 'arithmetic' ? `\n\nThe numbers: \`${f.data.arithmetic}\`${f.data.basis ? `\n\n${f.data.basis}` : ''}` : '';
    parts.push(`**${rule.id} ${rule.name}** (${rule.family}) — ${rule.description}${arithmetic}${standard}\n\n[Rule reference](${ruleLink(rule.id)})`);
  }
  return parts.length ? { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } } : undefined;
}
