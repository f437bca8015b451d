// A rule's check called directly, as the review calls it: for tests that give a budget or read a
// rule's drafts before the review sorts and caps them.
import { fallbackSegmenter, parsePage, SourceText, Workspace, type Draft, type Rule, type Segmenter } from '../../src/engine';

/** A workspace holding these documents (uri → text). */
export function workspaceOf(files: Record<string, string>): Workspace {
  const ws = new Workspace();
  for (const [uri, text] of Object.entries(files)) ws.set(uri, text);
  return ws;
}

/** `rule.check` on `text` at `uri`, the page registered in `workspace` first (as the review does). */
export function checkRule(rule: Rule, text: string, options: { uri?: string; workspace?: Workspace; segmenter?: Segmenter; budget?: number } = {}): Draft[] {
  const { uri = 'mem:check', workspace = new Workspace(), segmenter = fallbackSegmenter, budget } = options;
  const source = new SourceText(text);
  const page = parsePage(source);
  workspace.set(uri, source, page);
  return rule.check({ page, source, uri, workspace, segmenter, corpus: workspace.corpus, budget });
}
