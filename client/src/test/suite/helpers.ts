// Shared by the in-editor tests: where things are, and waiting on the language server without
// sleeping. VS Code fires no event when a provider starts answering, so `waitFor` polls the
// command with a short backoff, bounded.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'newsprint.newsprint-review';

/** The extension's folder on the machine the extension host runs on (code-server's or local). */
export function repoRoot(): string {
  return vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? path.resolve(__dirname, '..', '..', '..', '..', '..');
}

export function seedPath(name: string): string {
  return path.join(repoRoot(), 'seeds', name);
}

export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  await ext.activate();
}

export async function openSeed(name: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(vscode.Uri.file(seedPath(name)));
}

/**
 * Calls `probe` until `ready` accepts its result, backing off from 50 ms to 1 s, and fails with
 * the last result after `timeoutMs`.
 */
export async function waitFor<T>(what: string, probe: () => Thenable<T> | Promise<T>, ready: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let pause = 50;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (ready(last)) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() + pause > deadline) {
      const seen = lastError ? `last error: ${String(lastError)}` : `last result: ${JSON.stringify(last)?.slice(0, 500)}`;
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}; ${seen}`);
    }
    await new Promise((r) => setTimeout(r, pause));
    pause = Math.min(pause * 2, 1000);
  }
}

type AnySymbol = vscode.DocumentSymbol | vscode.SymbolInformation;

/** Top-level document symbols once the language server answers with any. */
export async function documentSymbols(uri: vscode.Uri): Promise<AnySymbol[]> {
  return waitFor(
    `document symbols of ${path.basename(uri.fsPath)}`,
    () => vscode.commands.executeCommand<AnySymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri),
    (symbols) => Array.isArray(symbols) && symbols.length > 0,
  ) as Promise<AnySymbol[]>;
}

export interface CliArticle {
  name?: string;
  headline: string | null;
  startLine: number;
  endLine: number;
}

/** What the project's CLI (`newsprint review --format json`) finds in one file. */
export function cliArticles(file: string): CliArticle[] {
  const cli = path.join(repoRoot(), 'server', 'dist', 'cli.js');
  // In desktop VS Code the extension host's execPath is Electron, which runs as Node with this.
  const res = spawnSync(process.execPath, [cli, 'review', file, '--format', 'json'], {
    cwd: repoRoot(),
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: { files: { path: string; articles: CliArticle[] }[] };
  try {
    report = JSON.parse(res.stdout);
  } catch {
    throw new Error(`CLI gave no JSON (exit ${res.status}): ${res.stderr || res.error}`);
  }
  if (report.files.length !== 1) throw new Error(`CLI reported ${report.files.length} files for ${file}`);
  return report.files[0].articles;
}

/** The name the outline shows for an article: its headline, or the CLI's stand-in for untitled ones. */
export function articleName(a: CliArticle): string {
  return a.name ?? a.headline ?? '';
}

/** A diagnostic's rule id (`NP102`), whichever form the code takes. */
export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** Resolves with the document's diagnostics once `accept` likes them; listens to onDidChangeDiagnostics, bounded. */
export function diagnosticsWhen(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 60_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = vscode.languages.getDiagnostics(uri);
      if (!accept(d)) return;
      sub.dispose();
      clearTimeout(timer);
      resolve(d);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics for ${uri.toString()} never matched; last: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))}`));
    }, timeoutMs);
    check();
  });
}
