// The shape of the code, checked on its source: no import cycle (type-only imports count: a cycle
// of types is a cycle of ideas), the engine imports nothing from LSP or VS Code, no rule id string
// outside the rules, and no protocol method name outside the protocol module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers';

const SOURCES = ['server/src', 'client/src'].map((d) => path.join(ROOT, d));

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'test') sourceFiles(full, out); // the extension's in-editor tests are not product code
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const FILES = SOURCES.flatMap((d) => sourceFiles(d));
const IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gmu;

/** Every module `file` imports, as specifiers. */
function specifiers(file: string): string[] {
  return [...fs.readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1]);
}

/** A relative specifier as the file it names. */
function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
}

/** The import cycles among `files`, each as the files around it (Tarjan's strongly connected components). */
export function importCycles(files: string[], edges: (file: string) => string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges(v).includes(v)) cycles.push(component);
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return cycles;
}

test('no import cycle in the server, the engine or the client (type-only imports included)', () => {
  const edges = (f: string) => specifiers(f).flatMap((s) => resolve(f, s) ?? []);
  const cycles = importCycles(FILES, edges).map((c) => c.map((f) => path.relative(ROOT, f)).join(' → '));
  assert.deepEqual(cycles, []);
});

test('the cycle check can fail: a → b → a is found, a → b → c is not', () => {
  const graph: Record<string, string[]> = { a: ['b'], b: ['a', 'c'], c: [] };
  assert.deepEqual(
    importCycles(['a', 'b', 'c'], (f) => graph[f]).map((c) => c.sort()),
    [['a', 'b']],
  );
  assert.deepEqual(
    importCycles(['a', 'b', 'c'], (f) => (f === 'b' ? ['c'] : f === 'a' ? ['b'] : [])),
    [],
  );
});

test('the engine imports nothing from LSP or VS Code, and nothing from outside itself but Node (jieba is loaded outside it)', () => {
  const engine = path.join(ROOT, 'server', 'src', 'engine');
  const outside = FILES.filter((f) => f.startsWith(engine)).flatMap((f) =>
    specifiers(f)
      .filter((s) => (s.startsWith('.') ? !(resolve(f, s) ?? '').startsWith(engine) : !s.startsWith('node:')))
      .map((s) => `${path.relative(ROOT, f)}: ${s}`),
  );
  assert.deepEqual(outside, []);
});

test('no rule id string outside engine/rules/, and no protocol method name outside the protocol module', () => {
  const rules = path.join(ROOT, 'server', 'src', 'engine', 'rules');
  const protocol = path.join(ROOT, 'server', 'src', 'protocol.ts');
  const found: string[] = [];
  for (const f of FILES) {
    const text = fs.readFileSync(f, 'utf8').replace(/^\s*(\/\/|\*).*$/gmu, ''); // comments may name them
    if (!f.startsWith(rules) && /['"`]NP\d{3}['"`]/u.test(text)) found.push(`${path.relative(ROOT, f)}: a rule id`);
    if (f !== protocol && /['"`]newsprint\/[a-zA-Z]+['"`]/u.test(text)) found.push(`${path.relative(ROOT, f)}: a method name`);
  }
  assert.deepEqual(found, []);
});
