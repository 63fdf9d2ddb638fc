import type { Article, Paragraph } from '../article/article';
import { wordsIn } from '../article/words';
import { detectLanguage } from '../language';
import type { Finding } from '../model/finding';
import type { Profile } from '../profiles/profile';
import { foldCode } from './phrase-pattern';
import type { RuleFactory } from './rule';

// A local binding: this runs once per character of some tokens, and a module
// namespace lookup per call shows in profiles of some module loaders.
const fold = foldCode;

/**
 * Source-language text left in the English: whole paragraphs (judged by
 * franc, once a cheap count says a paragraph may be foreign) and words or
 * phrases ("selon l'Observatoire", "sélectionneur", "jubilados").
 *
 * A word counts as source-language when it is one of a profile's listed
 * words, an elided form ("l'armée", "qu'il"), or a lower-case word carrying
 * the profile's accented letters that English has not borrowed (the profile's
 * `allowed` list: café, communiqué, née...). Capitalised words are names
 * (Élysée, José): they only join a phrase next to a source word.
 */

/** How a token reads: English, a source word, a capitalised or ambiguous one that only counts next to source words. */
const enum Kind {
  English = 0,
  /** Capitalised source word or accented name: joins a phrase, never makes one. */
  Weak = 1,
  /** Lower-case source word: makes a finding. */
  Strong = 2,
  /** Lower-case word also used in English ("de", "en", "plus"): joins a phrase between source words. */
  Ambiguous = 3,
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly capital: boolean;
  kind: Kind;
  /** Bit set of the profiles the word may come from. */
  profiles: number;
  /** True when the word is a listed word or elision (a firmer vote for its profile than accents alone). */
  listed: boolean;
}

interface CompiledProfile {
  readonly profile: Profile;
  /** Accented letters of the language (those its words use). */
  readonly letters: ReadonlySet<number>;
  /** Source day and month names -> English ("vendredi" -> "Friday"), from ICU. */
  readonly calendar: ReadonlyMap<string, string>;
}

/** A listed noun heading an untranslated name is at least this long ("Cámara"); shorter ones are function words. */
const NAME_HEAD_MIN = 6;
/** Paragraphs shorter than this are not judged as a whole. */
const PARAGRAPH_MIN_WORDS = 5;
/** Share of source words (listed, accented, elided, ambiguous) from which franc is asked about a paragraph. */
const PARAGRAPH_SHARE_SHORT = 0.4;
const PARAGRAPH_SHARE_LONG = 0.25;
const PARAGRAPH_LONG_WORDS = 12;
/** At most this much between two words of one phrase: spaces, a comma. */
const GAP_MAX = 4;
const GAP = /^[\s,]*$/;
// A foreign phrase introduced as such is deliberate: chanting "No pasarán", known as the "cepo".
const INTRODUCED = /(?:known as|called|dubbed|nicknamed|so-called|the (?:word|words|term|phrase|slogan|motto|chant|expression)|chant(?:ing|ed|s)?|shout(?:ing|ed|s)?|slogans?|mottos?|in (?:French|Spanish)[^.!?]{0,20}?)[\s,:]*["“‘'«]?\s*$/i;
const OPENING_QUOTES = new Set(['"', '“', '‘', '«', "'"]);
const CLOSING_QUOTES = new Set(['"', '”', '’', '»', "'"]);

function normalizeWord(lower: string): string {
  let w = lower;
  if (w.includes('’')) w = w.replace(/’/g, "'");
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) return w.normalize('NFC');
  }
  return w;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function calendarOf(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const days = [new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }), new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' })] as const;
    for (let d = 0; d < 7; d++) {
      const date = new Date(Date.UTC(2024, 0, 1 + d));
      out.set(normalizeWord(days[0].format(date).toLowerCase()), days[1].format(date));
    }
    const months = [new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }), new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' })] as const;
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2024, m, 15));
      out.set(normalizeWord(months[0].format(date).toLowerCase()), months[1].format(date));
    }
  } catch {
    // No ICU data for the locale: no suggestions for day and month names.
  }
  return out;
}

export const untranslatedRule: RuleFactory = (profiles) => {
  const compiled: CompiledProfile[] = [];
  /** Listed word -> bit set of the profiles listing it. */
  const words = new Map<string, number>();
  const elisions: { prefix: string; bit: number }[] = [];
  const allowed = new Set<string>();
  /** First token of an allowed phrase -> its token lists, longest first. */
  const phrases = new Map<string, string[][]>();
  const letters = new Set<number>();

  profiles.slice(0, 30).forEach((profile, index) => {
    const bit = 1 << index;
    const own = new Set<number>();
    for (const raw of profile.untranslated.words) {
      const w = normalizeWord(raw.toLowerCase());
      if (w.endsWith("'")) {
        elisions.push({ prefix: w, bit });
        continue;
      }
      words.set(w, (words.get(w) ?? 0) | bit);
      for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0xc0) own.add(w.charCodeAt(i));
    }
    for (const c of own) letters.add(c);
    compiled.push({ profile, letters: own, calendar: calendarOf(profile.locale) });
    for (const raw of profile.untranslated.allowed) {
      const phrase = normalizeWord(raw.toLowerCase());
      const tokens = wordsIn(phrase).map((s) => phrase.slice(s.start, s.end));
      if (tokens.length === 0) continue;
      if (tokens.length === 1) allowed.add(tokens[0]!);
      else {
        const list = phrases.get(tokens[0]!) ?? [];
        list.push(tokens);
        list.sort((a, b) => b.length - a.length);
        phrases.set(tokens[0]!, list);
      }
    }
  });
  // Elided forms are matched longest first ("jusqu'" before "qu'").
  elisions.sort((a, b) => b.prefix.length - a.prefix.length);
  const francCodes = compiled.map((c) => c.profile.franc);

  function isAllowed(w: string): boolean {
    if (allowed.has(w)) return true;
    const n = w.length;
    if (n > 3 && w.endsWith('s') && allowed.has(w.slice(0, -1))) return true;
    if (n > 4 && w.endsWith('es') && allowed.has(w.slice(0, -2))) return true;
    if (n > 3 && w.endsWith('d') && allowed.has(w.slice(0, -1))) return true;
    return n > 4 && w.endsWith('ed') && allowed.has(w.slice(0, -2));
  }

  /** Bit set of the profiles whose accented letters cover the word's; 0 without such letters. */
  function accentProfiles(w: string): number {
    let any = false;
    let mask = (1 << compiled.length) - 1;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c < 0xc0) continue;
      if (!letters.has(c)) return 0;
      any = true;
      compiled.forEach((cp, index) => {
        if (!cp.letters.has(c)) mask &= ~(1 << index);
      });
    }
    return any ? mask : 0;
  }

  function elisionOf(w: string): { prefix: string; bit: number } | undefined {
    const apostrophe = w.indexOf("'");
    if (apostrophe < 1 || apostrophe > 7) return undefined;
    return elisions.find((e) => w.startsWith(e.prefix) && w.length > e.prefix.length);
  }

  /** Would this lower-case vocabulary word make a finding if it stood in lower case? */
  function mayBeStrong(v: string): boolean {
    // Most words are plain ASCII: only the word list can make them source words.
    let plain = true;
    for (let i = 0; i < v.length && plain; i++) {
      const c = v.charCodeAt(i);
      plain = c < 0xc0 && c !== 39;
    }
    if (plain) return words.has(v) && !allowed.has(v);
    const w = normalizeWord(v);
    const listed = words.get(w);
    if (listed !== undefined) return !allowed.has(w);
    if (elisionOf(w) !== undefined) return !isAllowed(w);
    return accentProfiles(w) !== 0 && !isAllowed(w);
  }

  function classify(text: string, start: number, end: number): Token {
    const raw = text.slice(start, end);
    const lower = normalizeWord(raw.toLowerCase());
    const capital = isUpper(raw[0]!);
    const token: Token = { start, end, lower, capital, kind: Kind.English, profiles: 0, listed: false };
    const listed = words.get(lower);
    if (listed !== undefined) {
      token.profiles = listed;
      token.listed = true;
      token.kind = capital ? Kind.Weak : allowed.has(lower) ? Kind.Ambiguous : Kind.Strong;
      return token;
    }
    if (isAllowed(lower)) return token;
    const elision = elisionOf(lower);
    if (elision !== undefined) {
      token.profiles = elision.bit;
      token.listed = true;
      const next = raw[elision.prefix.length]!;
      token.kind = capital || isUpper(next) ? Kind.Weak : Kind.Strong;
      return token;
    }
    const accents = accentProfiles(lower);
    if (accents !== 0) {
      token.profiles = accents;
      token.kind = capital ? Kind.Weak : Kind.Strong;
    }
    return token;
  }

  return {
    family: 'untranslated',
    rules: [
      { id: 'untranslated-paragraph', description: 'A whole paragraph left in the source language.' },
      { id: 'untranslated-word', description: 'Source-language words or phrases left in the English ("selon", "según fuentes del Ayuntamiento").' },
    ],
    run(ctx) {
      const { article } = ctx;
      const text = article.text;
      // Cheap gate: most English articles have no vocabulary word that could make a finding.
      const suspects = new Map<number, Suspect[]>();
      for (const v of article.vocabulary()) {
        if (!mayBeStrong(v)) continue;
        const key = v.length * 65536 + fold(v.charCodeAt(0));
        const suspect = { word: v, mayHeadName: v.length >= NAME_HEAD_MIN && words.has(normalizeWord(v)) };
        const list = suspects.get(key);
        if (list === undefined) suspects.set(key, [suspect]);
        else list.push(suspect);
      }
      if (suspects.size === 0) return;
      for (const paragraph of article.paragraphs) {
        const spans = article.wordsOf(paragraph);
        // Only a lower-case suspect, or a listed noun that may head a name, can make a finding.
        if (!spans.some((w) => isSuspect(text, w.start, w.end, suspects, startsUpper(text, w.start)))) continue;
        const tokens = spans.map((w) => classify(text, w.start, w.end));
        markAllowedPhrases(tokens, phrases);
        if (isForeignParagraph(tokens) && emitParagraph(ctx.emit, article, paragraph)) continue;
        for (const finding of phraseFindings(text, paragraph, tokens)) ctx.emit(finding);
      }
    },
  };

  function emitParagraph(emit: (f: Finding) => void, article: Article, paragraph: Paragraph): boolean {
    const language = detectLanguage(article.text.slice(paragraph.start, paragraph.end), francCodes);
    const index = francCodes.indexOf(language);
    if (index < 0) return false;
    const name = compiled[index]!.profile.name;
    emit({
      start: paragraph.start,
      end: paragraph.end,
      rule: 'untranslated-paragraph',
      category: 'accuracy/untranslated',
      severity: 'critical',
      message: `Paragraph left in ${name}: it was not translated.`,
      suggestions: [],
      profile: compiled[index]!.profile.id,
    });
    return true;
  }

  function phraseFindings(text: string, paragraph: Paragraph, tokens: Token[]): Finding[] {
    const out: Finding[] = [];
    let i = 0;
    while (i < tokens.length) {
      if (tokens[i]!.kind === Kind.English) {
        i++;
        continue;
      }
      // Grow a run of source words; an English word may sit between two strong ones ("une source militaire").
      let j = i;
      while (j + 1 < tokens.length) {
        const next = tokens[j + 1]!;
        if (!gapOk(text, tokens[j]!, next)) break;
        if (next.kind !== Kind.English) {
          j++;
          continue;
        }
        const after = tokens[j + 2];
        const sandwiched =
          tokens[j]!.kind === Kind.Strong && !next.capital && after !== undefined && after.kind === Kind.Strong && gapOk(text, next, after) && !/\d/.test(next.lower);
        if (!sandwiched) break;
        j += 2;
      }
      const runEnd = j;
      let a = i;
      let b = j;
      while (a <= b && tokens[a]!.kind === Kind.Ambiguous) a++;
      while (b >= a && tokens[b]!.kind === Kind.Ambiguous) b--;
      i = runEnd + 1;
      if (a > b) continue;
      const run = tokens.slice(a, b + 1);
      const strong = run.filter((t) => t.kind === Kind.Strong);
      if (strong.length === 0) continue;
      if (isNamePart(text, paragraph, tokens, a, b, run, strong)) continue;
      if (isDeliberate(text, paragraph, run[0]!.start, run[run.length - 1]!.end)) continue;
      out.push(wordFinding(run, run.length === 1 ? 'word' : 'phrase'));
    }
    return [...out, ...nameFindings(text, paragraph, tokens, out)];
  }

  /**
   * Institution names left in the source language: a listed capitalised noun
   * heading a capitalised name with another source word ("Cámara de Diputados",
   * "Fiscalía General de la República", "Asamblea Nacional"). A person's name
   * rarely starts with such a noun; calendar words (Domingo, Julio) never head one.
   */
  function nameFindings(text: string, paragraph: Paragraph, tokens: Token[], taken: readonly Finding[]): Finding[] {
    const out: Finding[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const head = tokens[i]!;
      if (head.kind !== Kind.Weak || !head.listed || head.end - head.start < NAME_HEAD_MIN || isCalendar(head.lower)) continue;
      let j = i;
      let particle = false;
      while (j + 1 < tokens.length && gapOk(text, tokens[j]!, tokens[j + 1]!)) {
        const next = tokens[j + 1]!;
        if (next.kind === Kind.Ambiguous) particle = true;
        else if (!next.capital) break;
        j++;
      }
      while (j > i && tokens[j]!.kind === Kind.Ambiguous) j--;
      const second = tokens[i + 1];
      // Capitalised particles ("La", "De") do not make a name foreign.
      const marked = tokens.slice(i + 1, j + 1).filter((t) => (t.kind === Kind.Weak || t.kind === Kind.Strong) && !allowed.has(t.lower)).length;
      const start = head.start;
      const end = tokens[j]!.end;
      if (marked === 0 || !(particle || (second !== undefined && second.listed))) continue;
      if (taken.some((f) => f.start < end && start < f.end)) continue;
      if (isDeliberate(text, paragraph, start, end)) continue;
      out.push(wordFinding(tokens.slice(i, j + 1), 'name'));
      i = j;
    }
    return out;
  }

  function isCalendar(w: string): boolean {
    return compiled.some((cp) => cp.calendar.has(w));
  }

  /** Particles and accents inside a name: "Palais des Nations", "Cour des comptes", "Hôtel des Invalides". */
  function isNamePart(text: string, paragraph: Paragraph, tokens: Token[], a: number, b: number, run: Token[], strong: Token[]): boolean {
    const next = tokens[b + 1];
    const nextCapital = next !== undefined && next.capital && gapOk(text, tokens[b]!, next);
    if (run.length === 1) {
      if (nextCapital) return true;
      // Look back over particles ("Reporters sans frontières") to the word before.
      let p = a - 1;
      while (p >= 0 && tokens[p]!.kind === Kind.Ambiguous && gapOk(text, tokens[p]!, tokens[p + 1]!)) p--;
      const prev = tokens[p];
      return prev !== undefined && prev.capital && gapOk(text, prev, tokens[p + 1]!) && !startsSentence(text, paragraph, prev.start);
    }
    const shortOnly = strong.every((t) => t.end - t.start <= 3);
    return shortOnly && (nextCapital || run.some((t) => t.capital));
  }

  function wordFinding(run: Token[], what: 'word' | 'phrase' | 'name'): Finding {
    const cp = compiled[voteProfile(run)]!;
    const english = what === 'word' ? cp.calendar.get(run[0]!.lower) : undefined;
    const language = cp.profile.name;
    const messages = {
      word: `${language} word left untranslated.`,
      phrase: `${language} phrase left untranslated.`,
      name: `${language} name left untranslated: use the institution's English name.`,
    };
    let message = messages[what];
    if (english !== undefined) message = `${language} ${english.endsWith('day') ? 'day' : 'month'} name left untranslated: ${english}.`;
    return {
      start: run[0]!.start,
      end: run[run.length - 1]!.end,
      rule: 'untranslated-word',
      category: 'accuracy/untranslated',
      severity: 'major',
      message,
      suggestions: english !== undefined ? [english] : [],
      profile: cp.profile.id,
    };
  }

  /** The profile most of the run's words point to; listed words and elisions weigh more than accents. */
  function voteProfile(run: Token[]): number {
    const votes = compiled.map(() => 0);
    for (const t of run) {
      compiled.forEach((_cp, index) => {
        if (t.profiles & (1 << index)) votes[index]! += t.listed ? 2 : 1;
      });
    }
    let best = 0;
    votes.forEach((v, index) => {
      if (v > votes[best]!) best = index;
    });
    return best;
  }
};

function startsUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return isUpper(text[at]!);
}

interface Suspect {
  /** As in the vocabulary: lower case. */
  readonly word: string;
  /** A listed word long enough to head an untranslated name ("Cámara de Diputados"). */
  readonly mayHeadName: boolean;
}

/**
 * Is this token a suspect vocabulary word that can matter here: in lower case,
 * or capitalised and able to head a name? Compares folded code units, without slicing.
 */
function isSuspect(text: string, start: number, end: number, suspects: ReadonlyMap<number, Suspect[]>, capital: boolean): boolean {
  const len = end - start;
  const list = suspects.get(len * 65536 + fold(text.charCodeAt(start)));
  if (list === undefined) return false;
  for (const { word, mayHeadName } of list) {
    if (capital && !mayHeadName) continue;
    let i = 1;
    while (i < len && fold(text.charCodeAt(start + i)) === fold(word.charCodeAt(i))) i++;
    if (i === len) return true;
  }
  return false;
}

function gapOk(text: string, left: { end: number }, right: { start: number }): boolean {
  const gap = right.start - left.end;
  return gap >= 1 && gap <= GAP_MAX && GAP.test(text.slice(left.end, right.start));
}

/** Marks the tokens of allowed phrases ("coup d'état", "chargé d'affaires") as English. */
function markAllowedPhrases(tokens: Token[], phrases: ReadonlyMap<string, string[][]>): void {
  for (let i = 0; i < tokens.length; i++) {
    const candidates = phrases.get(tokens[i]!.lower);
    if (candidates === undefined) continue;
    for (const phrase of candidates) {
      if (i + phrase.length > tokens.length) continue;
      let k = 1;
      while (k < phrase.length && tokens[i + k]!.lower === phrase[k]) k++;
      if (k < phrase.length) continue;
      for (let m = i; m < i + phrase.length; m++) tokens[m]!.kind = Kind.English;
      i += phrase.length - 1;
      break;
    }
  }
}

function isForeignParagraph(tokens: readonly Token[]): boolean {
  if (tokens.length < PARAGRAPH_MIN_WORDS) return false;
  let source = 0;
  for (const t of tokens) if (t.kind === Kind.Strong || t.kind === Kind.Ambiguous) source++;
  const share = tokens.length < PARAGRAPH_LONG_WORDS ? PARAGRAPH_SHARE_SHORT : PARAGRAPH_SHARE_LONG;
  return source / tokens.length >= share;
}

/** Does a sentence start at `at` (first word of the paragraph, or after . ! ? : or an opening quote)? */
function startsSentence(text: string, paragraph: Paragraph, at: number): boolean {
  let i = at - 1;
  while (i >= paragraph.start && /\s/.test(text[i]!)) i--;
  if (i < paragraph.start) return true;
  return /[.!?:;“"‘«(—–-]/.test(text[i]!);
}

/** A foreign phrase quoted on its own, introduced ("known as") or glossed ("(union alliance)") is deliberate. */
function isDeliberate(text: string, paragraph: Paragraph, start: number, end: number): boolean {
  const before = text.slice(Math.max(paragraph.start, start - 40), start);
  if (INTRODUCED.test(before)) return true;
  let i = start - 1;
  while (i >= paragraph.start && text[i] === ' ') i--;
  let k = end;
  while (k < paragraph.end && /[.,!?;:]/.test(text[k]!)) k++;
  if (i >= paragraph.start && OPENING_QUOTES.has(text[i]!) && k < paragraph.end && CLOSING_QUOTES.has(text[k]!)) return true;
  k = end;
  while (k < paragraph.end && (text[k] === ' ' || CLOSING_QUOTES.has(text[k]!))) k++;
  return text[k] === '(' && k + 1 < paragraph.end && /\p{Ll}/u.test(text[k + 1]!);
}
