// Sends and receives the messages of the Newsprint protocol (server/src/protocol.ts) with this
// client's LSP library: the constants carry the method and the types, this gives them to it.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Notification, Request } from '../../server/src/protocol';

export function sendRequest<P, R>(client: LanguageClient, type: Request<P, R>, params: P, token?: vscode.CancellationToken): Promise<R> {
  // An undefined token passed on would go out as a second, positional parameter.
  return token ? client.sendRequest<R>(type.method, params, token) : client.sendRequest<R>(type.method, params);
}

export function sendNotification<P>(client: LanguageClient, type: Notification<P>, params: P): Promise<void> {
  return client.sendNotification(type.method, params);
}

export function onNotification<P>(client: LanguageClient, type: Notification<P>, handler: (params: P) => void): vscode.Disposable {
  return client.onNotification(type.method, handler);
}
