import { foldDiacritics } from '../names/fold';
import type { NameNormalizer } from '../names/normalize';
import { profileExonyms } from '../places/exonym-table';
import type { Profile } from '../profiles/profile';
import type { NameOccurrence } from './name-occurrences';
import { matchNames } from './same-name';

/**
 * Names of an original set against names of its translation. The name
 * extractor reads English capitalisation, so in French or Spanish copy it
 * also picks up sentence openers and common words ("Selon", "Etat"): those
 * are dropped with the profile's list of source words that are not English.
 * Place names the languages write differently (Irak, Iraq; Etats-Unis,
 * United States) are matched through the profile's exonyms, ICU's country
 * names included.
 */
export interface SourceNames {
  /** The occurrences of the original worth comparing. */
  usable(names: readonly NameOccurrence[], text: string): NameOccurrence[];
  /** The original's name and the translation's name are one. */
  same(source: NameOccurrence, translation: NameOccurrence): boolean;
}

function wholeKey(normalizer: NameNormalizer, name: string): string {
  return name
    .split(/[\s\-‐]+/)
    .filter((w) => w !== '')
    .map((w) => normalizer.key(w))
    .join('');
}

export function createSourceNames(profile: Profile, normalizer: NameNormalizer): SourceNames {
  const common = new Set(profile.untranslated.words.map((w) => foldDiacritics(w)));
  const exonyms = new Map<string, Set<string>>();
  for (const entry of profileExonyms(profile)) {
    const key = wholeKey(normalizer, entry.source);
    let set = exonyms.get(key);
    if (!set) exonyms.set(key, (set = new Set()));
    for (const english of entry.english) set.add(wholeKey(normalizer, english));
  }
  const keyOf = (o: NameOccurrence) => o.words.map((w) => w.key).join('');
  return {
    usable(names, text) {
      return names.filter((o) => {
        if (o.weak) return false;
        const words = o.mention.parts.filter((p) => p.kind === 'name' || p.kind === 'demonym').map((p) => foldDiacritics(text.slice(p.coreStart, p.end)));
        return !words.every((w) => common.has(w));
      });
    },
    same(source, translation) {
      const ks = keyOf(source);
      const kt = keyOf(translation);
      if (ks === kt) return true;
      if (exonyms.get(ks)?.has(kt)) return true;
      return matchNames(source, translation) !== 'none';
    },
  };
}
