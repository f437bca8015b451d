// The figures the README states about the product, computed from the product, so they cannot
// drift: each stands in the README between `<!--fact:NAME-->` and `<!--/fact-->`. The test
// (readme.test.ts) fails when one differs; `npm run readme` writes them.
//   node out/server/test/readmeFacts.js [--write]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dataOf, review, Workspace, type Review } from '../src/engine';
import { loadJieba } from '../src/jieba';
import { ROOT, seedFiles } from './helpers';

const README = path.join(ROOT, 'README.md');
const FACT = /<!--fact:([a-z0-9-]+)-->([\s\S]*?)<!--\/fact-->/g;

/** Every seed reviewed as the editor does, with the others in the workspace (duplicates across files). */
function seedReviews(options: { maxFindings?: number } = {}): Map<string, Review> {
  const segmenter = loadJieba();
  const workspace = new Workspace();
  const files = seedFiles();
  for (const f of files) workspace.set(`file://${f}`, fs.readFileSync(f, 'utf8'));
  return new Map(files.map((f) => [path.basename(f).slice(0, 3), review(fs.readFileSync(f, 'utf8'), { uri: `file://${f}`, segmenter, workspace, ...options })]));
}

export function readmeFacts(): Record<string, string> {
  const reviews = seedReviews();
  const shown = (r: Review) => r.findings.filter((f) => f.severity !== 'hint');
  const wraps = [...reviews.values()].map((r) => shown(r).filter((f) => f.ruleId === 'NP101').length);
  const copy = reviews.get('000')!.findings.find((f) => f.ruleId === 'NP201' && f.message.includes('永川发力药品'));
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'server', 'dist', 'cli.js'), 'review', 'seeds'], { cwd: ROOT, encoding: 'utf8' });
  const fixture = fs
    .readFileSync(path.join(ROOT, 'server', 'test', 'fixtures', 'punctuation', 'untouched.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  const capped = seedReviews({ maxFindings: 5 }).get('004')!.capped!;
  // The configurations the editors check runs (scripts/editors/), quoted whole.
  const config = (file: string, lang: string) => `\n\`\`\`${lang}\n${fs.readFileSync(path.join(ROOT, 'scripts', 'editors', file), 'utf8').trimEnd()}\n\`\`\`\n`;
  return {
    'nvim-config': config('nvim/newsprint.lua', 'lua'),
    'emacs-config': config('emacs/newsprint.el', 'elisp'),
    'cli-totals': `\`${cli.stdout.trimEnd().split('\n').pop()}\``,
    'duplicate-similarity': `${Math.round(((copy && dataOf(copy, 'duplicate')?.similarity) ?? 0) * 100)}%`,
    'review-np101': `\`NP101 column-wrap ${wraps.reduce((a, b) => a + b, 0)} findings · ${wraps.filter(Boolean).length} files\``,
    'marks-002': `${reviews.get('002')!.findings.filter((f) => f.ruleId === 'NP401' && f.severity === 'hint').length} marks`,
    'untouched-cases': `${fixture.length}`,
    'limit-notice': `"${capped.shown} of ${capped.total} findings (limit reached)"`,
  };
}

/** The README with every fact replaced by its value; the names it uses that no fact has. */
export function withFacts(readme: string, facts: Record<string, string>): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const text = readme.replace(FACT, (whole, name: string) => {
    if (!(name in facts)) {
      unknown.push(name);
      return whole;
    }
    return `<!--fact:${name}-->${facts[name]}<!--/fact-->`;
  });
  return { text, unknown };
}

export function readmeText(): string {
  return fs.readFileSync(README, 'utf8');
}

if (require.main === module) {
  const { text, unknown } = withFacts(readmeText(), readmeFacts());
  if (unknown.length) throw new Error(`README names facts no one computes: ${unknown.join(', ')}`);
  if (process.argv.includes('--write')) fs.writeFileSync(README, text);
  else process.stdout.write(text);
}
