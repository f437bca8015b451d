// A minimal LSP client over stdio for protocol tests: starts the built server the way an editor
// does (`node server/dist/server.js --stdio`), and waits on notifications rather than on time.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  type ProtocolConnection,
  ResponseError,
  ErrorCodes,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';
import { DocumentStatusNotification, IndexingNotification, SegmenterNotification } from '../../src/protocol';

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** The latest diagnostics published for `uri` that satisfy `accept`, or the next such ones. */
  current(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** What the server has written to the client's log (window/logMessage), in order. */
  logs: string[];
  /** The capabilities the server registered with `client/registerCapability`, in order (the client accepts them all). */
  registrations: { method: string; registerOptions?: unknown }[];
  /** Resolves with a notification of `method` (past or next) that satisfies `accept`: the server's own (newsprint/…) among them. */
  notified<P>(method: string, accept?: (p: P) => boolean, timeoutMs?: number): Promise<P>;
  stop(): Promise<void>;
}

export const uriOf = (file: string) => pathToFileURL(file).href;

export interface ProgressEvent {
  token: string | number;
  kind: string;
  title?: string;
  message?: string;
  percentage?: number;
}

/** How the client answers `window/workDoneProgress/create`: as VS Code does, with an error, or never (LSP allows all three). */
export type ProgressAnswer = 'accept' | 'refuse' | 'never';

/** `capabilities`: what the client declares beyond work-done progress (which `onProgress` turns on). */
export async function startServer(
  workspace: string,
  initializationOptions: unknown = {},
  onProgress?: (e: ProgressEvent) => void,
  capabilities: Record<string, unknown> = {},
  progressAnswer: ProgressAnswer = 'accept',
): Promise<TestServer> {
  // NEWSPRINT_SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) profiles the server under a benchmark.
  const nodeArgs = (process.env.NEWSPRINT_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'server', 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const reader = new StreamMessageReader(child.stdout!);
  // A server told to exit may stop in the middle of writing a large publish; the reader would then
  // re-arm its partial-message timer forever and keep the test process alive.
  reader.partialMessageTimeout = 0;
  const connection = createProtocolConnection(reader, new StreamMessageWriter(child.stdin!));
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void; reject: (e: Error) => void }[] = [];
  // The server's stderr is drained (a full pipe would block it) and its tail kept, so that a server
  // that dies fails the waiting test at once with what it said, instead of hanging the suite.
  let stderrTail = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    // NEWSPRINT_SERVER_STDERR=1 shows it all, for tracing a server under a test or benchmark.
    if (process.env.NEWSPRINT_SERVER_STDERR === '1') process.stderr.write(chunk);
    stderrTail = (stderrTail + chunk.toString()).slice(-4000);
  });
  let exited: Error | undefined;
  child.once('exit', (code, signal) => {
    exited = new Error(`the server exited (code ${code}, signal ${signal}); stderr:\n${stderrTail}`);
    for (const w of waiters.splice(0)) w.reject(exited);
  });
  const latest = new Map<string, PublishDiagnosticsParams>();
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    latest.set(p.uri, p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  // A client that supports server-initiated progress accepts the token and records what is reported;
  // another may refuse it, or leave the request unanswered.
  connection.onRequest('window/workDoneProgress/create', () => {
    if (progressAnswer === 'refuse') throw new ResponseError(ErrorCodes.InternalError, 'this client takes no progress');
    if (progressAnswer === 'never') return new Promise(() => undefined);
    return null;
  });
  const seenNotifications: { method: string; params: unknown }[] = [];
  const notificationWaiters: { method: string; accept: (p: unknown) => boolean; resolve: (p: unknown) => void }[] = [];
  // The server's own notifications, kept for notified().
  for (const method of [SegmenterNotification.method, IndexingNotification.method, DocumentStatusNotification.method]) {
    connection.onNotification(method, (params: unknown) => {
      seenNotifications.push({ method, params });
      for (const w of [...notificationWaiters]) {
        if (w.method === method && w.accept(params)) {
          notificationWaiters.splice(notificationWaiters.indexOf(w), 1);
          w.resolve(params);
        }
      }
    });
  }
  connection.onNotification('$/progress', (params: unknown) => {
    const p = params as { token: string | number; value: Omit<ProgressEvent, 'token'> };
    onProgress?.({ token: p.token, ...p.value });
  });
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
  const registrations: { method: string; registerOptions?: unknown }[] = [];
  connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
    registrations.push(...p.registrations);
    return null;
  });
  connection.onRequest('client/unregisterCapability', () => null);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uriOf(workspace),
    workspaceFolders: [{ uri: uriOf(workspace), name: path.basename(workspace) }],
    capabilities: { ...capabilities, ...(onProgress ? { window: { workDoneProgress: true } } : {}) },
    initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  function diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      if (exited) return reject(exited);
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)), reject: (e) => (clearTimeout(timer), reject(e)) });
    });
  }
  return {
    connection,
    process: child,
    diagnostics,
    logs,
    registrations,
    notified<P>(method: string, accept: (p: P) => boolean = () => true, timeoutMs = 30_000): Promise<P> {
      const seen = seenNotifications.find((n) => n.method === method && accept(n.params as P));
      if (seen) return Promise.resolve(seen.params as P);
      return new Promise<P>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${method} notification within ${timeoutMs} ms`)), timeoutMs);
        notificationWaiters.push({ method, accept: (p) => accept(p as P), resolve: (p) => (clearTimeout(timer), resolve(p as P)) });
      });
    },
    current(uri, accept = () => true, timeoutMs = 10_000) {
      const seen = latest.get(uri);
      return seen && accept(seen) ? Promise.resolve(seen) : diagnostics(uri, accept, timeoutMs);
    },

    async stop() {
      if (exited) return;
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
    },
  };
}
