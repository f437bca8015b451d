// The worker thread that reviews the page half of a large document (the rules that need nothing
// but the page) while the server's own thread runs the rest beside the workspace: two cores
// instead of one on a 10 MB file. It loads the engine only, never jieba: page-only rules need no
// segmenter (engine/parts.test.ts proves the declaration).
import { parentPort } from 'node:worker_threads';
import { review } from './engine/review';
import type { PageHalfRequest, PageHalfReply } from './lsp/pageHalf';

parentPort?.on('message', (request: PageHalfRequest) => {
  let reply: PageHalfReply;
  try {
    const r = review(request.text, { uri: request.uri, rules: request.rules, families: request.families, part: 'page' });
    reply = { id: request.id, findings: r.findings };
  } catch (err) {
    reply = { id: request.id, error: (err as Error).stack ?? String(err) };
  }
  parentPort?.postMessage(reply);
});
