import { escapeRegExp } from '../escape-regexp';
import { ENGLISH, monthIndex } from '../lexicon/lexicon';
import type { Finding, MqmCategory, Severity } from '../model/finding';
import type { Paragraph } from '../article/article';
import type { Profile } from '../profiles/profile';
import data from './data/number-format.json';
import type { RuleContext, RuleFactory, RuleInfo } from './rule';

/**
 * Numbers, times, dates and amounts written the source language's way.
 *
 * One pass over the digits of the text: each number token (digits joined by
 * the separators the active profiles use) is looked at once, in this order:
 * a time ("23h30"), a date ("the 8 October"), an amount with its symbol after
 * it ("15 €"), a percentage with a space ("60 %"), then the number itself
 * ("1,5", "2 500", "2.500 soldiers"). A token gets at most one finding, whose
 * fix rewrites all of it.
 */

const RULES: readonly RuleInfo[] = [
  { id: 'decimal-comma', description: 'Decimal comma carried over from the source ("1,5 million", "3,2%"); English writes 1.5.' },
  { id: 'digit-grouping', description: 'Thousands grouped with a space or a dot ("2 500", "2.500 soldiers"); English writes 2,500.' },
  { id: 'percent-spacing', description: 'Space before the percent sign ("60 %"); English writes 60%.' },
  { id: 'time-format', description: 'Hours written with h ("23h30", "17 h 30", "at 8h"); English writes 23:30 or 11:30 p.m.' },
  { id: 'date-format', description: 'Article before a date ("on the 8 October") or Spanish date order ("8 de octubre").' },
  { id: 'currency-format', description: 'Currency symbol after the amount ("15 €", "3,5 M€"); English writes €15, €3.5 million.' },
];

/** One source language's way of writing numbers, from its profile. */
interface NumberSystem {
  readonly profile: Profile;
  readonly decimal: string;
  readonly groups: ReadonlySet<string>;
}

/** A number token read the source-language way. */
interface SourceNumber {
  readonly int: string;
  readonly frac: string | undefined;
  readonly groupSep: string | undefined;
  readonly groupCount: number;
}

/** What is wrong with a number token on its own. */
interface NumberIssue {
  readonly rule: 'decimal-comma' | 'digit-grouping';
  readonly severity: Severity;
  readonly english: string;
  /** What is wrong, naming the source language: "French/Spanish decimal comma". */
  readonly what: string;
  readonly profiles: readonly Profile[];
}

/** Profiles that write a convention, and their names for messages ("French/Spanish"). */
interface Convention {
  readonly profiles: readonly Profile[];
  readonly label: string;
}

const BLANKS = ' \u00a0\u202f\t';
const isBlank = (ch: string | undefined) => ch !== undefined && BLANKS.includes(ch);
const DIGIT = /\d/;
const LETTER = /\p{L}/u;
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && DIGIT.test(ch);
/** A number glued to one of these before it is part of a code, a list, a time or a handle: "F-16", "A320", "9/11", "1,2,3", "+33". */
const BAD_BEFORE = /[\p{L}\p{N}_.,:/+#@'’]/u;
const DASHES = '-‐–−';
const CLOSING = ',.;:!?)]"”’»—–';
/** An English number: 2,500 or 2500, optionally with a decimal point. */
const ENGLISH_NUMBER = /^(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** Both an English decimal and a dotted thousands group: 2.500. */
const DOTTED_THOUSAND = /^[1-9]\d{0,2}\.\d{3}$/;
const YEAR_LIKE = /^(?:1[5-9]|20)\d\d$/;

const escapeClass = (chars: Iterable<string>) => [...chars].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
const escapeAlt = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
/** "411.000": three digits or more before a round .000 make it a thousands group whatever the unit. */
const ROUND_THOUSANDS_MIN_LENGTH = 7;

/** "French/Spanish": the languages a finding comes from, for its message. */
const nameOf = (profiles: readonly Profile[]) => [...new Set(profiles.map((p) => p.name))].join('/');

function conventionOf(ids: readonly string[] | undefined, profiles: readonly Profile[]): Convention {
  const active = profiles.filter((p) => ids?.includes(p.id));
  return { profiles: active, label: nameOf(active) };
}

/** How a message names a separator: "comma", "dot", "space". */
function markName(sep: string): string {
  if (sep === ',') return 'comma';
  if (sep === '.') return 'dot';
  return /\s/.test(sep) ? 'space' : `"${sep}"`;
}

/** Groups with commas: 2500 -> 2,500. */
function withCommas(int: string): string {
  if (int.length < 4) return int;
  const head = int.length % 3 || 3;
  let out = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) out += `,${int.slice(i, i + 3)}`;
  return out;
}

function englishOf(n: SourceNumber): string {
  return n.frac === undefined ? withCommas(n.int) : `${withCommas(n.int)}.${n.frac}`;
}

/** Digit runs and the single characters between them. */
function splitToken(token: string): { groups: string[]; seps: string[] } {
  const groups: string[] = [];
  const seps: string[] = [];
  let from = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) {
      groups.push(token.slice(from, i));
      seps.push(token[i]!);
      from = i + 1;
    }
  }
  groups.push(token.slice(from));
  return { groups, seps };
}

/** Reads a token with one source language's separators, or null when it is not written that way. */
function readAs(groups: readonly string[], seps: readonly string[], sys: NumberSystem): SourceNumber | null {
  const n = seps.length;
  if (n === 0) return null;
  let intEnd = groups.length;
  let frac: string | undefined;
  if (seps[n - 1] === sys.decimal) {
    if (seps.indexOf(sys.decimal) !== n - 1) return null;
    frac = groups[n];
    intEnd = n;
  }
  if (intEnd === 1) return { int: groups[0]!, frac, groupSep: undefined, groupCount: 0 };
  const sep = seps[0]!;
  const first = groups[0]!;
  if (!sys.groups.has(sep) || sep === sys.decimal || first.length > 3 || first[0] === '0') return null;
  for (let i = 1; i < intEnd; i++) if (seps[i - 1] !== sep || groups[i]!.length !== 3) return null;
  return { int: groups.slice(0, intEnd).join(''), frac, groupSep: sep, groupCount: intEnd - 1 };
}

/** Lower-cased word just before `pos` (over blanks and one abbreviation dot), or ''. */
function wordBefore(text: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && isBlank(text[i])) i--;
  if (i === pos - 1) return '';
  if (text[i] === '.') i--;
  const end = i + 1;
  while (i >= 0 && isLetter(text[i])) i--;
  return text.slice(i + 1, end).toLowerCase();
}

/** The word right after `pos` over blanks (as written), or '' when something else comes first. */
function wordAfter(text: string, pos: number, limit: number): { word: string; end: number } {
  let i = pos;
  while (i < limit && isBlank(text[i])) i++;
  if (i === pos) return { word: '', end: pos };
  const start = i;
  while (i < limit && isLetter(text[i])) i++;
  return { word: text.slice(start, i), end: i };
}

export const numberFormatRule: RuleFactory = (profiles) => {
  const systems: NumberSystem[] = profiles.map((p) => ({
    profile: p,
    decimal: p.numbers.decimalSeparator,
    groups: new Set(p.numbers.groupSeparators),
  }));
  const conventions = data.conventions;
  const hourLetters = new Set<string>();
  for (const p of profiles) for (const l of (conventions.hourLetter as Record<string, string[]>)[p.id] ?? []) hourLetters.add(l);
  const time = conventionOf(Object.keys(conventions.hourLetter), profiles);
  const currency = conventionOf(conventions.currencyAfterAmount, profiles);
  const percent = conventionOf(conventions.spaceBeforePercent, profiles);
  const articleDate = conventionOf(conventions.articleBeforeDate, profiles);
  const connectorDate = conventionOf(Object.keys(conventions.dateConnector), profiles);
  const connectors = new Set<string>();
  for (const p of connectorDate.profiles) for (const c of (conventions.dateConnector as Record<string, string[]>)[p.id] ?? []) connectors.add(c);

  // Source-language month names (lower case) -> English month index.
  const sourceMonths = new Map<string, number>();
  for (const p of profiles) {
    const names = (data.sourceMonths as Record<string, string | string[]>)[p.id];
    if (Array.isArray(names)) names.forEach((m, i) => sourceMonths.set(m.toLowerCase(), i));
  }

  // Token: digits joined by any separator an active profile uses. A blank only
  // joins when exactly three digits follow it ("2 500", not "7 2023").
  const joiners = new Set([',', '.']);
  const blankJoiners = new Set<string>();
  for (const s of systems) for (const c of [s.decimal, ...s.groups]) (/\s/.test(c) ? blankJoiners : joiners).add(c);
  const blankPart = blankJoiners.size > 0 ? `|[${escapeClass(blankJoiners)}]\\d{3}(?!\\d)` : '';
  const TOKEN = new RegExp(`\\d+(?:[${escapeClass(joiners)}]\\d+${blankPart})*`, 'g');

  const labelWords = lowerSet([
    ...data.labelWords.words,
    ...ENGLISH.months,
    ...ENGLISH.monthAbbreviations.map((a) => a.replace(/\.$/, '')),
  ]);
  for (const m of ENGLISH.months) labelWords.add(m.slice(0, 3).toLowerCase());
  const countNouns = lowerSet(data.groupedCountNouns.words);
  // "40.000 Palestinians": people counted by nationality.
  const demonymPlurals = new Set(ENGLISH.demonyms.map((d) => `${d}s`).concat(ENGLISH.demonymNouns));
  const notPlural = lowerSet(data.notPluralNouns.words);
  const measures = lowerSet(data.measureWords.words);
  const timeUnits = lowerSet(data.measureWords.timeUnits);
  const currencyWords = lowerSet(data.currencyWords.words);
  // Function words: after a date they show it is not a modifier ("the 8 October in Paris");
  // after a number they are not the adjective of a counted noun ("2.500 in total").
  const functionWords = lowerSet(data.date.followers);
  const dateFollowers = functionWords;
  const datePrepositions = lowerSet(data.date.prepositions);
  const bareHourBefore = lowerSet(data.time.bareHourBefore);
  const bareHourAfter = new Set(data.time.bareHourAfter);
  const hourRangeBefore = lowerSet(data.time.hourRangeBefore);
  const approximately = lowerSet(data.time.approximately);
  const multipliers = data.currency.multipliers as Record<string, string>;

  const LIST_AFTER = new RegExp(`[ \\t\\u00a0]*(?:,|(?:${escapeAlt(data.listConnectors.words)}))[ \\t\\u00a0]*(\\d{1,3})(?!\\d|[.,]\\d)`, 'y');
  const symbols = data.currency.symbols.filter((s) => s !== '$');
  const CURRENCY_AFTER = new RegExp(
    `[ \\u00a0\\u202f]?(?:(${escapeAlt(Object.keys(multipliers))})[ \\u00a0\\u202f]?)?((?:${escapeAlt(data.currency.dollarPrefixes)})?\\$|[${escapeClass(symbols)}])(?![\\p{L}\\p{N}])`,
    'uy',
  );
  const PERCENT_AFTER = /[ \u00a0\u202f]%/y;
  const hourClass = escapeClass(hourLetters);
  const HOUR_MINUTES = hourLetters.size > 0 ? new RegExp(`[ \\u00a0\\u202f]?[${hourClass}][ \\u00a0\\u202f]?([0-5]\\d)(?![\\p{L}\\p{N}]|[:.,]\\d)`, 'uy') : null;
  const HOUR_BARE = hourLetters.size > 0 ? new RegExp(`[ \\u00a0\\u202f]?[${hourClass}](?![\\p{L}\\p{N}]|[-‐]\\p{L})`, 'uy') : null;
  const HOUR_RANGE = new RegExp(`[ ]?(?:and|to|-|–)[ ]?(\\d{1,2})([ ]?[${hourClass || 'h'}])(?![\\p{L}\\p{N}])`, 'uy');
  const clockHours = conventionOf(Object.keys(conventions.clockWithHourWord), profiles);
  const hourWords = clockHours.profiles.flatMap((p) => (conventions.clockWithHourWord as Record<string, string[]>)[p.id] ?? []);
  const CLOCK_HOUR_WORD = hourWords.length > 0 ? new RegExp(`:([0-5]\\d)[ \\u00a0](?:${escapeAlt(hourWords)})(?![\\p{L}\\p{N}])`, 'uy') : null;
  const connectorAlt = escapeAlt([...connectors, 'of']);
  const DATE_RANGE = /(?:[ ]?[-–][ ]?|[ ](?:and|to)[ ])(\d{1,2})(?!\d)/y;
  const DATE_MONTH = new RegExp(`[ ](?:(?:${connectorAlt})[ ])?(\\p{Lu}\\p{Ll}+)`, 'uy');
  const DATE_YEAR = /,?[ ](\d{4})(?![\d\p{L}])/uy;
  const CONNECTOR_MONTH = connectors.size > 0 ? new RegExp(`[ ](${escapeAlt([...connectors])})[ ](\\p{L}+)`, 'uy') : null;
  const CONNECTOR_YEAR = connectors.size > 0 ? new RegExp(`[ ](?:(?:${escapeAlt([...connectors])})[ ])?(\\d{4})(?![\\d\\p{L}])`, 'uy') : null;

  const sticky = (re: RegExp, text: string, pos: number): RegExpExecArray | null => {
    re.lastIndex = pos;
    return re.exec(text);
  };

  const emitOne = (
    ctx: RuleContext,
    rule: string,
    category: MqmCategory,
    severity: Severity,
    start: number,
    end: number,
    message: string,
    suggestions: readonly string[],
    owners: readonly Profile[],
  ) => {
    // A fix ending in "p.m." already closes the sentence.
    const f: Finding = { start, end, rule, category, severity, message: message.replace(/\.\.$/, '.'), suggestions };
    ctx.emit(owners[0] ? { ...f, profile: owners[0].id } : f);
  };

  /** "23h30", "17 h 30", "at 8h", "between 5h and 17h", "at 18:00 hours": returns the end of the finding, or -1. */
  function tryTime(ctx: RuleContext, text: string, s: number, e: number, token: string, limit: number): number {
    if (token.length > 2) return -1;
    const hour = Number(token);
    if (hour > 24) return -1;
    if (CLOCK_HOUR_WORD !== null) {
      const c = sticky(CLOCK_HOUR_WORD, text, e);
      if (c !== null && e + c[0].length <= limit && (hour < 24 || c[1] === '00')) {
        const end = e + c[0].length;
        emitTime(ctx, s, end, token, c[1]!, clockHours);
        return end;
      }
    }
    if (HOUR_MINUTES === null || HOUR_BARE === null) return -1;
    const m = sticky(HOUR_MINUTES, text, e);
    if (m !== null && e + m[0].length <= limit) {
      if (hour === 24 && m[1] !== '00') return -1;
      const end = e + m[0].length;
      emitTime(ctx, s, end, token, m[1], time);
      return end;
    }
    const b = sticky(HOUR_BARE, text, e);
    if (b === null) return -1;
    const end = e + b[0].length;
    // A bare hour needs a cue that it is a time of day, not a duration ("a 24h strike").
    const before = wordBefore(text, s);
    let cue = bareHourBefore.has(before);
    if (!cue && approximately.has(before)) {
      // "at around 8h": the preposition comes one word earlier.
      let i = s - 1;
      while (i >= 0 && isBlank(text[i])) i--;
      cue = bareHourBefore.has(wordBefore(text, i + 1 - before.length));
    }
    if (!cue) {
      let i = end;
      while (i < limit && isBlank(text[i])) i++;
      if (text[i] === '(' && isDigit(text[i + 1])) cue = true;
      else if (i > end) cue = bareHourAfter.has(wordAfter(text, end, limit).word);
    }
    if (!cue && hourRangeBefore.has(before)) {
      // "between 5h and 17h", "from 8h to 20h": two bare hours make a time range.
      const r = sticky(HOUR_RANGE, text, end);
      if (r !== null && end + r[0].length <= limit && Number(r[1]) <= 24) {
        emitTime(ctx, s, end, token, undefined, time);
        const second = end + r[0].length - r[1]!.length - r[2]!.length;
        emitTime(ctx, second, end + r[0].length, r[1]!, undefined, time);
        return end + r[0].length;
      }
    }
    if (!cue) return -1;
    emitTime(ctx, s, end, token, undefined, time);
    return end;
  }

  function emitTime(ctx: RuleContext, start: number, end: number, hourText: string, minutes: string | undefined, conv: Convention): void {
    const hour = Number(hourText);
    const mm = minutes ?? '00';
    let twelve: string;
    if (hour % 12 === 0 && mm === '00') twelve = hour === 12 ? 'noon' : 'midnight';
    else {
      const h12 = hour % 12 === 0 ? 12 : hour % 12;
      twelve = `${h12}${mm === '00' ? '' : `:${mm}`} ${hour < 12 || hour === 24 ? 'a.m.' : 'p.m.'}`;
    }
    const clock = `${hourText}:${mm}`;
    emitOne(ctx, 'time-format', 'locale-convention/time-format', 'minor', start, end,
      `${conv.label} time format: in English, ${clock} or ${twelve}.`, [clock, twelve], conv.profiles);
  }

  /** What follows a date shows it stands alone (not "the 7 October attacks"). */
  function dateStandsAlone(text: string, pos: number, limit: number): boolean {
    if (pos >= limit) return true;
    const c = text[pos]!;
    if (c === '’' || c === "'") return text[pos + 1] !== 's';
    if (c === '\r' || c === '\n' || CLOSING.includes(c)) return true;
    if (!isBlank(c)) return false;
    const { word, end } = wordAfter(text, pos, limit);
    if (word === '') {
      const next = text[end];
      return next === '(' || next === '—' || next === '–';
    }
    return dateFollowers.has(word);
  }

  /** "the 8 October", "on the 8 and 9 October", "8 de octubre": returns the end of the finding, or -1. */
  function tryDate(ctx: RuleContext, text: string, s: number, e: number, token: string, limit: number): number {
    if (token.length > 2) return -1;
    const day = Number(token);
    if (day < 1 || day > 31) return -1;
    const theStart = s - 4;
    const hasThe = articleDate.profiles.length > 0 && theStart >= 0 && (text.startsWith('the ', theStart) || text.startsWith('The ', theStart))
      && !isLetter(text[theStart - 1]);
    let pos = e;
    let range = '';
    if (hasThe) {
      const r = sticky(DATE_RANGE, text, pos);
      if (r !== null && Number(r[1]) > day && Number(r[1]) <= 31) {
        range = /[-–]/.test(r[0]) ? `-${r[1]}` : r[0];
        pos += r[0].length;
      }
      const mo = sticky(DATE_MONTH, text, pos);
      const month = mo === null ? -1 : monthIndex(mo[1]!);
      if (mo === null || month < 0 || pos + mo[0].length > limit) return tryConnectorDate(ctx, text, s, e, day, limit, theStart);
      pos += mo[0].length;
      const y = sticky(DATE_YEAR, text, pos);
      const year = y !== null && pos + y[0].length <= limit ? y[1] : undefined;
      if (year !== undefined) pos += y![0].length;
      if (!dateStandsAlone(text, pos, limit)) return -1;
      const prefix = datePrepositions.has(wordBefore(text, theStart)) ? '' : text[theStart] === 'T' ? 'On ' : 'on ';
      const name = ENGLISH.months[month]!;
      const us = `${prefix}${name} ${day}${range}${year ? `, ${year}` : ''}`;
      const uk = `${prefix}${day}${range} ${name}${year ? ` ${year}` : ''}`;
      emitOne(ctx, 'date-format', 'locale-convention/date-format', 'minor', theStart, pos,
        `Article before a date is ${articleDate.label} usage: in English, ${us} or ${uk}.`, [us, uk], articleDate.profiles);
      return pos;
    }
    return tryConnectorDate(ctx, text, s, e, day, limit, -1);
  }

  /** Spanish order, "8 de octubre", "8 of October 2023"; `theStart` >= 0 when "the" comes before. */
  function tryConnectorDate(ctx: RuleContext, text: string, s: number, e: number, day: number, limit: number, theStart: number): number {
    if (CONNECTOR_MONTH === null || CONNECTOR_YEAR === null) return -1;
    if (theStart < 0 && labelWords.has(wordBefore(text, s))) return -1; // "Day 3 of March Madness"
    let pos = e;
    const c = sticky(CONNECTOR_MONTH, text, pos);
    if (c === null || pos + c[0].length > limit) return -1;
    const word = c[2]!;
    // English months must be capitalised here ("5 of may" is not a date); source months may be either.
    let month = /^\p{Lu}/u.test(word) ? monthIndex(word) : -1;
    if (month < 0 && c[1] !== 'of') month = sourceMonths.get(word.toLowerCase()) ?? -1;
    if (month < 0) return -1;
    pos += c[0].length;
    if (text[pos] === '’' || text[pos] === "'") return -1;
    const y = sticky(CONNECTOR_YEAR, text, pos);
    const year = y !== null && pos + y[0].length <= limit ? y[1] : undefined;
    if (year !== undefined) pos += y![0].length;
    const name = ENGLISH.months[month]!;
    const start = theStart >= 0 ? theStart : s;
    const prefix = theStart < 0 || datePrepositions.has(wordBefore(text, theStart)) ? '' : text[theStart] === 'T' ? 'On ' : 'on ';
    const us = `${prefix}${name} ${day}${year ? `, ${year}` : ''}`;
    const uk = `${prefix}${day} ${name}${year ? ` ${year}` : ''}`;
    emitOne(ctx, 'date-format', 'locale-convention/date-format', 'minor', start, pos,
      `${connectorDate.label} date order: in English, ${us} or ${uk}.`, [us, uk], connectorDate.profiles);
    return pos;
  }

  /** Does a count noun follow ("2.500 soldiers", "1.500 new homes"), so that 2.500 must be two thousand five hundred? */
  function countFollows(text: string, e: number, limit: number, token: string): boolean {
    let { word, end } = wordAfter(text, e, limit);
    for (let hop = 0; hop < 2 && word !== ''; hop++) {
      if (word !== word.toLowerCase()) return hop === 0 && demonymPlurals.has(word);
      if (measures.has(word)) return false;
      if (countNouns.has(word)) return true;
      if (currencyWords.has(word)) return token.endsWith('00');
      if (!notPlural.has(word) && word.length >= 4 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return true;
      // One adjective may come between ("2.500 new homes"), not a function word.
      if (functionWords.has(word) || notPlural.has(word)) return false;
      ({ word, end } = wordAfter(text, end, limit));
    }
    return false;
  }

  /**
   * "rose to 40.000.": a dotted number ending in .000 is not an English decimal
   * (1.000 may be a batting average, so the whole part is 2 or more), unless a unit follows.
   */
  function roundThousands(text: string, e: number, limit: number, token: string): boolean {
    if (!token.endsWith('.000') || token.startsWith('1.')) return false;
    if (text[e] === '%' || text[e] === '-' || isLetter(text[e])) return false;
    const { word } = wordAfter(text, e, limit);
    if (word === 'percent' || text[e + 1] === '%') return false;
    // "411.000 barrels": nobody measures 411 barrels to three decimals; "2.000 seconds" may be a timing.
    if (token.length >= ROUND_THOUSANDS_MIN_LENGTH && !timeUnits.has(word.toLowerCase())) return true;
    return !measures.has(word.toLowerCase());
  }

  /**
   * "US$ 9.850", "$ 1.200": a currency sign set apart from the amount is Latin
   * American and European usage, where the dot groups thousands; English
   * writes "$9.850" for a price to the tenth of a cent.
   */
  function spacedCurrencyBefore(text: string, s: number): boolean {
    return (text[s - 1] === ' ' || text[s - 1] === '\u00a0') && /[$€£]/.test(text[s - 2] ?? '');
  }

  /** The token's own issue (decimal comma, grouping), or null. `ambiguousAsGroup` reads 2.500 as 2,500. */
  function numberIssue(text: string, s: number, e: number, token: string, limit: number, ambiguousAsGroup: boolean): NumberIssue | null {
    const { groups, seps } = splitToken(token);
    if (seps.length === 0) return null;
    if (ENGLISH_NUMBER.test(token)) {
      if (!DOTTED_THOUSAND.test(token)) return null;
      const owners = systems.filter((sys) => sys.groups.has('.') && sys.decimal !== '.').map((sys) => sys.profile);
      if (owners.length === 0) return null;
      if (!ambiguousAsGroup && !spacedCurrencyBefore(text, s) && (/[$€£¥]/.test(text[s - 1] ?? '') || !(countFollows(text, e, limit, token) || roundThousands(text, e, limit, token)))) {
        return null;
      }
      const english = withCommas(token.replace('.', ''));
      return { rule: 'digit-grouping', severity: 'major', english, what: `${nameOf(owners)} thousands dot (${token} reads as a decimal in English)`, profiles: owners };
    }
    let read: SourceNumber | null = null;
    const owners: Profile[] = [];
    for (const sys of systems) {
      const r = readAs(groups, seps, sys);
      if (r === null) continue;
      if (read === null) read = r;
      if (r.int === read.int && r.frac === read.frac) owners.push(sys.profile);
    }
    if (read === null) return null;
    const after = text[e];
    // "5 100-metre races", "1,2-dichloroethane": part of a compound.
    if (after !== undefined && DASHES.includes(after) && isLetter(text[e + 1])) return null;
    if (after === '/' || (after === ':' && isDigit(text[e + 1]))) return null;
    const dotted = read.groupSep !== undefined && !/\s/.test(read.groupSep);
    if (read.frac !== undefined && read.groupCount === 0) {
      // "1,500" is English; "0,500" is not. "in 2019,20 people" is a missing space.
      if (read.frac.length === 3 && read.int !== '0') return null;
      if (read.frac.length <= 2 && YEAR_LIKE.test(read.int)) return null;
      if (labelWords.has(wordBefore(text, s))) return null;
      // "1,2 and 3" is a list: increasing small numbers.
      if (text[s - 2] === ',' && isDigit(text[s - 3])) return null;
      const l = sticky(LIST_AFTER, text, e);
      if (l !== null && read.int.length <= 2 && read.frac.length <= 2) {
        const a = Number(read.int);
        const b = Number(read.frac);
        if (a < b && b < Number(l[1])) return null;
      }
    }
    if (read.groupCount > 0 && !dotted) {
      // "Dec. 7 200 people", "No. 1 100": a label or a day, then a number.
      if (labelWords.has(wordBefore(text, s))) return null;
      // "2 500km" may be "two 500km races"; "+33 1 234 567" is a phone number.
      if (isLetter(after)) return null;
      if (isBlank(text[s - 1]) && isDigit(text[s - 2])) return null;
    }
    if (dotted && read.groupCount === 3 && read.frac === undefined) return null; // IPv4 shape
    const english = englishOf(read);
    const label = nameOf(owners);
    if (read.frac !== undefined) {
      const mark = markName(token[token.length - read.frac.length - 1]!);
      const what = read.groupCount > 0 ? `number format (${markName(read.groupSep!)} for thousands, ${mark} for decimals)` : `decimal ${mark}`;
      return { rule: 'decimal-comma', severity: dotted ? 'major' : 'minor', english, what: `${label} ${what}`, profiles: owners };
    }
    const what = dotted ? `thousands ${markName(read.groupSep!)} (${token} reads as a decimal in English)` : 'thousands space';
    return { rule: 'digit-grouping', severity: dotted ? 'major' : 'minor', english, what: `${label} ${what}`, profiles: owners };
  }

  function handleToken(ctx: RuleContext, text: string, s: number, e: number, limit: number): number {
    const before = text[s - 1];
    if (before !== undefined) {
      if (BAD_BEFORE.test(before)) return e;
      if (DASHES.includes(before) && s >= 2 && /[\p{L}\p{N}]/u.test(text[s - 2]!)) return e;
    }
    const token = text.slice(s, e);
    const t = tryTime(ctx, text, s, e, token, limit);
    if (t >= 0) return t;
    const d = tryDate(ctx, text, s, e, token, limit);
    if (d >= 0) return d;

    if (currency.profiles.length > 0) {
      const c = sticky(CURRENCY_AFTER, text, e);
      if (c !== null && e + c[0].length <= limit) {
        const end = e + c[0].length;
        const issue = numberIssue(text, s, e, token, limit, true);
        const amount = issue?.english ?? token;
        const fix = `${c[2]}${amount}${c[1] ? ` ${multipliers[c[1]]}` : ''}`;
        const also = issue ? ` (and ${issue.what})` : '';
        emitOne(ctx, 'currency-format', 'locale-convention/currency-format', issue?.severity ?? 'minor', s, end,
          `Currency symbol after the amount is ${currency.label} usage${also}: in English, ${fix}.`, [fix], currency.profiles);
        return end;
      }
    }
    if (percent.profiles.length > 0) {
      const p = sticky(PERCENT_AFTER, text, e);
      if (p !== null && e + p[0].length <= limit) {
        const end = e + p[0].length;
        const issue = numberIssue(text, s, e, token, limit, false);
        if (issue) {
          const fix = `${issue.english}%`;
          emitOne(ctx, issue.rule, 'locale-convention/number-format', issue.severity, s, end,
            `${issue.what} and space before %: in English, ${fix}.`, [fix], issue.profiles);
        } else {
          const fix = `${token}%`;
          emitOne(ctx, 'percent-spacing', 'locale-convention/number-format', 'minor', s, end,
            `Space before % is ${percent.label} usage: in English, ${fix}.`, [fix], percent.profiles);
        }
        return end;
      }
    }
    const issue = numberIssue(text, s, e, token, limit, false);
    if (issue) {
      emitOne(ctx, issue.rule, 'locale-convention/number-format', issue.severity, s, e,
        `${issue.what}: in English, ${issue.english}.`, [issue.english], issue.profiles);
    }
    return e;
  }

  return {
    family: 'number-format',
    rules: RULES,
    run(ctx) {
      const { text, paragraphs } = ctx.article;
      if (systems.length === 0 || paragraphs.length === 0) return;
      // One pass over the whole text; tokens are matched to paragraphs as we go,
      // so text between paragraphs is never scanned twice.
      let pi = 0;
      TOKEN.lastIndex = paragraphs[0]!.start;
      for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
        const s = m.index;
        while (pi < paragraphs.length && paragraphs[pi]!.end <= s) pi++;
        const p: Paragraph | undefined = paragraphs[pi];
        if (p === undefined) break;
        if (s < p.start) {
          TOKEN.lastIndex = p.start;
          continue;
        }
        const e = Math.min(s + m[0].length, p.end);
        const next = handleToken(ctx, text, s, e, p.end);
        if (next > TOKEN.lastIndex) TOKEN.lastIndex = next;
      }
    },
  };
};
