import type { LanguageData } from './language-data';

/** A date as a story writes it: a day of a month, a weekday, or both; a year when given. */
export interface DateFact {
  readonly start: number;
  readonly end: number;
  /** 1-12 */
  readonly month?: number;
  readonly day?: number;
  readonly year?: number;
  /** 0 = Monday .. 6 = Sunday */
  readonly weekday?: number;
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ENGLISH_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Friday, December 8", "December 8, 2023", "Friday": how an editor reads a date, whatever the language it came in. */
export function describeDate(d: DateFact): string {
  const day = d.month !== undefined && d.day !== undefined ? `${ENGLISH_MONTHS[d.month - 1]} ${d.day}${d.year !== undefined ? `, ${d.year}` : ''}` : '';
  const weekday = d.weekday !== undefined ? ENGLISH_DAYS[d.weekday]! : '';
  return weekday && day ? `${weekday}, ${day}` : weekday || day || (d.year !== undefined ? String(d.year) : '');
}

/** Same date: equal days of the month (years agreeing when both are given), or, with no day of the month on either side, equal weekdays. */
export function sameDate(a: DateFact, b: DateFact): boolean {
  if (a.day !== undefined && b.day !== undefined) {
    return a.day === b.day && a.month === b.month && (a.year === undefined || b.year === undefined || a.year === b.year) &&
      (a.weekday === undefined || b.weekday === undefined || a.weekday === b.weekday);
  }
  if (a.day === undefined && b.day === undefined) return a.weekday !== undefined && a.weekday === b.weekday;
  return false;
}

/**
 * Two dates that cannot both be right for one event: different days of the
 * month, different years, or different weekdays. A weekday on one side and a
 * bare day of the month on the other cannot be compared without a calendar
 * year, so they never conflict.
 */
export function conflictingDates(a: DateFact, b: DateFact): boolean {
  if (a.day !== undefined && b.day !== undefined) {
    if (a.day !== b.day || a.month !== b.month) return true;
    if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return true;
  }
  return a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday;
}

function alternation(words: Iterable<string>): string {
  return [...words].sort((x, y) => y.length - x.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

interface Patterns {
  readonly full: RegExp[];
  readonly weekday: RegExp;
}

const patternCache = new Map<string, Patterns>();

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

/**
 * English writes "December 8", "Dec. 8", "8 December", "the 8th of December",
 * with a weekday before and a year after; month names are capitalised there,
 * which keeps "may" and "march" out. French and Spanish write "8 décembre",
 * "vendredi 8 décembre 2023", "8 de diciembre de 2023", in lower case, but
 * capitalised at the start of a sentence.
 */
function patternsFor(lang: LanguageData): Patterns {
  let p = patternCache.get(lang.id);
  if (p) return p;
  const days = alternation(lang.days.keys());
  const months = alternation(lang.months.keys());
  if (lang.id === 'en') {
    const cap = (list: string) => list.split('|').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
    const M = `(${cap(months)})\\.?`;
    const D = '(\\d{1,2})(?:st|nd|rd|th)?';
    const W = `(?:(${cap(days)}),?\\s+(?:the\\s+)?)?`;
    p = {
      full: [
        new RegExp(`${L}${W}${M}\\s+${D}(?![\\d:.,]\\d)${R}(?:,?\\s+(\\d{4})${R})?`, 'gu'),
        new RegExp(`${L}${W}${D}\\s+(?:of\\s+)?${M}${R}(?:,?\\s+(\\d{4})${R})?`, 'gu'),
      ],
      weekday: new RegExp(`${L}(${cap(days)})${R}`, 'gu'),
    };
  } else {
    const first = lang.ordinalFirst ? `${lang.ordinalFirst}|` : '';
    const de = lang.id === 'es' ? '(?:de\\s+)?' : '';
    p = {
      full: [new RegExp(`${L}(?:(${days}),?\\s+)?(${first}\\d{1,2})\\s+${de}(${months})${R}(?:\\s+${de}(\\d{4})${R})?`, 'giu')],
      weekday: new RegExp(`${L}(${days})${R}`, 'giu'),
    };
  }
  patternCache.set(lang.id, p);
  return p;
}

function dayNumber(s: string): number {
  const n = parseInt(s, 10);
  return Number.isNaN(n) ? 1 : n; // "1er", "1º"
}

/** Every date in text[from, to), in text order, none overlapping. */
export function findDates(text: string, lang: LanguageData, from = 0, to = text.length): DateFact[] {
  const { full, weekday } = patternsFor(lang);
  const slice = text.slice(from, to);
  const found: DateFact[] = [];
  const covered: [number, number][] = [];
  const isCovered = (s: number, e: number) => covered.some(([cs, ce]) => s < ce && cs < e);
  const monthOf = (s: string) => lang.months.get(s.toLowerCase().replace(/\.$/, ''));
  const dayOf = (s: string | undefined) => (s === undefined ? undefined : lang.days.get(s.toLowerCase()));
  full.forEach((re, which) => {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (isCovered(start, end)) continue;
      // English month-first puts the month in group 2 and the day in 3; the others put the day first.
      const monthFirst = lang.id === 'en' && which === 0;
      const month = monthOf(monthFirst ? m[2]! : m[3]!);
      const day = dayNumber(monthFirst ? m[3]! : m[2]!);
      if (month === undefined || day < 1 || day > 31) continue;
      const year = m[4] !== undefined ? parseInt(m[4], 10) : undefined;
      const wd = dayOf(m[1]);
      found.push({ start, end, month, day, ...(year !== undefined ? { year } : {}), ...(wd !== undefined ? { weekday: wd } : {}) });
      covered.push([start, end]);
    }
  });
  weekday.lastIndex = 0;
  for (let m = weekday.exec(slice); m !== null; m = weekday.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (isCovered(start, end)) continue;
    const wd = dayOf(m[1]);
    if (wd !== undefined) found.push({ start, end, weekday: wd });
  }
  return found.sort((a, b) => a.start - b.start);
}
