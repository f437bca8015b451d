/** Characters that count for the newsroom's rate (findings per 10,000 characters): everything but whitespace. */
export function countedCharacters(text: string): number {
  return text.replace(/\s+/g, '').length;
}
