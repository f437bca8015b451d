// The CLI's three output formats from one list of reviewed files.
import { RULES, type Finding, type Severity } from '../engine';
import type { Review } from '../engine';

export interface FileReport {
  path: string;
  encoding: string;
  lines: number;
  review: Review;
}

export function toJson(reports: FileReport[]): unknown {
  return {
    files: reports.map((r) => ({
      path: r.path,
      encoding: r.encoding,
      lines: r.lines,
      articles: r.review.page.articles.map((a) => ({
        name: a.name,
        headline: a.headline?.text ?? null,
        untitled: a.untitled,
        placement: a.placement,
        byline: a.byline?.text ?? null,
        dateline: a.dateline?.text ?? null,
        startLine: a.firstLine,
        endLine: a.lastLine,
        subheads: a.subheads.map((s) => s.text),
        paragraphs: a.paragraphs.length,
      })),
      findings: r.review.findings.map((f) => findingJson(f)),
    })),
  };
}

function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: f.range,
    fixes: f.fixes.map((x) => ({ title: x.title, preferred: !!x.preferred, edits: x.edits.map((e) => ({ range: e.range, newText: e.newText })) })),
  };
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(reports: FileReport[], version: string): unknown {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'newsprint',
            version,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.description.split('. ')[0] },
              fullDescription: { text: r.description },
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r) =>
          r.review.findings.map((f) => ({
            ruleId: f.ruleId,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.path.split('\\').join('/') },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}

export function toText(reports: FileReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const arts = r.review.page.articles;
    out.push(`${r.path}  (${arts.length} article${arts.length === 1 ? '' : 's'}, ${r.lines} lines, ${r.encoding})`);
    if (r.review.unreadable) out.push(`  ${r.review.unreadable}`);
    for (const a of arts) {
      const lines = `${a.firstLine + 1}-${a.lastLine + 1}`.padEnd(9);
      const notes = [a.untitled ? 'no headline' : a.placement === 'after' ? 'headline after body' : '', a.byline?.text ?? a.dateline?.text ?? '']
        .filter(Boolean)
        .join(' · ');
      out.push(`  ${lines} ${a.name}${notes ? `  [${notes}]` : ''}`);
    }
    for (const f of r.review.findings) {
      out.push(`  ${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity}  ${f.ruleId} ${f.rule}  ${f.message}`);
    }
  }
  return out.join('\n');
}
