// Text beyond the Basic Multilingual Plane, for the astral property tests (engine and LSP): pieces
// to build pages from, and the two ways a position or a string can break a surrogate pair.
export const PIECES = ['𠮷', '𡈽', '𤭢', '企业', '新增', '36', '2.6万', '家', ' ', '　', ',', '，', '。', '.', '"', '“', '”', '(', '）', '\n', '\n\n', '的的', '𠮷𠮷', '——', '%', '年', '月'];
export const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
/** Whether offset `i` falls between the two halves of a surrogate pair. */
export const splitsPair = (text: string, i: number) => i > 0 && i < text.length && /[\ud800-\udbff]/u.test(text[i - 1]) && /[\udc00-\udfff]/u.test(text[i]);
