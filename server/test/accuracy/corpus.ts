// The development corpus (../shared/corpus): edited articles of one month of a national daily,
// one JSON object a line, grouped here by the printed page they stood on. A line that is not
// JSON, or an article without a title or a body, is skipped and counted, never fatal.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { ROOT } from '../helpers';

/** `../shared` beside the repository; NEWSPRINT_SHARED names it for a copy elsewhere (Stryker's sandbox under .stryker-tmp). */
export const SHARED = process.env.NEWSPRINT_SHARED ? path.resolve(process.env.NEWSPRINT_SHARED) : path.resolve(ROOT, '..', 'shared');
export const CORPUS_FILE = path.join(SHARED, 'corpus', 'peoples-daily-2019-02.jsonl.gz');

export interface CorpusArticle {
  id: string;
  /** The title block as printed: kicker, headline, subtitle, sometimes a summary. */
  titleLines: string[];
  /** The body, a paragraph a string, leading indent removed. */
  paragraphs: string[];
}

export interface CorpusPage {
  /** `yyyymmdd-pp`. */
  id: string;
  articles: CorpusArticle[];
}

export interface Corpus {
  pages: CorpusPage[];
  /** Lines passed over, by reason. */
  skipped: Record<string, number>;
}

function articleOf(raw: unknown): CorpusArticle | string {
  if (typeof raw !== 'object' || raw === null) return 'not an object';
  const r = raw as Record<string, unknown>;
  const strings = (v: unknown) =>
    Array.isArray(v)
      ? v
          .filter((x): x is string => typeof x === 'string')
          .map((x) => x.trim())
          .filter(Boolean)
      : [];
  const titleLines = strings(r.title_lines);
  const paragraphs = strings(r.paragraphs);
  if (typeof r.id !== 'string' || !/^\d{8}-\d+-\d+$/.test(r.id)) return 'no id';
  if (!paragraphs.length) return 'no paragraphs';
  if (!titleLines.length) return 'no title';
  return { id: r.id, titleLines, paragraphs };
}

/** Parses the corpus text (JSON lines); pages in the order they were printed. */
export function parseCorpus(jsonl: string): Corpus {
  const skipped: Record<string, number> = {};
  const pages = new Map<string, CorpusArticle[]>();
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      skipped['not JSON'] = (skipped['not JSON'] ?? 0) + 1;
      continue;
    }
    const a = articleOf(raw);
    if (typeof a === 'string') {
      skipped[a] = (skipped[a] ?? 0) + 1;
      continue;
    }
    const page = a.id.split('-').slice(0, 2).join('-');
    pages.set(page, [...(pages.get(page) ?? []), a]);
  }
  return { pages: [...pages].map(([id, articles]) => ({ id, articles })), skipped };
}

let cached: Corpus | undefined;

export function loadCorpus(): Corpus {
  if (!fs.existsSync(CORPUS_FILE)) throw new Error(`the corpus is missing: ${CORPUS_FILE} (see ../shared/corpus/README.md)`);
  return (cached ??= parseCorpus(zlib.gunzipSync(fs.readFileSync(CORPUS_FILE)).toString('utf8')));
}
