// The data behind "Compare duplicate copies": the article at a position and each of its copies,
// normalised (wraps undone, punctuation width folded, one sentence per line) so that VS Code's
// diff editor shows only the real differences.
import { normalizedForDiff, type Workspace } from '../engine';
import type { DuplicateCopies } from '../protocol';

export function duplicateCopies(workspace: Workspace, uri: string, position: { line: number }): DuplicateCopies {
  const articles = workspace.articles(uri);
  const here = articles.find((a) => a.range.start.line <= position.line && position.line <= a.range.end.line) ?? articles.find((a) => workspace.duplicatesOf(uri, a.index).length);
  if (!here) return { copies: [] };
  const textOf = (u: string, a: { bodyStart: number; bodyEnd: number }) => normalizedForDiff(workspace.text(u)?.slice(a.bodyStart, a.bodyEnd) ?? '');
  return {
    article: { uri, name: here.name, firstLine: here.range.start.line, lastLine: here.range.end.line, text: textOf(uri, here) },
    copies: workspace.duplicatesOf(uri, here.index).map(({ other, similarity }) => ({
      uri: other.uri,
      name: other.name,
      firstLine: other.range.start.line,
      lastLine: other.range.end.line,
      text: textOf(other.uri, other),
      similarity,
    })),
  };
}
