// Wording shared by the duplicate rules: where the other copy is.
import type { ArticleRecord } from '../../workspace';
import { fileLabel } from '../../text/fileLabel';

export { fileLabel };

/** Copies named in one finding (closest first); an archive reprinting a story a hundred times gets a count for the rest. */
export const MAX_COPIES_LISTED = 5;

export function describeCopy(other: ArticleRecord, uri: string, similarity?: number): string {
  const where = other.uri === uri ? 'in this file' : `in ${fileLabel(other.uri)}`;
  const pct = similarity === undefined ? '' : `, ${Math.round(similarity * 100)}% similar`;
  return `${where} (lines ${other.range.start.line + 1}–${other.range.end.line + 1}${pct})`;
}
