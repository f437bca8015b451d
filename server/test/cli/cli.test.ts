// The command line as a batch job or CI step runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { ROOT } from '../helpers';

const CLI = path.join(ROOT, 'server', 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

test('default run lists the articles of every seed file; the doubled headline of 004 is an error, so it exits 1', () => {
  const r = run('review');
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /seeds\/004_a8687385b6048fb3\.txt:200:1 {2}error {2}NP203 doubled-text/);
  assert.equal(run('review', 'seeds/000_024af6bbebe0fcb3.txt').status, 0, 'no error-severity finding: exit 0');
  assert.match(r.stdout, /seeds\/003_feb2debdf300b655\.txt {2}\(4 articles/);
  assert.match(r.stdout, /178-245 +永川发力药品“永川造” {2}\[headline after body/);
});

test('--format json gives articles with 0-based line ranges', () => {
  const r = run('review', 'seeds/002_d963ced39f8d96c4.txt', '--format', 'json');
  assert.equal(r.status, 0);
  const json = JSON.parse(r.stdout);
  assert.equal(json.files.length, 1);
  assert.equal(json.files[0].articles.length, 8);
  assert.deepEqual(json.files[0].articles[3], {
    ...json.files[0].articles[3],
    name: '永川江苏商会与部分在永异地商会开展交流合作',
    placement: 'after',
    startLine: 40,
    endLine: 46,
  });
});

test('--format sarif is SARIF 2.1.0 with rules from the registry and UTF-16 columns', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-cli-'));
  fs.writeFileSync(path.join(dir, 'bad.txt'), '标题\n\n正文\ufffd\ufffd内容');
  const r = run('review', dir, '--format=sarif');
  assert.equal(r.status, 1, 'an error-severity finding exits 1');
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0].columnKind, 'utf16CodeUnits');
  assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'NP001'));
  assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 3, startColumn: 3, endLine: 3, endColumn: 4 });
});

test('GB18030 and UTF-16 files are read by sniffing their bytes, or with --encoding', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-cli-'));
  const page = '## 永川发力药品“永川造”\n\n重庆日报讯(记者 周雨)继2019年拥有“永川造”汽车整车之后,永川即将拥有“永川造”药品。\n';
  fs.writeFileSync(path.join(dir, 'gb.txt'), iconv.encode(page, 'gb18030'));
  fs.writeFileSync(path.join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]));
  fs.writeFileSync(path.join(dir, 'crlf-bom.txt'), '\ufeff' + page.replace(/\n/g, '\r\n'));
  const r = run('review', dir, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const files = JSON.parse(r.stdout).files as { path: string; encoding: string; articles: { name: string }[] }[];
  assert.deepEqual(
    files.map((f) => [path.basename(f.path), f.encoding, f.articles.map((a) => a.name)]),
    [
      ['crlf-bom.txt', 'utf-8-bom', ['永川发力药品“永川造”']],
      ['gb.txt', 'gb18030', ['永川发力药品“永川造”']],
      ['u16.txt', 'utf-16le', ['永川发力药品“永川造”']],
    ],
  );
  const forced = run('review', path.join(dir, 'gb.txt'), '--encoding', 'gb18030', '--format', 'json');
  assert.equal(JSON.parse(forced.stdout).files[0].articles[0].name, '永川发力药品“永川造”');
});

test('odd files: empty, blank, binary and a file forced through the wrong encoding each get a line, never a crash', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-cli-'));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'blank.txt'), '  \n\t\r\n\n');
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
  const r = run('review', dir, '--format', 'json');
  assert.equal(r.status, 1, 'the binary file is an error-severity finding');
  assert.equal(r.stderr, '');
  const files = JSON.parse(r.stdout).files as { path: string; articles: unknown[]; findings: { ruleId: string }[] }[];
  const byName = new Map(files.map((f) => [path.basename(f.path), f]));
  assert.deepEqual([...byName.keys()].sort(), ['binary.txt', 'blank.txt', 'empty.txt']);
  for (const name of ['empty.txt', 'blank.txt']) assert.deepEqual([byName.get(name)!.articles.length, byName.get(name)!.findings.length], [0, 0], name);
  assert.deepEqual(
    byName.get('binary.txt')!.findings.map((f) => f.ruleId),
    ['NP001'],
  );
  // A GB18030 file read as UTF-8 on the editor's say-so: replacement characters, named, with the way out.
  fs.writeFileSync(path.join(dir, 'gb.txt'), iconv.encode('本报讯 记者从永川区获悉，今年来全区新增就业2.6万人。\n', 'gb18030'));
  const forced = run('review', path.join(dir, 'gb.txt'), '--encoding', 'utf-8');
  assert.equal(forced.status, 1, forced.stderr);
  assert.match(forced.stdout, /NP001 unreadable-text .*could not be decoded.*GB18030/);
  // Said once, and nothing else is reviewed: no articles or findings made of replacement characters.
  const lines = forced.stdout.split('\n');
  assert.equal(lines.filter((l) => /could not be decoded/.test(l)).length, 1, forced.stdout);
  assert.deepEqual(
    lines.filter((l) => l.includes('gb.txt:')).map((l) => / (NP\d+) /.exec(l)?.[1]),
    ['NP001'],
  );
  assert.match(lines[0], /gb\.txt {2}\(0 articles/);
});

test('--version; text output ends with a totals line; hints are listed only with --hints', () => {
  const version = run('--version');
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), `newsprint ${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}`);
  const plain = run('review', 'seeds/000_024af6bbebe0fcb3.txt');
  const hinted = run('review', 'seeds/000_024af6bbebe0fcb3.txt', '--hints');
  const hintLines = (out: string) => out.split('\n').filter((l) => / {2}hint {2}NP/.test(l)).length;
  assert.equal(hintLines(plain.stdout), 0, 'no hint lines by default');
  const total = /^1 file, 3 articles: 0 errors, (\d+) warnings, (\d+) notes? \((\d+) hints not listed; --hints lists them\)\.$/m.exec(plain.stdout.trimEnd().split('\n').pop()!);
  assert.ok(total, plain.stdout.trimEnd().split('\n').pop());
  assert.equal(hintLines(hinted.stdout), Number(total[3]), 'with --hints, every hint the totals counted is listed');
  const listed = (sev: string) => plain.stdout.split('\n').filter((l) => l.includes(`  ${sev}  NP`)).length;
  assert.deepEqual([listed('warning'), listed('info')], [Number(total[1]), Number(total[2])]);
  assert.match(hinted.stdout.trimEnd().split('\n').pop()!, new RegExp(`, ${total[3]} hints\\.$`));
});

test('bad usage exits 2 with a message; --help exits 0', () => {
  const bad = run('review', '--format', 'xml');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format must be text, json, sarif or markdown/);
  assert.equal(run('frobnicate').status, 2);
  assert.equal(run('review', 'no/such/dir').status, 2);
  assert.equal(run('review', '--encoding', 'latin9').status, 2);
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: newsprint review/);
});

test('docs/rules.md is generated from the registry and up to date', () => {
  const r = run('rules');
  assert.equal(r.status, 0);
  assert.equal(fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'), r.stdout, 'run `npm run docs`');
});

test('package.json carries one setting per rule, generated from the registry', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-settings.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const props = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).contributes.configuration.properties;
  assert.equal(props['newsprint.rules.split-paragraph'].enum.join(), 'default,off,error,warning,info,hint');
  assert.match(props['newsprint.rules.half-width-punctuation'].markdownDescription, /^\*\*NP401\*\*/);
});

test('--format markdown: the review report with findings per 10,000 characters', () => {
  const r = run('review', 'seeds/002_d963ced39f8d96c4.txt', '--format', 'markdown');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^# Newsprint review report/);
  assert.match(r.stdout, /8 articles · \d+ characters · \d+ errors and warnings · \*\*[\d.]+ per 10,000 characters\*\*/);
  assert.match(r.stdout, /\| NP401 half-width-punctuation \| 34 \|/);
});

test('a reader that stops early (| head) ends the run quietly: no EPIPE stack trace', async () => {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [CLI, 'review', 'seeds', '--format', 'json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  // Close our end after the first chunk, as `head -c 100` does.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  assert.equal(stderr, '', 'nothing on stderr');
  assert.equal(code, 1, 'the exit status a full run gives (004’s doubled headline is an error)');
});
