// jieba on a thread of its own (jiebaWorker.ts), so that loading its dictionary (0.4 s on one
// machine, 2 s on another) never stops the thread that answers the editor or reviews a page. Once
// loaded, the engine's rules call it as they always have, synchronously: each call's text and
// answer pass through shared memory, and the caller spins for the answer (a cut takes a few
// microseconds; sleeping and waking a thread costs ten times that). A thread that cannot start,
// fails to load or stops answering makes `ready` reject; callers go on with the character fallback.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Segmenter, TaggedWord } from './engine';
import type { JiebaOptions } from './jieba';
import { bufferFor, CTL, Op, Ready, receiveNow, SPINS, State, views, type JiebaWorkerData, type ReplyMessage, type Views } from './jiebaShared';

/** Next to the bundled server and CLI (server/dist/jiebaWorker.js), or the compiled tests' copy. */
const WORKER_FILE = path.join(__dirname, 'jiebaWorker.js');

/** A call that takes longer has lost its thread (a cut of a whole 10 MB page takes about a second). */
const CALL_TIMEOUT_MS = 60_000;
const FIRST_CAPACITY = 1 << 16;

export function jiebaThreadAvailable(): boolean {
  return fs.existsSync(WORKER_FILE);
}

export interface JiebaThread {
  /** The segmenter once the dictionary is loaded; rejects with the reason it could not be. */
  ready: Promise<Segmenter>;
  /**
   * Blocks until the load is over, then the segmenter; throws why it could not load. For a batch
   * run with nothing else to do (the CLI), which asks only when a page has a question only words answer.
   */
  waitReady(): Segmenter;
  stop(): Promise<void>;
}

/** `callTimeoutMs`: how long a call may go unanswered before the thread is given up (tests shorten it). */
export function startJiebaThread(options: JiebaOptions = {}, callTimeoutMs = CALL_TIMEOUT_MS): JiebaThread {
  const control = new Int32Array(new SharedArrayBuffer(CTL.size * 4));
  let shared: Views = views(bufferFor(FIRST_CAPACITY));
  const { port1: port, port2 } = new MessageChannel();
  const data: JiebaWorkerData = { control: control.buffer as SharedArrayBuffer, buffer: shared.input.buffer as SharedArrayBuffer, port: port2, options };
  const worker = new Worker(WORKER_FILE, { workerData: data, transferList: [port2] });
  // An idle thread must not keep a finished CLI or a server whose client has gone alive.
  worker.unref();
  port.unref();
  // But a process must not end while the thread is inside jieba's load: the binding, torn down
  // mid-call, throws in C++ and aborts the process (about one exit in eight, seen in CI). Exit
  // handlers run before the teardown, and may block: wait there for the load to be over.
  process.once('exit', () => {
    while (!lost && Atomics.load(control, CTL.ready) === Ready.loading) Atomics.wait(control, CTL.ready, Ready.loading, 1000);
  });
  let lost: string | undefined;
  const tagNames: string[] = [];

  let failureReason: string | undefined;
  const failure = (): string => {
    try {
      return receiveNow<ReplyMessage>(port, 1000).error ?? 'jieba did not load';
    } catch {
      return 'jieba did not load';
    }
  };

  const segmenter: Segmenter = {
    kind: 'jieba',
    cut: (text) => call(Op.cut, text).words,
    cutKnown: (text) => call(Op.cutKnown, text).words,
    tag: (text) => {
      const { words, tags } = call(Op.tag, text);
      return words.map((word, i): TaggedWord => ({ word, tag: tags![i] }));
    },
  };

  function waitForReply(): void {
    for (let i = 0; i < SPINS && Atomics.load(control, CTL.state) === State.request; i++) {
      // spinning: the answer is usually microseconds away
    }
    const deadline = Date.now() + callTimeoutMs;
    while (Atomics.load(control, CTL.state) === State.request) {
      if (Atomics.wait(control, CTL.state, State.request, Math.max(1, deadline - Date.now())) === 'timed-out' && Date.now() >= deadline) {
        lost = `jieba's thread did not answer within ${callTimeoutMs / 1000} s`;
        throw new Error(lost);
      }
    }
  }

  function send(op: number, length: number): void {
    control[CTL.op] = op;
    control[CTL.length] = length;
    Atomics.store(control, CTL.state, State.request);
    Atomics.notify(control, CTL.state);
    waitForReply();
  }

  function call(op: number, text: string): { words: string[]; tags?: string[] } {
    if (lost) throw new Error(lost);
    if (text.length > shared.capacity) {
      let capacity = shared.capacity;
      while (capacity < text.length) capacity *= 2;
      const buffer = bufferFor(capacity);
      port.postMessage({ buffer });
      send(Op.resize, 0);
      shared = views(buffer);
    }
    for (let i = 0; i < text.length; i++) shared.input[i] = text.charCodeAt(i);
    send(op, text.length);
    const count = control[CTL.count];
    let message: ReplyMessage | undefined;
    if (count < 0 || control[CTL.fresh] > 0) message = receiveNow<ReplyMessage>(port);
    if (message?.fresh) tagNames.push(...message.fresh);
    Atomics.store(control, CTL.state, State.idle);
    if (message?.error) throw new Error(`jieba failed on this text: ${message.error}`);
    if (count < 0) return { words: message!.words!, tags: message!.tags };
    // The pieces concatenate to the input: each word is the next `length` code units of it.
    const words: string[] = new Array<string>(count);
    let offset = 0;
    for (let i = 0; i < count; i++) {
      const end = offset + shared.lengths[i];
      words[i] = text.slice(offset, end);
      offset = end;
    }
    return op === Op.tag ? { words, tags: Array.from(shared.tags.subarray(0, count), (id) => tagNames[id]) } : { words };
  }

  // Made on first use: its poll keeps the process alive until the load is over, which a batch run
  // that never needs words (waitReady is never called) must not wait for.
  let ready: Promise<Segmenter> | undefined;
  const watchLoad = (): Promise<Segmenter> => {
    const promise = new Promise<Segmenter>((resolve, reject) => {
      const exited = (why: string) => {
        lost ??= why;
        reject(new Error(why));
      };
      worker.once('error', (err) => exited(err.message));
      worker.once('exit', (code) => exited(`jieba's thread exited (code ${code})`));
      // Atomics.waitAsync would do, but a 5 ms poll of one word costs nothing and reads plainly.
      const poll = (): void => {
        const state = Atomics.load(control, CTL.ready);
        if (state === Ready.ready) resolve(segmenter);
        else if (state === Ready.failed) reject(new Error((failureReason ??= failure())));
        else if (!lost) setTimeout(poll, 5);
      };
      poll();
    });
    // A load nobody waits for must not be an unhandled rejection.
    promise.catch(() => undefined);
    return promise;
  };

  return {
    get ready() {
      return (ready ??= watchLoad());
    },
    waitReady() {
      // The thread's exit is an event this loop cannot see: the timeout lets `lost` be checked.
      while (!lost && Atomics.load(control, CTL.ready) === Ready.loading) Atomics.wait(control, CTL.ready, Ready.loading, 1000);
      if (lost) throw new Error(lost);
      if (Atomics.load(control, CTL.ready) !== Ready.ready) throw new Error((failureReason ??= failure()));
      return segmenter;
    },
    async stop() {
      lost = 'stopped';
      await worker.terminate();
    },
  };
}
