import type { Profile } from '../profiles/profile';

/**
 * The profiles' generated lexicons (untranslated.lexicon): everyday source
 * words English lacks, each a sorted word per line searched in place by
 * bisection. An article asks about a few hundred word forms of tens of
 * thousands of lines, so neither a Map nor an array is worth building.
 */
export interface SourceLexicon {
  /** Bit set of the profiles (by index) whose lexicon has the word or its singular ("trochas"); 0 for none. */
  profilesOf(word: string): number;
}

/** Generated lexicon words are at least this long (scripts/data/build-source-lexicon.mjs). */
export const LEXICON_MIN = 4;

/** Bisection over a sorted list of lines ("a\nb\nc"), without splitting it. */
export function hasLine(lines: string, w: string): boolean {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = lines.lastIndexOf('\n', mid - 1) + 1;
    let end = lines.indexOf('\n', start);
    if (end < 0) end = lines.length;
    const line = lines.slice(start, end);
    if (line === w) return true;
    if (line < w) lo = end + 1;
    else hi = start;
  }
  return false;
}

/** `profiles` in the order whose indexes the returned bits use (the untranslated rule's). */
export function createSourceLexicon(profiles: readonly Profile[]): SourceLexicon {
  const lexicons: { readonly words: string; readonly bit: number }[] = [];
  /** English words that look like a plural of a lexicon word ("allies"). */
  const notPlurals = new Set<string>();
  profiles.forEach((profile, index) => {
    const generated = profile.untranslated.lexicon;
    if (generated === undefined) return;
    if (generated.words !== '') lexicons.push({ words: generated.words, bit: 1 << index });
    for (const w of generated.notPlurals) notPlurals.add(w);
  });

  function exactly(w: string): number {
    let bits = 0;
    for (const { words, bit } of lexicons) if (hasLine(words, w)) bits |= bit;
    return bits;
  }

  return {
    profilesOf(w) {
      if (w.length < LEXICON_MIN || lexicons.length === 0) return 0;
      const exact = exactly(w);
      if (exact !== 0) return exact;
      if (!w.endsWith('s') || notPlurals.has(w)) return 0;
      return exactly(w.slice(0, -1)) | (w.endsWith('es') ? exactly(w.slice(0, -2)) : 0);
    },
  };
}
