// The JSON report as a pipeline reads it: a versioned format described by a JSON Schema that ships
// in the repository (server/schema/review-report.schema.json), positions whose unit is named and
// whose offsets agree with their lines and characters, related locations, the tool's version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { ROOT } from '../helpers';

const CLI = path.join(ROOT, 'server', 'dist', 'cli.js');
const SCHEMA = path.join(ROOT, 'server', 'schema', 'review-report.schema.json');
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
const problems = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).slice(0, 5));

interface Pos {
  line: number;
  character: number;
  offset: number;
}
interface Range {
  start: Pos;
  end: Pos;
}
interface Report {
  formatVersion: number;
  tool: { version: string };
  positionEncoding: string;
  files: {
    path: string;
    findings: { ruleId: string; range: Range; key: string; related: { path: string; range: Range }[]; fixes: { edits: { range: Range }[] }[]; data?: { kind: string } }[];
  }[];
}

function json(...args: string[]): Report {
  const r = spawnSync(process.execPath, [CLI, 'review', ...args, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(r.stdout) as Report;
}

/** The offset of a line/character position in `text`, counted independently of the report. */
function offsetOf(text: string, p: { line: number; character: number }): number {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts[p.line] + p.character;
}

test('the seeds’ JSON validates against the schema; it names its version, its unit and the tool’s version', () => {
  const report = json('seeds');
  assert.deepEqual(problems(report), []);
  assert.equal(report.formatVersion, 1);
  assert.equal(report.positionEncoding, 'utf-16');
  assert.equal(report.tool.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  const reprint = report.files.find((f) => f.path.includes('000_'))!.findings.find((f) => f.ruleId === 'NP201')!;
  assert.ok(
    reprint.related.some((r) => r.path === 'seeds/003_feb2debdf300b655.txt' && r.range.start.line > 176 && r.range.end.line < 246),
    'the reprint names its other copy, in 003 between lines 178 and 246',
  );
});

test('every offset in the report agrees with its line and character, in UTF-16 code units, astral characters included', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-json-'));
  try {
    // 𠮷 is two UTF-16 code units: a column after it counts both.
    fs.copyFileSync(path.join(ROOT, 'seeds', '003_feb2debdf300b655.txt'), path.join(dir, 'page.txt'));
    fs.writeFileSync(path.join(dir, 'astral.txt'), '标题\n\n据统计，今年新增企业𠮷 36家，总数达 228家，同比增长5%,比上年多。\n');
    const report = json(dir);
    assert.deepEqual(problems(report), []);
    let checked = 0;
    for (const file of report.files) {
      const text = fs.readFileSync(path.join(dir, path.basename(file.path)), 'utf8');
      for (const f of file.findings) {
        for (const r of [f.range, ...f.fixes.flatMap((x) => x.edits.map((e) => e.range))]) {
          for (const p of [r.start, r.end]) {
            assert.equal(p.offset, offsetOf(text, p), `${file.path} ${f.ruleId} at ${p.line}:${p.character}`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 100, `only ${checked} positions checked`);
    const astral = report.files.find((f) => f.path.endsWith('astral.txt'))!;
    const space = astral.findings.find((f) => f.ruleId === 'NP106');
    assert.ok(space, 'the space after 𠮷 is found');
    assert.equal(space.range.start.line, 2);
    assert.equal(space.fixes[0].edits[0].range.start.character, '据统计，今年新增企业𠮷'.length, 'the space’s column counts 𠮷 as two units');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the schema is a real check: a report with a position lacking its offset, or an unknown field, is refused', () => {
  const report = json('seeds/000_024af6bbebe0fcb3.txt') as unknown as { files: { findings: { range: { start: Partial<Pos> } }[] }[]; extra?: unknown };
  assert.deepEqual(problems(report), []);
  const broken = structuredClone(report);
  delete broken.files[0].findings[0].range.start.offset;
  assert.notDeepEqual(problems(broken), []);
  assert.notDeepEqual(problems({ ...report, extra: 1 }), []);
  assert.notDeepEqual(problems({ ...report, formatVersion: 2 }), []);
});
