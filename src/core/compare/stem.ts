/**
 * A light English stemmer for comparing content words across two stories:
 * enough that "attacks", "attacked" and "attacking" meet, and cheap enough to
 * run on every word. It is not Porter's: over-stemming pairs unrelated words,
 * and a missed pair only costs a little alignment score.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  // "fire"/"fired", "injure"/"injured": a final e goes too.
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
