import type { Profile } from '../profiles/profile';
import { collapseDoubles, foldDiacritics, lettersOnly } from './fold';
import { nameWords } from './name-words';
import { applyPatterns, compileRewrites, rewriteWord, type RewriteSet } from './rewrite';

/**
 * Comparison forms of one name word. Two spellings of one name share a key
 * ("al-Soudani", "Sudani" -> "sudani"; "Ismaïl", "Ismail" -> "ismail";
 * "Mohamed", "Mohammed" -> "muhamed"). Distinct names must not: the key keeps
 * every vowel and consonant that English copy itself keeps apart, so Hamas
 * and Homs, Iran and Iraq, Ali and Alia stay apart.
 */
/** The two comparison forms of one name word. */
export interface NameForms {
  readonly key: string;
  readonly form: string;
}

export interface NameNormalizer {
  /** Key and form at once, from one cache lookup. */
  forms(word: string): NameForms;
  /**
   * The comparison key: article dropped, lower case, every profile's known
   * spellings applied ("Poutine" -> "putin"), diacritics, hyphens and spaces
   * dropped, the transliteration habits of name-words.json keyRewrites
   * folded (ch/sh, ou/u, y/i, kh, dh...), doubled letters made single.
   */
  key(word: string): string;
  /**
   * The spelling as an editor sees it, for telling two spellings apart:
   * article dropped, lower case, hyphens, apostrophes and spaces dropped, but
   * diacritics and doubled letters kept ("Al-Sudani" = "al-Sudani" = "Sudani").
   */
  form(word: string): string;
}

/** Keys are cached per normaliser; past this size the cache starts again, so memory stays bounded on huge inputs. */
const CACHE_LIMIT = 20_000;

/** The word without an Arabic article glued by a hyphen: "al-Sudani" -> "Sudani", "El-Fasher" -> "Fasher". */
export function stripArticle(word: string): string {
  const m = nameWords().articlePrefix.exec(word);
  return m ? word.slice(m[0].length) : word;
}

export function createNameNormalizer(profiles: readonly Profile[]): NameNormalizer {
  const words = nameWords();
  const sets: RewriteSet[] = profiles.map((p) => compileRewrites(p.transliteration.rewrites, `${p.id} transliteration.rewrites`));
  const cache = new Map<string, NameForms>();

  function computeKey(word: string): string {
    let s = stripArticle(word).toLowerCase();
    // Known spellings only: the general folds below cover what the profiles'
    // patterns do, and those patterns are written for flagging (Spanish y -> j
    // would set "Yevgeny" apart from French "Evgueni").
    for (const set of sets) s = rewriteWord(s, set, false);
    s = lettersOnly(foldDiacritics(s));
    s = applyPatterns(s, words.keyRewrites.patterns);
    return collapseDoubles(s);
  }

  function entry(word: string): NameForms {
    let e = cache.get(word);
    if (e === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      e = { key: computeKey(word), form: lettersOnly(stripArticle(word).toLowerCase().normalize('NFC')) };
      cache.set(word, e);
    }
    return e;
  }

  return {
    forms: entry,
    key: (word) => entry(word).key,
    form: (word) => entry(word).form,
  };
}
