/** A country or territory name in one locale, with its English name, both from ICU. */
export interface RegionName {
  /** ISO 3166 / CLDR region code, e.g. "IQ". */
  readonly code: string;
  /** Name in the source locale, e.g. "Irak". */
  readonly name: string;
  /** English name, e.g. "Iraq". */
  readonly english: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const cache = new Map<string, readonly RegionName[]>();

function displayNames(locale: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  } catch {
    // A runtime without ICU data for the locale: no derived names, the curated lists still work.
    return undefined;
  }
}

function nameOf(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

/**
 * CLDR's English names are written for menus ("Bosnia & Herzegovina",
 * "Congo - Kinshasa", "Hong Kong SAR China"); keep the ones usable in copy,
 * with "and" for "&".
 */
function usableEnglish(english: string): string | undefined {
  if (/[()]| - |\bSAR\b/.test(english)) return undefined;
  return english.replace(/ & /g, ' and ');
}

function usableSource(name: string, code: string): boolean {
  if (name === code || /[().]/.test(name)) return false;
  const first = name[0]!;
  return first !== first.toLowerCase();
}

/**
 * Every two-letter region ICU names in `locale`, paired with its English name
 * (Intl.DisplayNames, over all codes AA..ZZ). Built once per locale; names
 * that ICU does not know, or that only fit a menu, are left out.
 */
export function regionNames(locale: string): readonly RegionName[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const out: RegionName[] = [];
  const source = displayNames(locale);
  const english = displayNames('en');
  if (source && english) {
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        const code = a + b;
        const name = nameOf(source, code);
        const en = nameOf(english, code);
        if (name === undefined || en === undefined || !usableSource(name, code)) continue;
        const clean = usableEnglish(en);
        if (clean !== undefined) out.push({ code, name, english: clean });
      }
    }
  }
  cache.set(locale, out);
  return out;
}
