// Review reports from one list of reviewed files, in the formats the CLI writes and the editor
// exports: text, JSON, SARIF 2.1.0 and Markdown, each with the newsroom's quality figure,
// findings per 10,000 characters.
import { RULES } from './rules/registry';
import type { Finding, Severity } from './rules/rule';
import type { ReviewDigest } from './digest';
import { findingsInArticle } from './model/page';
import { mdCell, mdInline, oneLine } from './markdownText';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One reviewed file as reports see it: a digest, so a report on 20,000 files never holds 20,000 page models. */
export interface FileReport {
  path: string;
  encoding: string;
  digest: ReviewDigest;
}

/** Findings an editor must look at (not hints, not notes) per 10,000 characters. */
export function qualityRate(digest: ReviewDigest): { findings: number; characters: number; per10k: number } {
  const findings = digest.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
  const { characters } = digest;
  return { findings, characters, per10k: characters ? (findings / characters) * 10_000 : 0 };
}

/** The JSON report's format version: raised when a field changes meaning or goes away (new fields keep it). */
export const JSON_FORMAT_VERSION = 1;

export interface JsonOptions {
  /** How a related location in another file is named (the CLI's are paths already; the server's are file URIs). */
  pathOf?: (uriOrPath: string) => string;
}

/**
 * The JSON report, described by server/schema/review-report.schema.json: lines and characters
 * 0-based, characters and offsets in UTF-16 code units (LSP's unit, JavaScript's string index),
 * offsets from the start of the file; each finding with its key (what SARIF fingerprints), related
 * locations, fixes as edits, and the data a tool may act on.
 */
export function toJson(reports: FileReport[], version: string, options: JsonOptions = {}): unknown {
  const pathOf = options.pathOf ?? filePathOf;
  return {
    format: 'newsprint-review',
    formatVersion: JSON_FORMAT_VERSION,
    tool: { name: 'newsprint', version },
    positionEncoding: 'utf-16',
    files: reports.map((r) => ({
      path: r.path,
      encoding: r.encoding,
      lines: r.digest.lines,
      quality: qualityRate(r.digest),
      articles: r.digest.articles.map((a) => ({
        name: a.name,
        headline: a.headline ?? null,
        untitled: a.untitled,
        placement: a.placement,
        byline: a.byline ?? null,
        dateline: a.dateline ?? null,
        startLine: a.firstLine,
        endLine: a.lastLine,
        subheads: a.subheads,
        paragraphs: a.paragraphs,
      })),
      findings: r.digest.findings.map((f, k) => findingJson(f, r.digest.keys[k], r.path, pathOf)),
    })),
  };
}

function findingJson(f: Finding, key: string, file: string, pathOf: (uriOrPath: string) => string) {
  return {
    ruleId: f.ruleId,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: located(f.range, f.start, f.end),
    key,
    related: f.related.map((x) => ({ path: x.uri ? pathOf(x.uri) : file, message: x.message, range: x.range })),
    fixes: f.fixes.map((x) => ({ title: x.title, preferred: !!x.preferred, edits: x.edits.map((e) => ({ range: located(e.range, e.start, e.end), newText: e.newText })) })),
    ...(f.data ? { data: f.data } : {}),
  };
}

/** A range with each end's offset beside its line and character. */
function located(range: Finding['range'], start: number, end: number) {
  return { start: { ...range.start, offset: start }, end: { ...range.end, offset: end } };
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Where SARIF's paths are relative to: a repository's root, or the folder the review ran in. */
export interface SarifOptions {
  /** An absolute folder; files inside it are named relative to `%SRCROOT%`, others by an absolute file URI. */
  base?: string;
  /** Where the reports' relative paths are from (the current folder when absent). */
  from?: string;
}

/**
 * SARIF 2.1.0 as code-scanning services ingest it: URIs percent-encoded and relative to
 * `%SRCROOT%`, a fingerprint per result that edits elsewhere in the file leave alone (the finding's
 * key: its text and a little either side, and which occurrence of that key it is), each rule's help,
 * related locations (the other copy of a reprint, the other figure of a check), and the spots of a
 * finding that lists them (NP401's marks) folded into it.
 */
export function toSarif(reports: FileReport[], version: string, options: SarifOptions = {}): unknown {
  const base = options.base ? path.resolve(options.base) : undefined;
  const from = options.from ?? process.cwd();
  const artifact = (file: string) => artifactLocation(path.resolve(from, file), base);
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
              help: { text: r.description, markdown: `**${r.id} ${r.name}**\n\n${r.description}${r.standard ? `\n\nStandard: ${r.standard}.` : ''}` },
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
            })),
          },
        },
        ...(base ? { originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(base).href.replace(/\/?$/u, '/')}` } } } : {}),
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r) => {
          const seen = new Map<string, number>();
          return r.digest.findings.flatMap((f, k) => {
            const key = r.digest.keys[k];
            const occurrence = (seen.get(key) ?? 0) + 1;
            seen.set(key, occurrence);
            if (f.data?.kind === 'spot') return [];
            return [
              {
                ruleId: f.ruleId,
                level: SARIF_LEVEL[f.severity],
                message: { text: f.message },
                locations: [{ physicalLocation: { artifactLocation: artifact(r.path), region: region(f.range) } }],
                partialFingerprints: { 'newsprintFinding/v1': `${key}:${occurrence}` },
                ...(f.related.length
                  ? {
                      relatedLocations: f.related.map((x, n) => ({
                        id: n + 1,
                        message: { text: x.message },
                        physicalLocation: { artifactLocation: artifact(x.uri ? filePathOf(x.uri) : r.path), region: region(x.range) },
                      })),
                    }
                  : {}),
              },
            ];
          });
        }),
      },
    ],
  };
}

function region(range: Finding['range']) {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** A path or file URI as a path. */
function filePathOf(uriOrPath: string): string {
  return uriOrPath.startsWith('file:') ? fileURLToPath(uriOrPath) : uriOrPath;
}

/** `{ uri, uriBaseId }` relative to the base and percent-encoded, segment by segment (`新 建#1.txt` → `%E6%96%B0%20%E5%BB%BA%231.txt`); an absolute file URI outside it. */
function artifactLocation(abs: string, base: string | undefined): { uri: string; uriBaseId?: string } {
  const rel = base ? path.relative(base, abs) : undefined;
  if (rel !== undefined && rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(abs).href };
}

/**
 * Plain text for a terminal. File names and page text are kept to one line each and lose their
 * control characters (an ESC in a file name or a headline would otherwise reach the terminal).
 */
export function toText(reports: FileReport[], options: { hints?: boolean } = {}): string {
  const out: string[] = [];
  const tally = { files: reports.length, articles: 0, error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) {
    tally.articles += r.digest.articles.length;
    for (const f of r.digest.findings) tally[f.severity]++;
    const arts = r.digest.articles;
    const file = oneLine(r.path);
    out.push(`${file}  (${arts.length} article${arts.length === 1 ? '' : 's'}, ${r.digest.lines} lines, ${oneLine(r.encoding)})`);
    // Said once: by NP001's finding, which says where (the line alone when the rule is off).
    if (r.digest.unreadable && !r.digest.findings.some((f) => f.data?.kind === 'encoding')) out.push(`  ${oneLine(r.digest.unreadable)}`);
    for (const a of arts) {
      const lines = `${a.firstLine + 1}-${a.lastLine + 1}`.padEnd(9);
      const notes = [a.untitled ? 'no headline' : a.placement === 'after' ? 'headline after body' : '', a.byline ?? a.dateline ?? ''].filter(Boolean).join(' · ');
      out.push(oneLine(`  ${lines} ${a.name}${notes ? `  [${notes}]` : ''}`));
    }
    for (const f of r.digest.findings) {
      // Hints mark each spot of a finding listed above them (NP401's marks): in a terminal they only repeat it.
      if (f.severity === 'hint' && !options.hints) continue;
      out.push(oneLine(`  ${file}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity}  ${f.ruleId} ${f.rule}  ${f.message}`));
    }
  }
  out.push(totalsLine(tally, options.hints ?? false));
  return out.join('\n');
}

/** `5 files, 17 articles: 1 error, 40 warnings, 20 notes (57 hints not listed; --hints lists them).` */
function totalsLine(t: { files: number; articles: number; error: number; warning: number; info: number; hint: number }, hints: boolean): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const hinted = t.hint ? (hints ? `, ${n(t.hint, 'hint', 'hints')}` : ` (${n(t.hint, 'hint', 'hints')} not listed; --hints lists them)`) : '';
  return `${n(t.files, 'file', 'files')}, ${n(t.articles, 'article', 'articles')}: ${n(t.error, 'error', 'errors')}, ${n(t.warning, 'warning', 'warnings')}, ${n(t.info, 'note', 'notes')}${hinted}.`;
}

/**
 * A Markdown report. Everything that comes from a page or a path (file names, headlines, rule
 * labels) goes through mdInline/mdCell: one line, no markup, no raw HTML.
 */
export function toMarkdown(reports: FileReport[]): string {
  const out = ['# Newsprint review report', ''];
  const total = reports.reduce(
    (acc, r) => {
      const q = qualityRate(r.digest);
      return { findings: acc.findings + q.findings, characters: acc.characters + q.characters };
    },
    { findings: 0, characters: 0 },
  );
  out.push(
    `${reports.length} file(s), ${total.characters} characters, ${total.findings} errors and warnings: ` +
      `**${total.characters ? ((total.findings / total.characters) * 10_000).toFixed(1) : '0.0'} per 10,000 characters**.`,
    '',
  );
  for (const r of reports) {
    const q = qualityRate(r.digest);
    out.push(
      `## ${mdInline(r.path)}`,
      '',
      `${r.digest.articles.length} articles · ${q.characters} characters · ${q.findings} errors and warnings · **${q.per10k.toFixed(1)} per 10,000 characters**`,
      '',
    );
    if (r.digest.articles.length) {
      out.push('| lines | article | findings |', '| --- | --- | --- |');
      for (const a of r.digest.articles) {
        const n = findingsInArticle(r.digest.findings, a).length;
        out.push(`| ${a.firstLine + 1}–${a.lastLine + 1} | ${mdCell(a.name)}${a.untitled ? ' (no headline)' : ''} | ${n} |`);
      }
      out.push('');
    }
    const byRule = new Map<string, Finding[]>();
    for (const f of r.digest.findings) {
      if (f.severity === 'hint') continue;
      const label = `${f.ruleId} ${f.rule}`;
      const list = byRule.get(label);
      if (list) list.push(f);
      else byRule.set(label, [f]);
    }
    if (byRule.size) {
      out.push('| rule | findings | first at |', '| --- | --- | --- |');
      for (const [rule, list] of [...byRule].sort()) out.push(`| ${mdCell(rule)} | ${list.length} | line ${list[0].range.start.line + 1} |`);
      out.push('');
    }
  }
  return out.join('\n');
}
