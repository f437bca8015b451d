// The file watchers the server asks a client for (`workspace/didChangeWatchedFiles`, registered
// dynamically), so that in any editor that can watch files a page changed on disk, by another tool
// or a colleague, is re-read: the newspaper globs under each workspace folder, and the accepted list.
import { pathToFileURL } from 'node:url';
import type { FileSystemWatcher } from 'vscode-languageserver/node';

export const ACCEPTED_GLOB = '**/.newsprint/accepted.json';

/**
 * One watcher per glob and workspace folder when the client takes relative patterns (LSP 3.17),
 * else one string glob per pattern, anchored anywhere (`**‍/`), since such a client matches string
 * globs against whole paths.
 */
export function fileWatchers(globs: readonly string[], roots: readonly string[], relativePatterns: boolean): FileSystemWatcher[] {
  const patterns = [...new Set([...globs, ACCEPTED_GLOB])];
  if (relativePatterns && roots.length) {
    return roots.flatMap((root) => {
      const baseUri = pathToFileURL(root).href;
      return patterns.map((pattern) => ({ globPattern: { baseUri, pattern } }));
    });
  }
  return patterns.map((pattern) => ({ globPattern: pattern.startsWith('**/') || pattern.startsWith('/') ? pattern : `**/${pattern}` }));
}
