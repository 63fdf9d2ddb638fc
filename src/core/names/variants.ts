import { collapseDoubles, foldDiacritics } from './fold';
import { nameWords } from './name-words';

/**
 * The spellings of one name in a story and which one to keep, for the
 * name-variant rule.
 */

/** What the choice of spelling needs to know of one occurrence. */
export interface VariantOccurrence {
  readonly order: number;
  /** The spelling as an editor sees it (normalize.ts form). */
  readonly form: string;
  /** Looks like the source language: the transliteration rule would respell it. */
  readonly source: boolean;
  /** Its capital proves nothing (opens a sentence, or in a title-case heading). */
  readonly weak: boolean;
  readonly marked: boolean;
}

/** One spelling and its occurrences, in text order. */
export interface Variant<T extends VariantOccurrence> {
  readonly form: string;
  readonly occurrences: T[];
  source: boolean;
  strong: boolean;
  marked: boolean;
}

/** How two spellings differ: only in accents, also in doubled letters, or in letters. */
export function difference(a: string, b: string): 'diacritics' | 'doubled' | 'letters' {
  const fa = foldDiacritics(a);
  const fb = foldDiacritics(b);
  if (fa === fb) return 'diacritics';
  return collapseDoubles(fa) === collapseDoubles(fb) ? 'doubled' : 'letters';
}

/** Two names that English copy itself keeps apart (name-words.json distinctNames). */
export function isDistinct(a: string, b: string): boolean {
  return nameWords().distinct.has(`${foldDiacritics(a)}|${foldDiacritics(b)}`);
}

export function variantsOf<T extends VariantOccurrence>(group: readonly T[]): Variant<T>[] {
  const byForm = new Map<string, Variant<T>>();
  for (const o of group) {
    let v = byForm.get(o.form);
    if (!v) {
      v = { form: o.form, occurrences: [], source: false, strong: false, marked: false };
      byForm.set(o.form, v);
    }
    v.occurrences.push(o);
    v.source ||= o.source;
    v.strong ||= !o.weak;
    v.marked ||= o.marked;
  }
  return [...byForm.values()];
}

/**
 * The spelling to keep: English-looking before source-looking, then the most
 * frequent, then the first seen. Only a spelling seen at least once where its
 * capital means something can be kept.
 */
export function preferredOf<T extends VariantOccurrence>(variants: readonly Variant<T>[]): Variant<T> | undefined {
  let best: Variant<T> | undefined;
  let bestEnglish = false;
  for (const v of variants) {
    if (!v.strong) continue;
    const english = !v.source;
    if (
      !best ||
      (english && !bestEnglish) ||
      (english === bestEnglish &&
        (v.occurrences.length > best.occurrences.length ||
          (v.occurrences.length === best.occurrences.length && v.occurrences[0]!.order < best.occurrences[0]!.order)))
    ) {
      best = v;
      bestEnglish = english;
    }
  }
  return best;
}
