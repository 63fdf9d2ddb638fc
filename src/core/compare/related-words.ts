import data from './data/related-words.json';
import { stem } from './stem';

/** Family number of each stem of related-words.json. */
let families: ReadonlyMap<string, number> | undefined;

function familyMap(): ReadonlyMap<string, number> {
  if (families) return families;
  const map = new Map<string, number>();
  data.families.forEach((family, i) => {
    for (const word of family) {
      map.set(word, i);
      // The stemmer is light and not always consistent ("fire" but "fired" -> "fir"): list every inflection's stem.
      for (const form of [word, `${word}s`, `${word}d`, `${word}ed`, `${word}ing`]) map.set(stem(form), i);
    }
  });
  families = map;
  return map;
}

/** The family of a stem, or -1. */
export function familyOf(wordStem: string): number {
  const map = familyMap();
  const direct = map.get(wordStem);
  if (direct !== undefined) return direct;
  // Families list some stems cut short ("injur", "displac"): a word that starts with one belongs too.
  for (let n = wordStem.length - 1; n >= 4; n--) {
    const f = map.get(wordStem.slice(0, n));
    if (f !== undefined) return f;
  }
  return -1;
}

let ignored: ReadonlySet<string> | undefined;

/** Words related-words.json says to leave out of every comparison (reporting verbs, particles). */
export function isIgnoredStem(wordStem: string): boolean {
  ignored ??= new Set(data.ignore.flatMap((w) => [w, stem(w)]));
  return ignored.has(wordStem);
}

/** Two sets of stems share a stem, or a family of related-words.json. */
export function related(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const s of a) if (b.has(s)) return true;
  const fa = new Set<number>();
  for (const s of a) {
    const f = familyOf(s);
    if (f >= 0) fa.add(f);
  }
  if (fa.size === 0) return false;
  for (const s of b) if (fa.has(familyOf(s))) return true;
  return false;
}
