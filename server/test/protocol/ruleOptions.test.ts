// A rule's option set by the client (`newsprint.ruleOptions.<name>.<key>`, here as initialization
// options, as a client without workspace/configuration sends them) reaches the engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';
import { startServer, uriOf } from './lspClient';

const text = '标题\n\n他说：「我们要加强合作。」\n';

async function np401Messages(initializationOptions: unknown): Promise<string[]> {
  const server = await startServer(ROOT, initializationOptions);
  try {
    const uri = uriOf(path.join(ROOT, 'seeds', 'corner-quotes-option.txt'));
    const published = server.diagnostics(uri);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'newsprint', version: 1, text } });
    return (await published).diagnostics.filter((d) => d.code === 'NP401').map((d) => String(d.message));
  } finally {
    await server.stop();
  }
}

test('corner quotes are converted by default, and not when newsprint.ruleOptions.half-width-punctuation.cornerQuotes is false', async () => {
  const on = await np401Messages({});
  assert.ok(
    on.some((m) => /corner quotes/.test(m)),
    on.join(' / '),
  );
  const off = await np401Messages({ ruleOptions: { 'half-width-punctuation': { cornerQuotes: false } } });
  assert.deepEqual(off, []);
});
