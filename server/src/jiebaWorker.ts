// The thread that owns jieba (jiebaThread.ts): loads the dictionary here, so the server's thread
// never stops for it, then answers cut and tag calls one at a time through shared memory. Between
// calls it spins for a moment before it sleeps: a review asks in bursts, and waking a sleeping
// thread costs more than the cut itself.
import { workerData, type MessagePort } from 'node:worker_threads';
import { loadJieba, type JiebaOptions } from './jieba';
import type { Segmenter } from './engine';
import { CTL, Op, State, Ready, SPINS, receiveNow, views, type JiebaWorkerData, type Views, type ReplyMessage } from './jiebaShared';

const data = workerData as JiebaWorkerData;
const ctl = new Int32Array(data.control);
const port: MessagePort = data.port;
let shared: Views = views(data.buffer);
const tagIds = new Map<string, number>();

function load(options: JiebaOptions): Segmenter | undefined {
  try {
    const seg = loadJieba(options);
    Atomics.store(ctl, CTL.ready, Ready.ready);
    return seg;
  } catch (err) {
    port.postMessage({ error: (err as Error).message } satisfies ReplyMessage);
    Atomics.store(ctl, CTL.ready, Ready.failed);
    return undefined;
  } finally {
    Atomics.notify(ctl, CTL.ready);
  }
}

/** Waits for the next request: a short spin, then sleep. */
function nextRequest(): void {
  for (let i = 0; i < SPINS && Atomics.load(ctl, CTL.state) !== State.request; i++) {
    // spinning: the next call of a burst is usually microseconds away
  }
  // Sleep on the value just read, never on a second read: a request landing between two reads would
  // be slept through (its notify already spent) and the caller would wait for ever.
  for (let seen = Atomics.load(ctl, CTL.state); seen !== State.request; seen = Atomics.load(ctl, CTL.state)) Atomics.wait(ctl, CTL.state, seen);
}

function readInput(): string {
  const len = ctl[CTL.length];
  let text = '';
  // String.fromCharCode over slices: one call per 8,192 code units keeps the argument list small.
  for (let i = 0; i < len; i += 8192) text += String.fromCharCode.apply(null, shared.input.subarray(i, Math.min(len, i + 8192)) as unknown as number[]);
  return text;
}

/** Writes the words' lengths (and tags' ids) into shared memory; what does not fit, or new tag names, go by the port. */
function reply(words: string[], tags?: string[]): void {
  const fresh: string[] = [];
  if (tags) {
    for (const t of tags) {
      if (!tagIds.has(t)) {
        tagIds.set(t, tagIds.size);
        fresh.push(t);
      }
    }
  }
  if (words.length > shared.capacity) {
    port.postMessage({ words, tags, fresh } satisfies ReplyMessage);
    ctl[CTL.count] = -1;
  } else {
    for (let i = 0; i < words.length; i++) shared.lengths[i] = words[i].length;
    if (tags) for (let i = 0; i < tags.length; i++) shared.tags[i] = tagIds.get(tags[i])!;
    if (fresh.length) port.postMessage({ fresh } satisfies ReplyMessage);
    ctl[CTL.count] = words.length;
  }
  ctl[CTL.fresh] = fresh.length;
}

function serve(seg: Segmenter): never {
  for (;;) {
    nextRequest();
    const op = ctl[CTL.op];
    if (op === Op.resize) {
      shared = views(receiveNow<{ buffer: SharedArrayBuffer }>(port).buffer);
      ctl[CTL.count] = 0;
      ctl[CTL.fresh] = 0;
    } else {
      // A call that throws answers with its error; the thread lives on for the next one.
      try {
        const text = readInput();
        if (op === Op.tag) {
          const tagged = seg.tag!(text);
          reply(
            tagged.map((t) => t.word),
            tagged.map((t) => t.tag),
          );
        } else reply(op === Op.cutKnown ? seg.cutKnown!(text) : seg.cut(text));
      } catch (err) {
        port.postMessage({ error: (err as Error).message } satisfies ReplyMessage);
        ctl[CTL.count] = -1;
        ctl[CTL.fresh] = 0;
      }
    }
    Atomics.store(ctl, CTL.state, State.reply);
    Atomics.notify(ctl, CTL.state);
  }
}

const seg = load(data.options);
if (seg) serve(seg);
