/**
 * A lower-case word as the source-language lists are keyed: curly apostrophes
 * straight, combining accents composed (NFC). Copy comes in either form, the
 * data in one.
 */
export function normalizeWord(lower: string): string {
  let w = lower;
  if (w.includes('’')) w = w.replace(/’/g, "'");
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) return w.normalize('NFC');
  }
  return w;
}
