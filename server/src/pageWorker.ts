// The worker thread that reviews the page half of a large document (the rules that need nothing
// but the page) while the server's own thread runs the rest beside the workspace: two cores
// instead of one on a 10 MB file. It loads the engine only, never jieba: page-only rules need no
// segmenter (engine/parts.test.ts proves the declaration). The page it parses is sent to the
// server's thread as soon as it exists (when asked), so the rest half does not parse it again.
import { parentPort } from 'node:worker_threads';
import { reviewSteps } from './engine/review';
import type { PageHalfRequest, PageHalfReply } from './lsp/pageHalf';
import { packPage } from './lsp/pageTransfer';

parentPort?.on('message', (request: PageHalfRequest) => {
  let reply: PageHalfReply;
  try {
    const steps = reviewSteps(request.text, { uri: request.uri, rules: request.rules, families: request.families, part: 'page' });
    let sent = !request.sendPage;
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        reply = { id: request.id, findings: next.value.findings };
        break;
      }
      if (!sent && next.value.page) {
        const packed = packPage(next.value.page);
        // Moved, not copied: a buffer of its own (a small one may share Node's pool, which must not move).
        const page = packed.byteOffset === 0 && packed.byteLength === packed.buffer.byteLength ? packed : new Uint8Array(packed);
        parentPort?.postMessage({ id: request.id, page } satisfies PageHalfReply, [page.buffer as ArrayBuffer]);
        sent = true;
      }
    }
  } catch (err) {
    reply = { id: request.id, error: (err as Error).stack ?? String(err) };
  }
  parentPort?.postMessage(reply);
});
