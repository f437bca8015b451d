// Runs the page half of a large document's review (ReviewOptions.part 'page') in a worker thread,
// so that on two cores it overlaps the rest, which stays on the server's thread beside the
// workspace. One worker is kept between reviews: a fresh thread runs the engine unoptimised and
// took longer than the server's own thread. A worker that cannot start or fails leaves `findings`
// undefined and the caller runs the page half itself: a lost thread must never mean lost findings.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Finding, ReviewOptions } from '../engine';

export interface PageHalfRequest {
  id: number;
  text: string;
  uri: string;
  rules: ReviewOptions['rules'];
  families: ReviewOptions['families'];
  /** Send the parsed page first (PageHalfReply `page`), for the rest half to use instead of parsing again. */
  sendPage?: boolean;
}

/** The parsed page (when asked, before the findings), then the findings or an error. */
export type PageHalfReply = { id: number; page: Uint8Array } | { id: number; findings: Finding[] } | { id: number; error: string };

export interface PageHalf {
  /** The page the worker parsed, packed (pageTransfer.ts; with `sendPage`); undefined when not asked for, or the worker failed first. */
  parsed: Promise<Uint8Array | undefined>;
  /** The page half's findings (uncapped, unsorted); undefined when the worker failed or was cancelled. */
  findings: Promise<Finding[] | undefined>;
  /** Gives up this review's page half; a worker busy with it is stopped (and started afresh next time). */
  cancel(): void;
}

/** Next to the bundled server (server/dist/pageWorker.js). */
const WORKER_FILE = path.join(__dirname, 'pageWorker.js');

export function pageWorkerAvailable(): boolean {
  return fs.existsSync(WORKER_FILE);
}

let worker: Worker | undefined;
let nextId = 1;

interface Job {
  request: PageHalfRequest;
  settle: (value: Finding[] | undefined, why?: string) => void;
  /** Called with the parsed page when it arrives (and with undefined when the job settles without one). */
  receivePage: (page: Uint8Array | undefined) => void;
}

/** The job the worker is on, and those waiting their turn: one at a time, so a cancelled job that is only waiting costs nothing. */
let running: Job | undefined;
const queued: Job[] = [];

function theWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_FILE);
  // An idle worker must not keep the server alive after the client has gone.
  w.unref();
  w.on('message', (reply: PageHalfReply) => {
    if (worker !== w || running?.request.id !== reply.id) return;
    if ('page' in reply) {
      running.receivePage(reply.page);
      return;
    }
    const job = running;
    running = undefined;
    job.settle('findings' in reply ? reply.findings : undefined, 'findings' in reply ? undefined : reply.error);
    pump();
  });
  const lost = (why: string) => {
    if (worker !== w) return; // replaced on purpose (a cancelled job)
    worker = undefined;
    const job = running;
    running = undefined;
    job?.settle(undefined, why);
    pump();
  };
  w.on('error', (err) => lost(err.message));
  w.on('exit', (code) => lost(`the worker exited with code ${code}`));
  return (worker = w);
}

/** Hands the next waiting job to the worker when it is free. */
function pump(): void {
  if (running || queued.length === 0) return;
  const job = queued.shift()!;
  try {
    theWorker().postMessage(job.request);
    running = job;
  } catch (err) {
    job.settle(undefined, (err as Error).message);
    pump();
  }
}

export function startPageHalf(request: Omit<PageHalfRequest, 'id'>, log: (message: string) => void): PageHalf {
  let settled = false;
  let resolve: (value: Finding[] | undefined) => void = () => undefined;
  const findings = new Promise<Finding[] | undefined>((r) => (resolve = r));
  let resolvePage: (page: Uint8Array | undefined) => void = () => undefined;
  const parsed = new Promise<Uint8Array | undefined>((r) => (resolvePage = r));
  const job: Job = {
    request: { ...request, id: nextId++ },
    settle: (value, why) => {
      if (settled) return;
      settled = true;
      if (why) log(`The page half of a large review runs on the server thread instead: ${why}`);
      resolvePage(undefined);
      resolve(value);
    },
    receivePage: (page) => resolvePage(page),
  };
  queued.push(job);
  pump();
  return {
    parsed,
    findings,
    cancel: () => {
      if (settled) return;
      job.settle(undefined);
      const waiting = queued.indexOf(job);
      if (waiting >= 0) {
        queued.splice(waiting, 1);
        return;
      }
      if (running === job) {
        // The worker would go on with a review nobody wants: stop it; the next job gets a fresh one.
        const w = worker;
        worker = undefined;
        running = undefined;
        void w?.terminate();
        pump();
      }
    },
  };
}
