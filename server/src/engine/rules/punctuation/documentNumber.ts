// NP405: a document number's year or session bracket is the hexagonal 〔 〕 (GB/T 15834 4.9.3 and
// the official-document standard GB/T 9704): `[十八届]第16号` → `〔十八届〕第16号`.
import { edit, type Draft, type Rule } from '../rule';

const DOC_NUMBER = /[[［【]([^\]］】]{1,10})[\]］】](\s*第?\s*[0-9０-９一二三四五六七八九十百〇零]+\s*号)/gu;

export const documentNumber: Rule = {
  id: 'NP405',
  name: 'document-number-brackets',
  family: 'punctuation',
  description: 'The bracket around a document number’s year or session is 〔 〕: `[十八届]第16号` → `〔十八届〕第16号`.',
  standard: 'GB/T 15834-2011 4.9.3.2; GB/T 9704',
  severity: 'warning',
  examples: [
    { bad: '[十八届]第16号', good: '〔十八届〕第16号' },
    { bad: '区政府印发《实施方案》（永川府发【2022】3号），明确了目标。', good: '区政府印发《实施方案》（永川府发〔2022〕3号），明确了目标。', note: 'inside running text' },
    { bad: '据渝府办发［2019］18号文件要求，各区县抓好落实。', good: '据渝府办发〔2019〕18号文件要求，各区县抓好落实。', note: 'full-width square brackets' },
    { bad: '[十八届] 第 16 号', good: '〔十八届〕 第 16 号', note: 'spaces left by extraction' },
    { good: '区政府印发《实施方案》（永川府发〔2022〕3号）。', note: 'already 〔 〕' },
    { good: '据统计【图表】显示，3号线客流增长。', note: 'a bracket that closes no year or session before a number' },
  ],
  check({ page, source }) {
    const out: Draft[] = [];
    for (const e of page.elements) {
      for (const m of source.text.slice(e.start, e.end).matchAll(DOC_NUMBER)) {
        const open = e.start + m.index!;
        const close = open + 1 + m[1].length;
        out.push({
          message: `Document number brackets: “${m[0]}” → “〔${m[1]}〕${m[2]}”.`,
          start: open,
          end: open + m[0].length,
          fixes: [{ title: `Use 〔${m[1]}〕`, preferred: true, edits: [edit(source, open, open + 1, '〔'), edit(source, close, close + 1, '〕')] }],
        });
      }
    }
    return out;
  },
};
