// Code-action requests VS Code cancelled while the server was answering. The language client then
// answers nothing at all, not an error, so a command asking for its fix-all could not tell "nothing
// to fix" from "asked at a bad moment" (seen right after the word dictionary loads and the file is
// reviewed again). The client's middleware notes each cancellation; the commands ask again.
const cancelled = new Set<string>();

export function noteCancelled(uri: string): void {
  cancelled.add(uri);
}

/** Whether a request about `uri` was cancelled since the last call; clears the mark. */
export function takeCancelled(uri: string): boolean {
  return cancelled.delete(uri);
}
