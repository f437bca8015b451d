// What the server's thread and jieba's thread share (jiebaThread.ts, jiebaWorker.ts): the layout of
// the control words and of the buffer a call's text and answer pass through.
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { JiebaOptions } from './jieba';

/** Slots of the control array (an Int32Array over a SharedArrayBuffer). */
export const CTL = {
  /** State of the current call (State). */
  state: 0,
  op: 1,
  /** The input's length in UTF-16 code units. */
  length: 2,
  /** Words in the answer; -1 when the answer came by the port (too many for the buffer). */
  count: 3,
  /** New tag names the worker sent by the port with this answer. */
  fresh: 4,
  /** Whether the dictionary is loaded (Ready). */
  ready: 5,
  size: 6,
} as const;

export const State = { idle: 0, request: 1, reply: 2 } as const;

/** resize: a larger buffer is waiting on the port. */
export const Op = { cut: 1, cutKnown: 2, tag: 3, resize: 4 } as const;
export type Op = (typeof Op)[keyof typeof Op];

export const Ready = { loading: 0, ready: 1, failed: 2 } as const;

/**
 * How many times either side looks at the state word before it sleeps (Atomics.wait): about 50 µs
 * of spinning, enough to catch an answer (a cut takes a few µs) or the next call of a burst, short
 * enough that a thread waiting between bursts gives its core back to the page-half worker.
 */
export const SPINS = 20_000;

export interface JiebaWorkerData {
  control: SharedArrayBuffer;
  buffer: SharedArrayBuffer;
  port: MessagePort;
  options: JiebaOptions;
}

/** A message on the port: an answer too large for the buffer, new tag names, or why the load failed. */
export interface ReplyMessage {
  words?: string[];
  tags?: string[];
  fresh?: string[];
  error?: string;
}

/** The buffer as the input text (UTF-16), the words' lengths and their tags' ids, for `capacity` code units. */
export interface Views {
  capacity: number;
  input: Uint16Array;
  lengths: Int32Array;
  tags: Int32Array;
}

export function bufferFor(capacity: number): SharedArrayBuffer {
  return new SharedArrayBuffer(capacity * 10);
}

export function views(buffer: SharedArrayBuffer): Views {
  const capacity = buffer.byteLength / 10;
  return {
    capacity,
    lengths: new Int32Array(buffer, 0, capacity),
    tags: new Int32Array(buffer, capacity * 4, capacity),
    input: new Uint16Array(buffer, capacity * 8, capacity),
  };
}

/**
 * The message the other thread posted before it flipped the state word. Posting and the flip are
 * not ordered for the receiver: the message may land a moment after the flip is seen, so it is
 * waited for (bounded; it is already on its way).
 */
export function receiveNow<T>(port: MessagePort, ms = 5000): T {
  const deadline = Date.now() + ms;
  for (;;) {
    const got = receiveMessageOnPort(port);
    if (got) return got.message as T;
    if (Date.now() > deadline) throw new Error('a message from the other thread did not arrive');
  }
}
