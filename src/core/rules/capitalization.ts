import type { Paragraph } from '../article/article';
import { hasWord, paragraphWords, wordTextAt, type WordSpans } from '../article/paragraph-words';
import { ENGLISH } from '../lexicon/lexicon';
import type { Finding } from '../model/finding';
import data from './data/capitalization.json';
import type { RuleContext, RuleFactory, RuleInfo } from './rule';

/**
 * Days, months and nationalities left in lower case. French and Spanish write
 * them small (vendredi, décembre, israélien) and MT often keeps it; English
 * capitalises them always, so outside URLs, handles and all-lower-case lines a
 * lower-case one is a garble. Month names that are English words too (may,
 * march, august) need a date cue; nationality words that are English words
 * in lower case (polish, french fries) are listed in the data.
 */

const RULES: readonly RuleInfo[] = [
  { id: 'lowercase-day', description: 'Day of the week in lower case ("on friday").' },
  { id: 'lowercase-month', description: 'Month in lower case ("in december", "on march 3").' },
  { id: 'lowercase-nationality', description: 'Nationality, people or religion in lower case ("the israeli army", "iraqi forces").' },
];

type Kind = 'day' | 'month' | 'nationality';

interface Entry {
  readonly kind: Kind;
  /** The capitalised form for exactly the looked-up text ("Israelis" for "israelis"). */
  readonly fix: string;
  /** A month that is also an English word: needs a date cue. */
  readonly ambiguous: boolean;
  /** Lower-case set phrases it may stand in ("french fries", "go dutch"). */
  readonly after?: ReadonlySet<string>;
  readonly before?: ReadonlySet<string>;
}

/** A nationality of several words ("Sri Lankan"), keyed by its first word. */
interface Phrase {
  readonly rest: readonly string[];
  readonly fix: string;
}

const MESSAGES: Record<Kind, (fix: string) => string> = {
  day: (fix) => `Days of the week take a capital in English: ${fix}.`,
  month: (fix) => `Months take a capital in English: ${fix}.`,
  nationality: (fix) => `Nationalities, peoples and religions take a capital in English: ${fix}.`,
};
const RULE_OF: Record<Kind, string> = { day: 'lowercase-day', month: 'lowercase-month', nationality: 'lowercase-nationality' };

const HYPHENS = /[-‐]/;
const LOWER_START = /^\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
const CLOSING = ',.;:!?)]"”’»—–';
/** After "march 3": the date ends here (",", end), goes on to a range ("-4", " and 4") or a year. */
const DAY_TAIL = /(?:[,.;:!?)\]"”’»—]|[ ]?[-–][ ]?\d|[ ](?:and|to|or)[ ]\d|,?[ ](?:1[89]|20)\d\d(?!\d))/y;
/** A link-like token: URL, e-mail, handle, hashtag, domain, file name. */
const LINK_LIKE = /[@/#_]|www\.|\p{L}\.\p{L}{2}/u;
/**
 * A cheap signature of a word (first two letters, last letter, length) so that
 * most words are ruled out without slicing them out of the text.
 */
const signature = (first: number, second: number, last: number, length: number) =>
  (((first * 31 + second) * 31 + last) * 37 + length) & 0xffff;

const isDayNumber = (w: string) => {
  const m = DAY_NUMBER.exec(w);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31;
};

export const capitalizationRule: RuleFactory = () => {
  const entries = new Map<string, Entry>();
  const add = (key: string, entry: Entry) => {
    if (!entries.has(key)) entries.set(key, entry);
  };
  const ambiguous = new Set(data.months.ambiguous);
  for (const d of ENGLISH.days) {
    add(d.toLowerCase(), { kind: 'day', fix: d, ambiguous: false });
    add(`${d.toLowerCase()}s`, { kind: 'day', fix: `${d}s`, ambiguous: false });
  }
  for (const m of ENGLISH.months) add(m.toLowerCase(), { kind: 'month', fix: m, ambiguous: ambiguous.has(m.toLowerCase()) });

  const never = new Set(data.nationality.neverFlag);
  const compounds = data.nationality.compounds as Record<string, { after?: string[]; before?: string[] }>;
  const phrases = new Map<string, Phrase[]>();
  const addNationality = (key: string, fix: string) => {
    if (never.has(key)) return;
    const c = compounds[key];
    add(key, {
      kind: 'nationality',
      fix,
      ambiguous: false,
      ...(c?.after ? { after: new Set(c.after) } : {}),
      ...(c?.before ? { before: new Set(c.before) } : {}),
    });
  };
  for (const d of [...ENGLISH.demonyms, ...ENGLISH.demonymNouns]) {
    if (d.includes(' ')) {
      // "Sri Lankan": looked up by its first word, as written or in lower case.
      const [first, ...rest] = d.split(' ');
      const phrase = { rest: rest.map((r) => r.toLowerCase()), fix: d };
      for (const key of [first!, first!.toLowerCase()]) phrases.set(key, [...(phrases.get(key) ?? []), phrase]);
      continue;
    }
    if (HYPHENS.test(d)) continue; // each part is an entry of its own ("Arab-Israeli")
    if (never.has(d.toLowerCase())) continue; // nor its plural ("baltics")
    addNationality(d.toLowerCase(), d);
    // Plural nouns: Iraqis, Israelis; not English, French, Swiss, Chinese.
    if (!/(?:s|sh|ch|x|z|ese)$/.test(d)) addNationality(`${d.toLowerCase()}s`, `${d}s`);
  }

  const filter = new Uint8Array(0x10000);
  for (const key of [...entries.keys(), ...phrases.keys()]) {
    filter[signature(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(key.length - 1), key.length)] = 1;
  }

  const monthBefore = new Set(data.months.before);
  const rangeWords = new Set(data.months.rangeWords);
  const hyphenPrefixes = new Set(data.months.hyphenPrefixes);
  const dayCue = new Set([...data.months.before, ...data.months.dayBefore, ...ENGLISH.days.map((d) => d.toLowerCase())]);
  const joiners = new Set(data.months.joiners);
  const endWords = new Set(data.months.endWords);
  const monthNouns = new Set(data.months.monthNouns);
  const periodNouns = new Set(data.months.periodNouns);
  const relativeWords = new Set(data.months.relativeWords);
  const relativeBlockers = new Set(data.months.relativeBlockers);

  return {
    family: 'capitalization',
    rules: RULES,
    run(ctx: RuleContext) {
      const text = ctx.article.text;
      for (const p of ctx.article.paragraphs) scanParagraph(ctx, text, p, paragraphWords(ctx.article, p));
    },
  };

  function scanParagraph(ctx: RuleContext, text: string, p: Paragraph, words: WordSpans): void {
    let hasUpper: boolean | undefined;
    const emit = (start: number, end: number, kind: Kind, fix: string) => {
      // A line with no capital at all (a slug, a tag list, a lower-case quote) is not prose.
      hasUpper ??= UPPER.test(text.slice(p.start, p.end));
      if (!hasUpper || linkLike(text, start, end, p)) return;
      const f: Finding = {
        start,
        end,
        rule: RULE_OF[kind],
        category: 'fluency/spelling',
        severity: 'minor',
        message: MESSAGES[kind](fix),
        suggestions: [fix],
      };
      ctx.emit(f);
    };

    for (let i = 0; i < words.length; i++) {
      const start = words.start(i);
      // Most words are ruled out by their signature alone, without a slice.
      const c = text.charCodeAt(start);
      if (c >= 128) continue;
      let end = words.end(i);
      const last = text.charCodeAt(end - 1);
      if (last === 115 && end - start > 2) {
        const apostrophe = text.charCodeAt(end - 2);
        if (apostrophe === 39 || apostrophe === 0x2019) end -= 2; // possessive: "sunday's"
      }
      let hyphen = false;
      for (let k = start + 1; k < end && !hyphen; k++) {
        const h = text.charCodeAt(k);
        hyphen = h === 45 || h === 0x2010;
      }
      if (!hyphen) {
        if (filter[signature(c, text.charCodeAt(start + 1), text.charCodeAt(end - 1), end - start)] === 0) continue;
        const key = text.slice(start, end);
        const phraseEnd = tryPhrase(text, words, i, key, emit);
        if (phraseEnd > i) {
          i = phraseEnd;
          continue;
        }
        if (c >= 97 && c <= 122) checkPart(text, words, i, start, key, undefined, undefined, p.end, emit);
        continue;
      }
      if (c < 97 || c > 122) continue;
      // "pro-iranian", "mid-december", "anti-american": check each part.
      const parts = text.slice(start, end).split(HYPHENS);
      let at = start;
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k]!;
        if (LOWER_START.test(part)) checkPart(text, words, i, at, part, parts[k - 1], parts[k + 1], p.end, emit);
        at += part.length + 1;
      }
    }
  }

  /** A several-word nationality with a lower-case word ("sri lankan", "Costa rican"): returns the index of its last word, or -1. */
  function tryPhrase(text: string, words: WordSpans, i: number, raw: string, emit: Emit): number {
    const candidates = phrases.get(raw);
    if (candidates === undefined) return -1;
    for (const { rest, fix } of candidates) {
      let ok = i + rest.length < words.length;
      for (let k = 0; ok && k < rest.length; k++) {
        const prevEnd = words.end(i + k);
        const next = i + k + 1;
        ok = words.start(next) === prevEnd + 1 && text[prevEnd] === ' ' && text.slice(words.start(next), words.end(next)).toLowerCase() === rest[k];
      }
      if (!ok) continue;
      const lastEnd = words.end(i + rest.length);
      const written = text.slice(words.start(i), lastEnd);
      if (written !== fix && written.toLowerCase() === fix.toLowerCase()) emit(words.start(i), lastEnd, 'nationality', fix);
      return i + rest.length;
    }
    return -1;
  }

  function checkPart(
    text: string,
    words: WordSpans,
    i: number,
    start: number,
    part: string,
    prevPart: string | undefined,
    nextPart: string | undefined,
    limit: number,
    emit: Emit,
  ): void {
    const entry = entries.get(part);
    if (entry === undefined) return;
    const end = start + part.length;
    const prevWord = prevPart ?? wordTextAt(text, words, i - 1);
    const nextWord = nextPart ?? wordTextAt(text, words, i + 1);
    if (entry.kind === 'nationality') {
      if (entry.after?.has(nextWord.toLowerCase()) || entry.before?.has(prevWord.toLowerCase())) return;
    } else if (entry.ambiguous) {
      const hyphenated = prevPart !== undefined || nextPart !== undefined;
      if (hyphenated ? !(prevPart !== undefined && hyphenPrefixes.has(prevPart.toLowerCase())) : !monthCue(text, words, i, limit)) return;
    }
    emit(start, end, entry.kind, entry.fix);
  }

  /** Is lower-case may/march/august at words[i] a month? */
  function monthCue(text: string, words: WordSpans, i: number, limit: number): boolean {
    const start = words.start(i);
    const end = words.end(i);
    const nextText = wordTextAt(text, words, i + 1);
    const prevText = wordTextAt(text, words, i - 1);
    const spaceAfter = hasWord(words, i + 1) && words.start(i + 1) === end + 1 && text[end] === ' ';
    const spaceBefore = hasWord(words, i - 1) && start === words.end(i - 1) + 1 && text[words.end(i - 1)] === ' ';
    // "march 3,", "may 5 and 6", "august 12 2024"
    if (spaceAfter && isDayNumber(nextText)) {
      const nextEnd = words.end(i + 1);
      if (nextEnd >= limit) return true;
      DAY_TAIL.lastIndex = nextEnd;
      if (DAY_TAIL.test(text)) return true;
    }
    // "may 2024"
    if (spaceAfter && YEAR.test(nextText)) return true;
    const endsPhrase = monthEndsPhrase(text, words, i, limit);
    // "on 5 may 2024", "since 12 march,"
    if (spaceBefore && isDayNumber(prevText) && ((spaceAfter && YEAR.test(nextText)) || endsPhrase)) {
      const cue = wordTextAt(text, words, i - 2).toLowerCase();
      if (dayCue.has(cue)) return true;
    }
    // "the 3rd of march", "5 of may", "the month of august"
    if (spaceBefore && prevText === 'of' && spaceAfterWord(text, words, i - 2)) {
      const before = wordTextAt(text, words, i - 2);
      if (isDayNumber(before.replace(/(?:st|nd|rd|th)$/, '')) || monthNouns.has(before)) return true;
      if (periodNouns.has(before) && (endsPhrase || (spaceAfter && YEAR.test(nextText)))) return true;
    }
    // "last march,", "next may."
    if (spaceBefore && endsPhrase && relativeWords.has(prevText) && !relativeBlockers.has(wordTextAt(text, words, i - 2).toLowerCase())) return true;
    // "in may.", "since early august,", "between may and june"
    if (spaceBefore && endsPhrase) {
      if (monthBefore.has(prevText)) return true;
      if (rangeWords.has(prevText) && monthBefore.has(wordTextAt(text, words, i - 2))) return true;
    }
    return false;
  }

  /** The month ends its phrase: punctuation or the paragraph's end after it, an end word ("in may on", "since march last year"), or "and"/"or"/"to" and another month. */
  function monthEndsPhrase(text: string, words: WordSpans, i: number, limit: number): boolean {
    const end = words.end(i);
    const c = text[end];
    if (end >= limit || (c !== undefined && CLOSING.includes(c))) return true;
    if (!hasWord(words, i + 1)) return false;
    const link = wordTextAt(text, words, i + 1);
    if (endWords.has(link) && text[end] === ' ') return true;
    if (joiners.has(link) && text[end] === ' ') {
      const after = entries.get(wordTextAt(text, words, i + 2).toLowerCase());
      return after?.kind === 'month';
    }
    return false;
  }
};

type Emit = (start: number, end: number, kind: Kind, fix: string) => void;

/** Is word k followed by exactly one space ("3rd of", not "3rd, of")? */
function spaceAfterWord(text: string, words: WordSpans, k: number): boolean {
  if (!hasWord(words, k)) return false;
  const end = words.end(k);
  return text[end] === ' ' && hasWord(words, k + 1) && words.start(k + 1) === end + 1;
}

/** Is [start, end) inside a URL, e-mail address, @handle or #hashtag? Looks only at the surrounding non-blank run. */
function linkLike(text: string, start: number, end: number, p: Paragraph): boolean {
  let a = start;
  while (a > p.start && start - a < 200 && !/\s/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < p.end && b - end < 200 && !/\s/.test(text[b]!)) b++;
  // Trailing sentence punctuation is not part of a link ("on friday." is prose).
  const run = text.slice(a, b).replace(/[.,;:!?)"”’»]+$/, '');
  return LINK_LIKE.test(run);
}
