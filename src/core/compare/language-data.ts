import { ENGLISH } from '../lexicon/lexicon';
import data from './data/languages.json';

/** The languages the compare engine reads figures and dates in. */
export type CompareLanguage = 'en' | 'fr' | 'es';

export interface LanguageData {
  readonly id: CompareLanguage;
  /** Lower case, diacritics kept as written in the data. */
  readonly numberWords: ReadonlyMap<string, number>;
  readonly scales: ReadonlyMap<string, number>;
  /** Month names (and English abbreviations without the stop), lower case, to month 1-12. */
  readonly months: ReadonlyMap<string, number>;
  /** Day names, lower case, to 0 = Monday .. 6 = Sunday. */
  readonly days: ReadonlyMap<string, number>;
  /** Decimal mark and digit-group marks of written figures. */
  readonly decimal: string;
  readonly groups: readonly string[];
  /** How the language writes "1st" of a month ("1er"), if it does. */
  readonly ordinalFirst?: string;
}

function entries(record: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(record));
}

function english(): LanguageData {
  const months = new Map<string, number>();
  ENGLISH.months.forEach((m, i) => months.set(m.toLowerCase(), i + 1));
  for (const abbr of ENGLISH.monthAbbreviations) {
    const bare = abbr.replace(/\.$/, '').toLowerCase();
    const full = [...months.keys()].find((m) => m.startsWith(bare));
    if (full !== undefined) months.set(bare, months.get(full)!);
  }
  return {
    id: 'en',
    numberWords: entries(data.en.numberWords),
    scales: entries(data.en.scales),
    months,
    days: new Map(ENGLISH.days.map((d, i) => [d.toLowerCase(), i])),
    decimal: data.en.decimalSeparator,
    groups: data.en.groupSeparators,
  };
}

function other(id: 'fr' | 'es', decimal: string, groups: readonly string[]): LanguageData {
  const d = data[id];
  return {
    id,
    numberWords: entries(d.numberWords),
    scales: entries(d.scales),
    months: new Map(d.months.map((m, i) => [m, i + 1])),
    days: new Map(d.days.map((day, i) => [day, i])),
    decimal,
    groups,
    ordinalFirst: d.ordinalFirst,
  };
}

const cache = new Map<CompareLanguage, LanguageData>();

/**
 * The data for one language. French and Spanish take their number marks from
 * the source profiles' conventions (decimal comma; space, no-break space or
 * full stop between digit groups), passed in by the caller.
 */
export function languageData(id: CompareLanguage, marks?: { decimal: string; groups: readonly string[] }): LanguageData {
  let d = cache.get(id);
  if (d === undefined) {
    d = id === 'en' ? english() : other(id, marks?.decimal ?? ',', marks?.groups ?? [' ', '\u00a0', '\u202f', '.']);
    cache.set(id, d);
  }
  return d;
}
