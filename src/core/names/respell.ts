import type { Profile } from '../profiles/profile';
import { foldDiacritics } from './fold';
import type { NameMention } from './name-mention';
import { compileRewrites, matchCase, rewriteWord, type RewriteSet } from './rewrite';

/**
 * English spellings of names that a source language transliterates its own
 * way, from the profiles' transliteration sections: French "Hachd al-Chaabi"
 * for "Hashd al-Shaabi", Spanish "Hezbolá" for "Hezbollah".
 *
 * Two kinds of data, two levels of trust. A known spelling ("^poutine$") names
 * one word and is respelt wherever it stands. A pattern ("ch" -> "sh") is only
 * trusted inside a name marked as Arabic by a particle (al-, bin, Abou...):
 * elsewhere French-looking spellings are often the established English ones
 * (Bouteflika, Djibouti, Ouattara). A name family's patterns ("tch" -> "ch"
 * in Russian names) are trusted in a word that carries the family's ending
 * and a letter only the source writes ("Tchoudinov"). Words on a profile's
 * `established` list are never respelt.
 */
export interface Respelling {
  readonly text: string;
  readonly profile: Profile;
}

export interface Respeller {
  /** Does a word of the mention mark it as an Arabic name ("al-Soudani", "bin", "Abou")? */
  marked(text: string, mention: NameMention): boolean;
  /**
   * The English spelling of one name word (without its article), in the case
   * of the original, or undefined when no profile respells it. With `marked`
   * unset only known spellings apply.
   */
  respell(core: string, marked: boolean): Respelling | undefined;
  /**
   * Known spellings of common words that English writes in lower case
   * ("djihadist" -> "jihadist"), keyed in lower case, for a scan of the
   * whole text and not only of names.
   */
  readonly commonWords: ReadonlyMap<string, Respelling>;
}

const CACHE_LIMIT = 20_000;

interface CompiledFamily {
  readonly profile: Profile;
  readonly endings: readonly string[];
  readonly sourceLetters: readonly string[];
  readonly rewrites: RewriteSet;
}

/** Does the lower-case word show itself a name of the family: one of its endings after a stem, and a source letter? */
function ofFamily(lower: string, family: CompiledFamily): boolean {
  return family.endings.some((e) => lower.length >= e.length + 3 && lower.endsWith(e)) && family.sourceLetters.some((l) => lower.includes(l));
}

export function createRespeller(profiles: readonly Profile[]): Respeller {
  const sets: { profile: Profile; rewrites: RewriteSet }[] = profiles.map((profile) => ({
    profile,
    rewrites: compileRewrites(profile.transliteration.rewrites, `${profile.id} transliteration.rewrites`),
  }));
  const families: CompiledFamily[] = profiles.flatMap((profile) =>
    (profile.transliteration.families ?? []).map((f, i) => ({
      profile,
      endings: f.endings.map((e) => e.normalize('NFC')),
      sourceLetters: f.sourceLetters.map((l) => l.normalize('NFC')),
      rewrites: compileRewrites(f.rewrites, `${profile.id} transliteration.families[${i}].rewrites`),
    })),
  );
  const prefixSet = new Set<string>();
  const wordMarkers = new Set<string>();
  const established = new Set<string>();
  for (const p of profiles) {
    for (const m of p.transliteration.markers) {
      if (m.endsWith('-')) prefixSet.add(m);
      else wordMarkers.add(m);
    }
    for (const e of p.transliteration.established) established.add(foldDiacritics(e));
  }
  /** Respellings by word, one cache with patterns and one without. */
  const caches = [new Map<string, Respelling | null>(), new Map<string, Respelling | null>()] as const;
  const prefixMarkers = [...prefixSet];
  /** Cheap filters before any slicing: the first letters and the longest length of the markers. */
  const markerInitials = new Set([...prefixSet, ...wordMarkers].map((m) => m.charCodeAt(0)));
  const longestWordMarker = Math.max(0, ...[...wordMarkers].map((m) => m.length));
  const commonWords = new Map<string, Respelling>();
  for (const { profile, rewrites } of sets) {
    for (const [word, known] of rewrites.words) {
      if (known.common && !commonWords.has(word) && !isEstablished(word)) commonWords.set(word, { text: known.text, profile });
    }
  }

  function isEstablished(core: string): boolean {
    const folded = foldDiacritics(core);
    if (established.has(folded)) return true;
    return folded.endsWith('s') && established.has(folded.slice(0, -1));
  }

  function compute(core: string, marked: boolean): Respelling | null {
    if (isEstablished(core)) return null;
    const lower = core.toLowerCase();
    for (const { profile, rewrites } of sets) {
      const out = rewriteWord(lower, rewrites, marked);
      if (out !== lower && out !== '') return { text: matchCase(core, out), profile };
    }
    const nfc = lower.normalize('NFC');
    for (const family of families) {
      if (!ofFamily(nfc, family)) continue;
      const out = rewriteWord(nfc, family.rewrites, true);
      if (out !== nfc && out !== '') return { text: matchCase(core, out), profile: family.profile };
    }
    return null;
  }

  return {
    commonWords,
    // Worked out afresh on each call, not cached per mention: the test is a
    // few look-ups per part, while a WeakMap entry per mention cost more than
    // that (and burdened the garbage collector) with a million mentions in a 20 MB text.
    marked(text, mention) {
      for (const part of mention.parts) {
        if (!markerInitials.has(text.charCodeAt(part.start))) continue;
        const length = part.end - part.start;
        const prefixed = prefixMarkers.some((prefix) => length > prefix.length && text.startsWith(prefix, part.start));
        if (prefixed || (length <= longestWordMarker && wordMarkers.has(text.slice(part.start, part.end)))) return true;
      }
      return false;
    },
    respell(core, marked) {
      const cache = caches[marked ? 1 : 0];
      let r = cache.get(core);
      if (r === undefined) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        r = compute(core, marked);
        cache.set(core, r);
      }
      return r ?? undefined;
    },
  };
}
