// The rule reference, generated from the registry (docs/rules.md is this function's output).
import { RULES } from './registry';

export function rulesMarkdown(): string {
  const out = [
    '# Newsprint rules',
    '',
    'Generated from the rule registry (`server/src/engine/rules/registry.ts`) by `npm run docs`; do not edit by hand.',
    '',
    '| id | name | family | default severity |',
    '| --- | --- | --- | --- |',
    ...RULES.map((r) => `| [${r.id}](#${anchor(r.id, r.name)}) | \`${r.name}\` | ${r.family} | ${r.severity} |`),
    '',
  ];
  for (const r of RULES) {
    out.push(`## ${r.id} ${r.name}`, '', r.description, '');
    if (r.standard) out.push(`Standard: ${r.standard}`, '');
    out.push(`Default severity: ${r.severity}.`, '');
    for (const o of r.options ?? []) out.push(`Option \`newsprint.ruleOptions.${r.name}.${o.key}\` (default ${o.default}): ${o.description}`, '');
    // Every rule has examples (the registry test holds it to that).
    out.push('Examples:', '');
    for (const ex of r.examples) {
      const code = (t: string) => `\`${JSON.stringify(t).slice(1, -1)}\``;
      const shown = ex.bad !== undefined ? `${code(ex.bad)}${ex.good ? ` → ${code(ex.good)}` : ''}` : ex.good !== undefined ? `${code(ex.good)} (fine)` : '';
      const notes = [
        ex.note,
        ex.manual ? 'by the editor' : '',
        ex.needs === 'segmenter' ? 'needs the word segmenter' : ex.needs === 'workspace' ? 'the repaired form used in another file' : '',
      ].filter(Boolean);
      out.push(`- ${[shown, notes.length ? (shown ? `(${notes.join('; ')})` : notes.join('; ')) : ''].filter(Boolean).join(' ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}

let headingLines: Map<string, number> | undefined;

/**
 * The 1-based line of rule `id`'s heading in docs/rules.md (which is rulesMarkdown()'s output,
 * checked by a test): editors open `rules.md#L<line>` at the rule, where a heading anchor
 * (`#np101-column-wrap`) opens the raw file at its first line.
 */
export function ruleHeadingLine(id: string): number {
  // Stryker disable next-line ConditionalExpression: a cache; building the map again gives the same lines.
  if (!headingLines) {
    headingLines = new Map();
    for (const [i, line] of rulesMarkdown().split('\n').entries()) {
      // Stryker disable next-line Regex: no line of the reference but a rule's heading holds `## `, a word and a space.
      const m = /^## (\S+) /.exec(line);
      if (m) headingLines.set(m[1], i + 1);
    }
  }
  return headingLines.get(id) ?? 1;
}

/** The heading anchor GitHub and VS Code's Markdown preview give `## NP001 unreadable-text`. */
export function anchor(id: string, name: string): string {
  return `${id}-${name}`.toLowerCase();
}
