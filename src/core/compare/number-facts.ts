import type { LanguageData } from './language-data';

/**
 * A figure as a story writes it. Times are kept apart from counts: "23h30"
 * and "11:30 p.m." are one time, and a count of 23 is not a time.
 */
export interface NumberFact {
  readonly start: number;
  readonly end: number;
  readonly kind: 'count' | 'percent' | 'year' | 'time';
  /** The count, or for a time the minutes after midnight. */
  readonly value: number;
  /** A time written without a.m./p.m. and before 13:00 ("11:30"): it may be either half of the day. */
  readonly ambiguousHalf?: boolean;
  /** Written in words ("three"): wire style spells out small numbers, so a figure in words is never a typo. */
  readonly words?: boolean;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

const L = '(?<![\\p{L}\\p{N}][-‐]?)(?<![\\d.,])';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: Iterable<string>): string {
  return [...words].sort((x, y) => y.length - x.length).map(escape).join('|');
}

interface Patterns {
  readonly times: readonly RegExp[];
  readonly figure: RegExp;
  readonly scale: RegExp;
  readonly percent: RegExp;
  readonly word: RegExp;
}

const cache = new Map<string, Patterns>();

/**
 * English copy writes "2,500", "1.5 million", "11:30 p.m.", "23:30"; French
 * "2 500" (with a space or a no-break space), "1,5 million", "23h30". MT
 * copy mixes them ("1,5 million" left in English), so English also reads a
 * decimal comma before a scale word and space-grouped digits: the value the
 * reader is told is what counts.
 */
function patternsFor(lang: LanguageData): Patterns {
  let p = cache.get(lang.id);
  if (p) return p;
  const groups = lang.id === 'en' ? [',', ' ', '\u00a0', '\u202f'] : lang.groups;
  const group = `[${groups.map(escape).join('')}]`;
  const decimal = escape(lang.decimal);
  const scales = alternation(lang.scales.keys());
  const times: RegExp[] = [
    new RegExp(`${L}(\\d{1,2}):(\\d{2})(?:\\s?([ap])\\.?\\s?m\\b\\.?)?(?![\\p{N}])`, 'giu'),
    new RegExp(`${L}(\\d{1,2})()\\s?([ap])\\.m\\.`, 'giu'),
  ];
  if (lang.id !== 'en') times.push(new RegExp(`${L}(\\d{1,2})\\s?h\\s?(\\d{2})?(?![\\p{L}\\p{N}])`, 'giu'));
  p = {
    times,
    // The English decimal comma is only read before a scale word ("1,5 million").
    figure: new RegExp(
      `${L}(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}(\\d+)${lang.id === 'en' ? `|,(\\d{1,2})(?=\\s+(?:${scales})\\b)` : ''})?(?![\\p{N}])(?!(?:st|nd|rd|th|e|er|ème|º)\\b)`,
      'gu',
    ),
    scale: new RegExp(`^\\s+(${scales})(?![\\p{L}])`, 'iu'),
    percent: /^\s?(?:%|percent\b|per cent\b|pour cent\b|por ciento\b)/iu,
    word: /[\p{L}]+(?:[-‐][\p{L}]+)*/gu,
  };
  cache.set(lang.id, p);
  return p;
}

function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (start < s.end && s.start < end) return true;
  return false;
}

const initials = new Map<string, Set<number>>();

/** Lower-cased first code units of the language's number words: most words are turned away on that alone. */
function firstLetters(lang: LanguageData): Set<number> {
  let set = initials.get(lang.id);
  if (!set) initials.set(lang.id, (set = new Set([...lang.numberWords.keys()].map((w) => w.charCodeAt(0) | 32))));
  return set;
}

/** The value of a word ("three", "twenty-five", "vingt"), or undefined. */
function wordValue(lang: LanguageData, word: string): number | undefined {
  // Every word of the text comes here: number words are short, and only a hyphenated one needs splitting.
  if (word.length > 24 || !firstLetters(lang).has(word.charCodeAt(0) | 32)) return undefined;
  const lower = word.toLowerCase();
  const direct = lang.numberWords.get(lower);
  if (direct !== undefined) return direct;
  if (lower.indexOf('-') < 0 && lower.indexOf('‐') < 0) return undefined;
  const pieces = lower.split(/[-‐]/);
  if (pieces.length < 2) return undefined;
  let sum = 0;
  for (const piece of pieces) {
    const v = lang.numberWords.get(piece);
    if (v === undefined || v >= 100) return undefined;
    sum += v;
  }
  return sum;
}

/**
 * Every figure in text[from, to), in text order: times, then numbers in
 * digits with a scale word and a percent sign, then numbers in words.
 * Ranges in `skip` (the dates) are left alone.
 */
export function findNumbers(text: string, lang: LanguageData, skip: readonly Span[] = [], from = 0, to = text.length): NumberFact[] {
  const p = patternsFor(lang);
  const slice = text.slice(from, to);
  const out: NumberFact[] = [];
  const taken: Span[] = [...skip];
  for (const re of p.times) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      let hour = parseInt(m[1]!, 10);
      const minute = m[2] ? parseInt(m[2], 10) : 0;
      if (hour > 24 || minute > 59 || overlapsAny(taken, start, end)) continue;
      const half = m[3]?.toLowerCase();
      if (half === 'p' && hour < 12) hour += 12;
      if (half === 'a' && hour === 12) hour = 0;
      out.push({ start, end, kind: 'time', value: (hour % 24) * 60 + minute, ...(half === undefined && lang.id === 'en' && hour < 13 ? { ambiguousHalf: true } : {}) });
      taken.push({ start, end });
    }
  }
  p.figure.lastIndex = 0;
  for (let m = p.figure.exec(slice); m !== null; m = p.figure.exec(slice)) {
    const start = from + m.index;
    let end = start + m[0].length;
    if (overlapsAny(taken, start, end)) continue;
    const integer = m[1]!.replace(/\D/g, '');
    const fraction = m[2] ?? m[3];
    let value = parseFloat(fraction !== undefined ? `${integer}.${fraction}` : integer);
    let kind: NumberFact['kind'] = 'count';
    const scale = p.scale.exec(text.slice(end, end + 20));
    if (scale) {
      value *= lang.scales.get(scale[1]!.toLowerCase()) ?? 1;
      end += scale[0].length;
    } else if (fraction === undefined && integer.length === 4 && value >= 1900 && value <= 2100 && m[1]!.length === 4) {
      kind = 'year';
    }
    const percent = p.percent.exec(text.slice(end, end + 12));
    if (percent) {
      kind = 'percent';
      end += percent[0].length;
    }
    out.push({ start, end, kind, value: Math.round(value * 1000) / 1000 });
    taken.push({ start, end });
  }
  p.word.lastIndex = 0;
  for (let m = p.word.exec(slice); m !== null; m = p.word.exec(slice)) {
    const value = wordValue(lang, m[0]);
    if (value === undefined) continue;
    const start = from + m.index;
    let end = start + m[0].length;
    if (overlapsAny(taken, start, end)) continue;
    let total = value;
    // "two hundred", "three million", "deux millions"
    for (;;) {
      const rest = text.slice(end, end + 20);
      const hundred = /^\s+(hundred|cent|cents|cien|cientos)(?![\p{L}])/iu.exec(rest);
      const scale = hundred ? null : p.scale.exec(rest);
      const next = hundred ?? scale;
      if (!next) break;
      total *= hundred ? 100 : (lang.scales.get(next[1]!.toLowerCase()) ?? 1);
      end += next[0].length;
    }
    out.push({ start, end, kind: 'count', value: total, words: true });
    taken.push({ start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Same figure: equal counts, or times equal on the 24-hour clock (an "11:30" with no a.m./p.m. equals 11:30 and 23:30). */
export function sameNumber(a: NumberFact, b: NumberFact): boolean {
  if ((a.kind === 'time') !== (b.kind === 'time')) return false;
  if (a.kind !== 'time') return a.value === b.value;
  if (a.value === b.value) return true;
  const ambiguous = a.ambiguousHalf || b.ambiguousHalf;
  return ambiguous === true && (a.value + 720) % 1440 === b.value % 1440 || ambiguous === true && (b.value + 720) % 1440 === a.value % 1440;
}

/** "2,500", "1,234.5": English digit groups, by hand (toLocaleString costs tens of microseconds a call). */
function grouped(v: number): string {
  const [integer, fraction] = String(Math.round(v * 1000) / 1000).split('.') as [string, string | undefined];
  const digits = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/** "2,500", "1.5 million", "23:30", "60%": a figure as an English editor writes it. */
export function describeNumber(n: NumberFact): string {
  if (n.kind === 'time') {
    const h = Math.floor(n.value / 60);
    const m = n.value % 60;
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  }
  if (n.kind === 'year') return String(n.value);
  const v = n.value;
  const scaled = (unit: number, word: string) => `${grouped(v / unit)} ${word}`;
  const base = v >= 1e9 && v % 1e7 === 0 ? scaled(1e9, 'billion') : v >= 1e6 && v % 1e4 === 0 ? scaled(1e6, 'million') : grouped(v);
  return n.kind === 'percent' ? `${base}%` : base;
}
