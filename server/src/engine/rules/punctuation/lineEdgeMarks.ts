// NP404: a closing mark at the start of a line, or an opening mark at its end, inside a paragraph.
// Print never sets them so (GB/T 15834: marks that may not begin or end a line); in extracted text
// they show where a wrap went wrong.
import type { Draft, Rule } from '../rule';

const NO_LINE_START = /^[，。、；：？！”’）》〕】」』…]/u;
const NO_LINE_END = /[“‘（《〔【「『]$/u;

export const lineEdgeMarks: Rule = {
  id: 'NP404',
  name: 'mark-at-line-edge',
  family: 'punctuation',
  description:
    'Inside a paragraph, a line begins with a closing mark (`，` `。` `”` `）` …) or ends with an opening mark (`“` `（` `《` …). ' +
    'GB/T 15834 forbids both in print, so in extracted text they betray a bad wrap; reflowing the paragraph repairs it.',
  standard: 'GB/T 15834-2011 5.1.7',
  severity: 'info',
  examples: [
    { bad: '协同开展技术攻关\n，共同开发教学资源' },
    { bad: '协同开展技术攻关，他在会上说：“\n我们要加强合作。”', note: 'an opening mark at a line end' },
    { good: '协同开展技术攻关，他在会上说：\n“我们要加强合作。”', note: 'an opening mark at a line start' },
    {
      good: '全面学习贯彻《\n民法典》精神\n\n本报记者 张三\n\n各地各部门认真组织学习，推动民法典走到群众身边、走进群众心里。',
      page: true,
      note: 'a headline set over two lines: its lines are set by hand, and NP404 reads paragraphs only',
    },
  ],
  check({ page, source, budget = Infinity }) {
    const out: Draft[] = [];
    for (const p of page.elements) {
      if (out.length >= budget) break; // the review keeps no more
      if (p.kind !== 'paragraph') continue;
      for (let line = p.firstLine; line <= p.lastLine; line++) {
        const l = source.lines[line];
        const t = l.text.trim();
        const lead = l.start + (l.text.length - l.text.trimStart().length);
        if (line > p.firstLine && NO_LINE_START.test(t)) {
          out.push({ message: `A line of this paragraph begins with “${t[0]}”, which print never puts at a line start: a wrap went wrong here.`, start: lead, end: lead + 1 });
        }
        if (line < p.lastLine && NO_LINE_END.test(t)) {
          const end = lead + t.length;
          out.push({ message: `A line of this paragraph ends with “${t[t.length - 1]}”, which print never puts at a line end: a wrap went wrong here.`, start: end - 1, end });
        }
      }
    }
    return out;
  },
};
