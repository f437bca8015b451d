// SARIF as code-scanning services ingest it, checked against the official SARIF 2.1.0 schema (with
// its URI formats enforced): percent-encoded URIs relative to %SRCROOT%, fingerprints that neither
// a second run nor an edit in another article changes, related locations, spots folded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT, seed } from '../helpers';

const CLI = path.join(ROOT, 'server', 'dist', 'cli.js');
// The schema's `language` pattern holds a stray `]`, legal only in a non-Unicode regular expression.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'server', 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')));

interface Result {
  ruleId: string;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
  relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[];
}

function sarif(...args: string[]): { runs: { results: Result[]; originalUriBaseIds?: Record<string, { uri: string }> }[] } {
  const r = spawnSync(process.execPath, [CLI, 'review', ...args, '--format', 'sarif'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(r.stdout);
}

const valid = (log: unknown) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).slice(0, 5));

test('SARIF of the seeds validates against the official 2.1.0 schema; spots are folded into their finding; a reprint names its other copy', () => {
  const log = sarif('seeds');
  assert.deepEqual(valid(log), []);
  const results = log.runs[0].results;
  assert.ok(results.length > 0);
  assert.ok(results.some((r) => r.ruleId === 'NP401') && !results.some((r) => r.ruleId === 'NP401' && r.level === 'note'), 'NP401 as paragraphs, without a result per mark');
  const reprint = results.find((r) => r.ruleId === 'NP201' && r.locations[0].physicalLocation.artifactLocation.uri.includes('000_'))!;
  assert.ok(
    reprint.relatedLocations?.some((l) => l.physicalLocation.artifactLocation.uri.includes('003_')),
    'related to the copy in 003',
  );
  assert.ok(results.every((r) => r.locations[0].physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%'));
});

test('file names with Chinese, spaces, # and %: percent-encoded, relative to %SRCROOT%, valid URI references', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-sarif-'));
  try {
    const dir = path.join(root, '新 建#%');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '第 1 版#%.txt'), seed('000').text);
    fs.writeFileSync(path.join(dir, 'page 3.txt'), seed('003').text);
    const log = sarif(root, '--base', root);
    assert.deepEqual(valid(log), []);
    const uris = new Set(log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].map(decodeURIComponent).sort(), ['新 建#%/page 3.txt', '新 建#%/第 1 版#%.txt']);
    assert.equal(log.runs[0].originalUriBaseIds?.['%SRCROOT%'].uri, `file://${root}/`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the schema check can fail: a raw file name is not a URI reference', () => {
  const log = sarif('seeds/000_024af6bbebe0fcb3.txt') as unknown as { runs: { results: Result[] }[] };
  log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = '新 建#%/第 1 版#%.txt';
  assert.notDeepEqual(valid(log), []);
});

test('fingerprints: the same in two runs, and an edit in one article leaves the other articles’ untouched', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-sarif-'));
  try {
    const file = path.join(root, 'page.txt');
    const text = seed('003').text;
    fs.writeFileSync(file, text);
    const prints = () => new Map(sarif(root, '--base', root).runs[0].results.map((r) => [r.partialFingerprints['newsprintFinding/v1'], r.locations[0].physicalLocation.region.startLine]));
    const first = prints();
    assert.deepEqual([...prints().keys()], [...first.keys()], 'a second run');
    assert.equal(new Set(first.keys()).size, first.size, 'one fingerprint per result');
    // A sentence added to the first paragraph of the page (its first article): lines move, texts do not.
    const lines = text.split('\n');
    const at = lines.findIndex((l, i) => i > 2 && l.trim().length > 10);
    lines.splice(at, 0, '另据统计，新增一项。');
    fs.writeFileSync(file, lines.join('\n'));
    const after = prints();
    const later = [...first].filter(([, line]) => line > at + 40);
    assert.ok(later.length > 10);
    assert.deepEqual(
      later.filter(([print]) => !after.has(print)),
      [],
      'findings further on keep their fingerprints',
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
