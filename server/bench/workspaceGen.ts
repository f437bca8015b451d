// A synthetic newsroom archive for the duplicate benchmark: N articles of realistic Chinese text
// (an order-2 character Markov chain trained on the seed pages, so every article is distinct),
// files of 5–10 articles, planted duplicates (re-wrapped at a column width, punctuation width
// converted, a sentence edited, a figure changed, another dateline) and planted near-misses that
// share only boilerplate (dateline, byline, closing sentence, banner). Deterministic for a seed.
import * as fs from 'node:fs';
import { seedFiles } from '../test/helpers';
import { mulberry32 } from '../test/random';

export interface GeneratedWorkspace {
  files: { uri: string; text: string }[];
  /** Planted duplicate pairs, each copy named `uri#headline` (the parser's article name for it). */
  planted: [string, string][];
  articles: number;
}

function trainChain(): Map<string, string[]> {
  const chain = new Map<string, string[]>();
  for (const f of seedFiles()) {
    // Han characters, digits and clause commas only: generated sentences read as body text.
    const text = fs.readFileSync(f, 'utf8').replace(/[^\p{Script=Han}0-9，、,]/gu, '');
    const chars = [...text];
    for (let i = 2; i < chars.length; i++) {
      const key = chars[i - 2] + chars[i - 1];
      const list = chain.get(key) ?? [];
      list.push(chars[i]);
      chain.set(key, list);
    }
  }
  return chain;
}

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };
const FULL_TO_HALF = Object.fromEntries(Object.entries(HALF_TO_FULL).map(([h, f]) => [f, h]));

export function generateWorkspace(total = 10_000, seed = 42): GeneratedWorkspace {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const chain = trainChain();
  const keys = [...chain.keys()].filter((k) => /^\p{Script=Han}{2}$/u.test(k));

  const sentence = (): string => {
    let key = pick(keys);
    let s = key;
    const len = 18 + Math.floor(rnd() * 40);
    while (s.length < len) {
      s += pick(chain.get(key) ?? [pick(keys)[0]]);
      key = s.slice(-2);
      if (!chain.has(key)) key = pick(keys);
    }
    return `${s.replace(/[，、,]+$/u, '')}。`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(rnd() * 4) }, sentence).join('');
  const names = ['钟梅', '周雨', '何春阳', '陈国栋', '凌泽英', '谢春', '龚毅', '肖必胜', '陈欣薇', '张玲'];
  const CLOSING = '下一步,永川区将继续全面落实中央决策部署和市委市政府工作要求,以更加高效务实的举措推进各项工作。';

  interface Article {
    headline: string;
    dateline: string;
    body: string[];
  }
  const fresh = (): Article => ({
    headline: sentence()
      .replace(/[。，、,]/gu, '')
      .slice(0, 18),
    dateline: `本报讯(渝西都市报记者 ${pick(names)})${1 + Math.floor(rnd() * 12)}月${1 + Math.floor(rnd() * 28)}日,`,
    body: Array.from({ length: 3 + Math.floor(rnd() * 5) }, paragraph),
  });
  const wrap = (text: string, width: number) => {
    const chars = [...text];
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
    return lines.join('\n');
  };
  const render = (a: Article, style: { full: boolean; column?: number; headlineLast?: boolean }) => {
    const conv = (s: string) => s.replace(/[,;:()，；：（）]/g, (c) => (style.full ? (HALF_TO_FULL[c] ?? c) : (FULL_TO_HALF[c] ?? c)));
    const paras = [a.dateline + a.body[0], ...a.body.slice(1)].map((p) => conv(style.column ? wrap(p, style.column) : p));
    const head = `## ${a.headline}`;
    return style.headlineLast ? [...paras, head].join('\n\n') : [head, ...paras].join('\n\n');
  };

  const rendered: string[] = [];
  const headlines: string[] = [];
  const planted: [number, number][] = [];
  while (rendered.length < total) {
    const r = rnd();
    const a = fresh();
    if (r < 0.02 && rendered.length + 1 < total) {
      // A planted duplicate: the same story, laid out and edited differently.
      const copy: Article = { ...a, body: [...a.body], dateline: a.dateline.replace('本报讯', '重庆日报讯') };
      const k = Math.floor(rnd() * copy.body.length);
      copy.body[k] = copy.body[k].replace(/。/, '，据了解。');
      if (rnd() < 0.5) copy.body[0] = `${copy.body[0]}项目总投资13.6亿元。`;
      if (rnd() < 0.5) a.body[0] = `${a.body[0]}项目总投资15.6亿元。`;
      planted.push([rendered.length, rendered.length + 1]);
      rendered.push(render(a, { full: false }));
      rendered.push(render(copy, { full: true, column: 10 + Math.floor(rnd() * 8), headlineLast: rnd() < 0.5 }));
      headlines.push(a.headline, copy.headline);
      continue;
    } else if (r < 0.06) {
      // A near miss: a different story with the same boilerplate.
      a.dateline = '本报讯(渝西都市报记者 钟梅)3月27日,';
      a.body.push(CLOSING);
      rendered.push(render(a, { full: rnd() < 0.5 }));
    } else {
      rendered.push(render(a, { full: rnd() < 0.5, column: rnd() < 0.3 ? 10 + Math.floor(rnd() * 8) : undefined }));
    }
    headlines.push(a.headline);
  }
  rendered.length = total;

  // Files of 5–10 articles; ids are `uri#index` as the engine's Workspace names them.
  const files: { uri: string; text: string }[] = [];
  const idOf: string[] = [];
  for (let i = 0; i < rendered.length;) {
    const n = 5 + Math.floor(rnd() * 6);
    const uri = `file:///bench/page-${String(files.length).padStart(5, '0')}.txt`;
    const chunk = rendered.slice(i, i + n);
    chunk.forEach((_, k) => (idOf[i + k] = `${uri}#${headlines[i + k]}`));
    files.push({ uri, text: `${chunk.join('\n\n')}\n` });
    i += n;
  }
  return { files, planted: planted.filter(([, y]) => y < total).map(([x, y]) => [idOf[x], idOf[y]]), articles: rendered.length };
}
