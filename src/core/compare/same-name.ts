import { nameWords } from '../names/name-words';
import { sameName } from '../names/similar';
import { difference, isDistinct } from '../names/variants';
import type { NameForms } from '../names/normalize';
import { surname, type NameOccurrence } from './name-occurrences';

/**
 * Whether two mentions, one in each story, name the same person, group or
 * place, from the comparison keys of names/normalize.ts and the soft edits of
 * names/similar.ts. The thresholds follow the name-variant rule's reasoning
 * (short keys are too short to tell two names from two spellings; a surname
 * alone needs an anchor; differing first names mean two people), applied
 * across two stories instead of within one.
 */

/** Keys shorter than this never match unless equal... */
const MIN_KEY = 3;
/** ...and a one-word name that folds to another's key must be this long, or anchored. */
const MIN_REWRITTEN = 6;
/** One soft edit apart: this long when a first name or a marker vouches for them, */
const MIN_SIMILAR_VOUCHED = 5;
/** and this long for names on their own. */
const MIN_SIMILAR_ALONE = 6;
/** Keys this long on both sides may differ by two soft edits. */
const MIN_TWO_EDITS = 10;

export type NameMatch = 'whole' | 'surname' | 'none';

function maxEdits(a: string, b: string): number {
  return a.length >= MIN_TWO_EDITS && b.length >= MIN_TWO_EDITS ? 2 : 1;
}

function wordsMatch(x: NameForms, y: NameForms, vouched: boolean, strict: boolean): boolean {
  if (x.form === y.form) return true;
  // Cheap tests first: most pairs of names differ in key and are rejected by sameName at once.
  if (x.key === y.key) {
    if (difference(x.form, y.form) === 'diacritics') return true;
    if (isDistinct(x.form, y.form)) return false;
    return x.key.length >= MIN_KEY && (vouched || x.key.length >= MIN_REWRITTEN);
  }
  if (!sameName(nameWords().similarity, x.key, y.key, maxEdits(x.key, y.key), vouched ? MIN_SIMILAR_VOUCHED : MIN_SIMILAR_ALONE, strict)) return false;
  return !isDistinct(x.form, y.form);
}

function anchored(o: NameOccurrence): boolean {
  return o.words.length > 1 || o.prefixed || o.marked;
}

/**
 * 'whole': the same words in the same order, each the same name (at most one
 * of them one soft edit off); 'surname': the last words are one name and the
 * first names, when both have some, share one; 'none' otherwise.
 */
export function matchNames(a: NameOccurrence, b: NameOccurrence): NameMatch {
  const marked = a.marked || b.marked;
  if (a.words.length > 1 && a.words.length === b.words.length) {
    let soft = 0;
    let all = true;
    for (let i = 0; i < a.words.length && all; i++) {
      const x = a.words[i]!;
      const y = b.words[i]!;
      if (x.key === y.key && x.key.length >= MIN_KEY) continue;
      if (!wordsMatch(x, y, true, false) || (x.form !== y.form && x.key !== y.key && ++soft > 1)) all = false;
    }
    if (all) return 'whole';
  }
  const ga = a.words.slice(0, -1);
  const gb = b.words.slice(0, -1);
  let given: 'same' | 'different' | 'unknown' = 'unknown';
  if (ga.length > 0 && gb.length > 0) {
    given = ga.some((x) => gb.some((y) => x.key === y.key || sameName(nameWords().similarity, x.key, y.key, 1, 4, false))) ? 'same' : 'different';
  }
  if (given === 'different') return 'none';
  // A word seen only on its own may be a first name two people share: one side must be a surname.
  if (!anchored(a) && !anchored(b) && surname(a).form !== surname(b).form) return 'none';
  return wordsMatch(surname(a), surname(b), given === 'same' || marked, given !== 'same') ? 'surname' : 'none';
}

/** Spelt the same: every word of the shorter mention has the form of the other's matching word (first names may be left out). */
export function sameSpelling(a: NameOccurrence, b: NameOccurrence, match: NameMatch): boolean {
  if (match === 'whole') return a.words.every((w, i) => w.form === b.words[i]!.form);
  return surname(a).form === surname(b).form;
}
