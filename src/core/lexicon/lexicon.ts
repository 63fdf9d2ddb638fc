import english from './english.json';

/** English word classes shared by the rules (nationalities, days, months, number words). */
export interface EnglishLexicon {
  /** Nationality, ethnic and religious adjectives as English capitalises them; a few span two words ("Sri Lankan"). */
  readonly demonyms: readonly string[];
  /** Nouns for people that are not also the adjective ("Kurd", "Spaniard"). */
  readonly demonymNouns: readonly string[];
  readonly days: readonly string[];
  readonly months: readonly string[];
  readonly monthAbbreviations: readonly string[];
  readonly numberWords: readonly string[];
}

export const ENGLISH: EnglishLexicon = english;

const MONTH_INDEX: ReadonlyMap<string, number> = new Map(ENGLISH.months.map((m, i) => [m.toLowerCase(), i]));

/** Index of an English month name (any case) in the calendar, 0 for January; -1 when it is not one. */
export function monthIndex(word: string): number {
  return MONTH_INDEX.get(word.toLowerCase()) ?? -1;
}
