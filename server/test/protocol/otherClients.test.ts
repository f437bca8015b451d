// The server as editors other than VS Code drive it (Neovim, Emacs/eglot, Helix): a client that
// refuses work-done progress or never answers it, one that echoes ranges in byte columns, one that
// pushes `{settings: {}}` after connecting, and one that sends every text file it opens. Each must
// get the workspace index, the quick fixes and the settings it asked for, and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  CodeLensRequest,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { seedFiles } from '../helpers';
import { CLIENT_COMMANDS, IndexingNotification } from '../../src/protocol';
import { startServer, uriOf, type ProgressAnswer, type TestServer } from './lspClient';

const LIMIT = { timeout: 120_000 };

/** A workspace with the five seeds under seeds/ (the default globs) and `extra` files beside them. */
function workspace(extra: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsprint-clients-'));
  fs.mkdirSync(path.join(root, 'seeds'));
  for (const f of seedFiles()) fs.copyFileSync(f, path.join(root, 'seeds', path.basename(f)));
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(root, name), text);
  return root;
}

async function withServer(
  root: string,
  run: (s: TestServer) => Promise<void>,
  options: { init?: unknown; progress?: ProgressAnswer; progressCapable?: boolean; capabilities?: Record<string, unknown> } = {},
): Promise<void> {
  const server = await startServer(root, options.init ?? {}, options.progressCapable === false ? undefined : () => undefined, options.capabilities ?? {}, options.progress ?? 'accept');
  try {
    await run(server);
  } finally {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const open = (s: TestServer, file: string, languageId = 'newsprint') =>
  s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file), languageId, version: 1, text: fs.readFileSync(file, 'utf8') } });

/** The reprint of 003's 永川发力药品 in 000 on disk is found: the index was built. */
async function reprintFound(s: TestServer, root: string): Promise<void> {
  await s.notified<{ indexing: boolean }>(IndexingNotification.method, (p) => p.indexing === false);
  const file = path.join(root, 'seeds', path.basename(seedFiles().find((f) => path.basename(f).startsWith('003'))!));
  await open(s, file);
  const found = await s.current(uriOf(file), (p) => p.diagnostics.some((d) => d.code === 'NP201'), 30_000);
  const dup = found.diagnostics.find((d) => d.code === 'NP201')!;
  assert.ok(
    dup.relatedInformation?.some((r) => r.location.uri.includes('000_')),
    'related to the copy in 000',
  );
}

for (const progress of ['refuse', 'never'] as const) {
  test(`a client that ${progress === 'refuse' ? 'refuses work-done progress' : 'never answers a work-done progress request'} still gets the workspace index`, LIMIT, async () => {
    const root = workspace();
    await withServer(root, (s) => reprintFound(s, root), { progress });
  });
}

test('a client without work-done progress gets the index too', LIMIT, async () => {
  const root = workspace();
  await withServer(root, (s) => reprintFound(s, root), { progressCapable: false });
});

test('a client that echoes byte columns gets the quick fixes of a CJK line: found by the key in the diagnostic’s data, or by rule and line', LIMIT, async () => {
  const root = workspace();
  await withServer(root, async (s) => {
    const file = path.join(root, 'seeds', path.basename(seedFiles().find((f) => path.basename(f).startsWith('003'))!));
    await open(s, file);
    const published: PublishDiagnosticsParams = await s.current(uriOf(file), (p) => p.diagnostics.some((d) => d.code === 'NP106'));
    const space = published.diagnostics.find((d) => d.code === 'NP106' && d.range.start.character > 0)!;
    assert.ok(space.data && typeof (space.data as { key?: unknown }).key === 'string', 'the diagnostic carries a key');
    const line = fs.readFileSync(file, 'utf8').split('\n')[space.range.start.line];
    // UTF-16 columns as bytes of UTF-8, as Neovim ≤ 0.9 echoes them.
    const bytes = (character: number) => Buffer.byteLength(line.slice(0, character), 'utf8');
    const echoed: Diagnostic = {
      ...space,
      range: { start: { ...space.range.start, character: bytes(space.range.start.character) }, end: { ...space.range.end, character: bytes(space.range.end.character) } },
    };
    assert.notDeepEqual(echoed.range, space.range, 'a CJK line: bytes differ from UTF-16 units');
    const ask = async (d: Diagnostic) =>
      (await s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(file) }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) as CodeAction[];
    const withKey = await ask(echoed);
    assert.ok(
      withKey.some((a) => a.isPreferred && a.edit),
      'the preferred fix, by the key',
    );
    const withoutData: Diagnostic = { ...echoed, data: undefined };
    const byLine = await ask(withoutData);
    assert.ok(
      byLine.some((a) => a.isPreferred && a.edit),
      'the preferred fix, by rule and line',
    );
  });
});

test('`{settings: {}}` pushed after connecting keeps the settings of initializationOptions; a push with the section is laid over them', LIMIT, async () => {
  // Pages in pages/, which only the initializationOptions' glob names.
  const root = workspace({ 'page.txt': fs.readFileSync(seedFiles()[0], 'utf8') });
  await withServer(
    root,
    async (s) => {
      await s.notified<{ indexing: boolean }>(IndexingNotification.method, (p) => p.indexing === false);
      await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      const page = path.join(root, 'page.txt');
      await open(s, page, 'text');
      const first = await s.current(uriOf(page), (p) => p.diagnostics.length > 0);
      assert.ok(
        first.diagnostics.some((d) => d.code === 'NP401'),
        'reviewed: the glob from initializationOptions still holds',
      );
      // The section pushed: NP401 off, the glob kept from initializationOptions.
      await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { newsprint: { rules: { 'half-width-punctuation': 'off' } } } });
      const after = await s.diagnostics(uriOf(page), (p) => !p.diagnostics.some((d) => d.code === 'NP401'), 30_000);
      assert.ok(after.diagnostics.length > 0, 'still reviewed, without NP401');
    },
    { init: { files: ['*.txt'] } },
  );
});

test('a text file the globs do not name gets nothing: no diagnostics, no symbols', LIMIT, async () => {
  const root = workspace({ 'notes.txt': '标题\n\n这是我的的书,它很好.\n', 'script.lua': 'print("你好,世界")\n' });
  await withServer(root, async (s) => {
    for (const name of ['notes.txt', 'script.lua']) {
      const file = path.join(root, name);
      await open(s, file, name.endsWith('.lua') ? 'lua' : 'text');
      const symbols = (await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf(file) } })) as unknown[];
      assert.deepEqual(symbols, [], name);
    }
    // A newspaper file opened after them is reviewed. The server handles messages in order and
    // publishes a small file's review as it opens: by now any diagnostics for the others were sent.
    const seed = path.join(root, 'seeds', path.basename(seedFiles()[0]));
    await open(s, seed, 'text');
    await s.current(uriOf(seed), (p) => p.diagnostics.length > 0);
    for (const name of ['notes.txt', 'script.lua'])
      await assert.rejects(
        s.current(uriOf(path.join(root, name)), () => true, 0),
        /no diagnostics/,
        name,
      );
  });
});

test('a client that lists no commands is offered none: no Accept, no Compare, no lens naming a command it lacks; the fixes stay', LIMIT, async () => {
  const root = workspace();
  await withServer(root, async (s) => {
    await s.notified<{ indexing: boolean }>(IndexingNotification.method, (p) => p.indexing === false);
    const file = path.join(root, 'seeds', path.basename(seedFiles().find((f) => path.basename(f).startsWith('003'))!));
    await open(s, file);
    const published = await s.current(uriOf(file), (p) => p.diagnostics.some((d) => d.code === 'NP201'), 30_000);
    const actions = (await s.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf(file) },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: published.diagnostics },
    })) as CodeAction[];
    const commands = new Set(Object.values(CLIENT_COMMANDS) as string[]);
    assert.ok(
      actions.some((a) => a.edit),
      'the fixes are offered',
    );
    assert.deepEqual(
      actions.filter((a) => a.command && commands.has(a.command.command)).map((a) => a.title),
      [],
    );
    const lenses = (await s.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf(file) } })) as { command?: { command: string } }[];
    assert.deepEqual(
      lenses.filter((l) => l.command && commands.has(l.command.command)),
      [],
    );
  });
});

interface Watchers {
  watchers: { globPattern: string | { baseUri: string; pattern: string } }[];
}
const watchRegistrations = (s: TestServer) => s.registrations.filter((r) => r.method === DidChangeWatchedFilesNotification.method);
const watchingClient = (relativePatternSupport: boolean) => ({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport } } });

test('a client that can watch files is asked to (the globs under each folder, the accepted list); a page written on disk is then read', LIMIT, async () => {
  const root = workspace();
  await withServer(
    root,
    async (s) => {
      await s.notified<{ indexing: boolean }>(IndexingNotification.method, (p) => p.indexing === false);
      const [registration] = watchRegistrations(s);
      assert.ok(registration, 'watchers registered');
      assert.deepEqual(
        (registration.registerOptions as Watchers).watchers.map((w) => w.globPattern),
        [
          { baseUri: uriOf(root), pattern: '**/seeds/**/*.txt' },
          { baseUri: uriOf(root), pattern: '**/.newsprint/accepted.json' },
        ],
      );
      // What the client sends when its watcher sees a new page: the reprint in it is found.
      const file003 = path.join(root, 'seeds', path.basename(seedFiles().find((f) => path.basename(f).startsWith('003'))!));
      const text003 = fs.readFileSync(file003, 'utf8');
      const lines = text003.split('\n');
      const added = path.join(root, 'seeds', 'reprinted.txt');
      fs.writeFileSync(added, `${lines.slice(177, 245).join('\n')}\n`);
      await open(s, file003);
      await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(added), type: FileChangeType.Created }] });
      const found = await s.current(uriOf(file003), (p) => p.diagnostics.some((d) => d.code === 'NP201' && d.relatedInformation?.some((r) => r.location.uri === uriOf(added))), 30_000);
      assert.ok(found);
    },
    { capabilities: watchingClient(true), init: { files: ['**/seeds/**/*.txt'] } },
  );
});

test('a client without relative patterns gets string globs anchored anywhere; one that watches on its own (VS Code’s) gets no watchers', LIMIT, async () => {
  const root = workspace();
  await withServer(
    root,
    async (s) => {
      await s.notified<{ indexing: boolean }>(IndexingNotification.method, (p) => p.indexing === false);
      assert.deepEqual(
        watchRegistrations(s).flatMap((r) => (r.registerOptions as Watchers).watchers.map((w) => w.globPattern)),
        ['**/seeds/**/*.txt', '**/pages/*.txt', '**/.newsprint/accepted.json'],
      );
    },
    { capabilities: watchingClient(false), init: { files: ['pages/*.txt'] } },
  );
  const other = workspace();
  await withServer(
    other,
    async (s) => {
      await s.notified<{ indexing: boolean }>(IndexingNotification.method, (p) => p.indexing === false);
      assert.deepEqual(watchRegistrations(s), []);
    },
    { capabilities: watchingClient(true), init: { watchesFiles: true } },
  );
});
