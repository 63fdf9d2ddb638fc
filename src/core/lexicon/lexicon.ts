import english from './english.json';

/** English word classes shared by the rules (nationalities, days, months, number words). */
export interface EnglishLexicon {
  readonly demonyms: readonly string[];
  readonly days: readonly string[];
  readonly months: readonly string[];
  readonly monthAbbreviations: readonly string[];
  readonly numberWords: readonly string[];
}

export const ENGLISH: EnglishLexicon = english;
