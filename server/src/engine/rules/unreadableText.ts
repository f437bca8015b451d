// NP001: text that cannot be reviewed because it was decoded with the wrong encoding or is not text.
import { inspectText } from '../text/decode';
import type { Rule } from './rule';

export const unreadableText: Rule = {
  id: 'NP001',
  name: 'unreadable-text',
  family: 'input',
  description:
    'The file is not readable Chinese text: replacement characters (U+FFFD), Latin-1 mojibake or binary content. ' +
    'Usually a GB18030/GBK file opened as UTF-8; reopen it with the right encoding before reviewing.',
  severity: 'error',
  examples: [
    { bad: '\ufffd\ufffd\ufffd\ufffd讯(记者 周雨)', note: 'GB18030 bytes decoded as UTF-8' },
    { bad: 'æœ¬æŠ¥è®¯è®°è€…æ˜¨æ—¥ä»Žè¯¥åŒºèŽ·æ‚‰', note: 'UTF-8 bytes of 本报讯记者昨日从该区获悉 decoded as Windows-1252' },
    { good: 'WTO、GDP、CPI等英文缩写在新闻中很常见。', note: 'Latin letters in Chinese copy are not mojibake' },
  ],
  check({ source }) {
    const trouble = inspectText(source.text);
    if (!trouble) return [];
    const start = Math.max(0, trouble.offset);
    return [{ message: trouble.message, start, end: Math.min(source.text.length, start + 1), data: { kind: 'encoding', trouble: trouble.kind } }];
  },
};
