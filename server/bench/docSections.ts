// docs/benchmarks.md is written by more than one benchmark: `npm run bench` writes the whole file,
// `npm run bench:workspace` (13 minutes on its own) its section. A section sits between markers
// `<!-- section:NAME -->` and `<!-- /section:NAME -->`; each writer replaces only its own, and the
// main benchmark carries the others over when it rewrites the file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../test/helpers';

export const BENCHMARKS_MD = path.join(ROOT, 'docs', 'benchmarks.md');

const open = (name: string) => `<!-- section:${name} -->`;
const close = (name: string) => `<!-- /section:${name} -->`;
const SECTION = /<!-- section:([\w-]+) -->[\s\S]*?<!-- \/section:\1 -->\n?/g;

function read(): string {
  return fs.existsSync(BENCHMARKS_MD) ? fs.readFileSync(BENCHMARKS_MD, 'utf8') : '';
}

/** Writes `markdown` as section `name` of docs/benchmarks.md: in place of the old one, or at the end. */
export function writeSection(name: string, markdown: string): void {
  const block = `${open(name)}\n${markdown.trim()}\n${close(name)}\n`;
  const text = read();
  const at = text.indexOf(open(name));
  const end = text.indexOf(close(name));
  const next = at >= 0 && end > at ? text.slice(0, at) + block + text.slice(end + close(name).length).replace(/^\n/, '') : `${text.trimEnd()}\n\n${block}`;
  fs.mkdirSync(path.dirname(BENCHMARKS_MD), { recursive: true });
  fs.writeFileSync(BENCHMARKS_MD, next);
}

/** The sections other benchmarks wrote, to be kept when the main benchmark rewrites the file. */
export function otherSections(): string {
  return (read().match(SECTION) ?? []).join('\n');
}
