import type { Article, Paragraph } from '../article/article';
import { wordsIn } from '../article/words';
import { detectLanguage } from '../language';
import type { Finding } from '../model/finding';
import type { Profile } from '../profiles/profile';
import { nameWords, WordClass } from '../names/name-words';
import type { RuleFactory } from './rule';
import { createSourceLexicon, LEXICON_MIN } from './source-lexicon';
import { normalizeWord } from './source-word';
import { createConnectorMatcher } from './untranslated-connectors';
import englishData from './data/untranslated.json';

/**
 * Source-language text left in the English: whole paragraphs (judged by
 * franc, once a cheap count says a paragraph may be foreign), words and
 * phrases ("selon l'Observatoire", "millions de dollars", "jubilados"), and
 * institution names English translates ("Conseil constitutionnel",
 * "Audiencia Nacional").
 *
 * A word counts as source-language when it is one of a profile's listed
 * words, an elided form ("l'armée", "qu'il"), or a lower-case word carrying
 * the profile's accented letters that English has not borrowed (the profile's
 * `allowed` list: café, communiqué, née...). Short function words that English
 * only uses inside loan phrases or names ("de", "la", "del", "y") are listed
 * but not allowed: on their own between English words they are a finding,
 * inside "de facto" (an allowed phrase) or "Charles de Gaulle" (a name) not.
 * Capitalised words are names (Élysée, José): they only join a phrase next to
 * a source word, or head an institution name.
 */

/** Characters that glue a word into a web address, e-mail address, path or handle. */
const ADDRESS_GLUE = /[/@#_\\=&]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Part of an address rather than prose: "https" in "https://", "elpais" in
 * "elpais.com" or "@elpais", "noticias" in "/noticias/". Such words are
 * never untranslated text, whatever language they are in.
 */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && ADDRESS_GLUE.test(before)) return true;
  if (after !== undefined && ADDRESS_GLUE.test(after)) return true;
  if (after === ':' && text[end + 1] === '/') return true;
  // A dot with a letter straight after it: a domain ("elpais.com"), not a full stop.
  const next = text[end + 1];
  return after === '.' && next !== undefined && LETTER_OR_DIGIT.test(next) && !/[A-Z]/.test(next);
}

/** How a token reads: English, a source word, a capitalised or ambiguous one that only counts next to source words. */
const enum Kind {
  English = 0,
  /** Capitalised source word or accented name: joins a phrase, never makes one. */
  Weak = 1,
  /** Lower-case source word: makes a finding. */
  Strong = 2,
  /** Lower-case word also used in English ("plus", "pays"): joins a phrase between source words. */
  Ambiguous = 3,
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  /** Lower case without accents, for institution names. */
  readonly key: string;
  readonly capital: boolean;
  kind: Kind;
  /** Bit set of the profiles the word may come from. */
  profiles: number;
  /** True when the word is a listed word or elision (a firmer vote for its profile than accents alone). */
  listed: boolean;
  /** A listed word of at most three letters ("de", "La", "del", "y"): a particle inside names, never their foreign mark. */
  short: boolean;
  /** Part of an allowed phrase ("coup d'état", "Cour des comptes"): English, whatever its words. */
  fixed: boolean;
}

interface CompiledProfile {
  readonly profile: Profile;
  /** Accented letters of the language (those its words use). */
  readonly letters: ReadonlySet<number>;
  /** Source day and month names -> English ("vendredi" -> "Friday"), from ICU. */
  readonly calendar: ReadonlyMap<string, string>;
}

/** An institution name of a profile's table, as folded tokens, with its English name. */
interface Institution {
  readonly source: string;
  readonly keys: readonly string[];
  readonly english: string;
  readonly bit: number;
  readonly index: number;
}

/** What a word form (lower case) is to this rule; see makeForm. */
interface Form {
  /** Lower case, apostrophes straight, NFC. */
  readonly word: string;
  /** Without accents ("conseil d'etat"), for institution names. */
  readonly key: string;
  /** First word of a name in an institution table. */
  readonly head: boolean;
  /** Bit set of the profiles the word may come from. */
  readonly profiles: number;
  /** Listed, elided ("l'armée") or with a listed ending ("seguridad"). */
  readonly listed: boolean;
  /** Listed and allowed: also English ("plus", "pays"). */
  readonly ambiguous: boolean;
  /** Listed and at most three letters ("de", "del", "y"). */
  readonly short: boolean;
  /** Length of the elided prefix ("l'" is 2); 0 for none. */
  readonly elided: number;
  /** Any source word: listed, elided, with a listed ending or an accent English has not borrowed. */
  readonly source: boolean;
  /** May make a finding in lower case. */
  readonly lower: boolean;
  /** May matter capitalised: heading a name, opening a sentence. */
  readonly capital: boolean;
}

/** Word forms worked out are kept up to this many (a few megabytes), then forgotten. */
const FORM_CACHE_MAX = 50_000;
/** A listed noun heading an untranslated name is at least this long ("Cámara"); shorter ones are function words. */
const NAME_HEAD_MIN = 6;
/** Listed words this short are particles ("de", "la", "del", "y"). */
const PARTICLE_MAX = 3;
/** A lower-case ambiguous word this long may go on a French-style name ("Conseil national"); "a" may not. */
const NAME_ADJECTIVE_MIN = 4;
/** Paragraphs shorter than this are not judged as a whole. */
const PARAGRAPH_MIN_WORDS = 5;
/** Share of source words (listed, accented, elided, ambiguous) from which franc is asked about a paragraph. */
const PARAGRAPH_SHARE_SHORT = 0.4;
const PARAGRAPH_SHARE_LONG = 0.25;
const PARAGRAPH_LONG_WORDS = 12;
/** A short paragraph with this many English function words ("the", "was") is English with source words in it. */
const SHORT_PARAGRAPH_ENGLISH_STOPS = 1;
/** At most this much between two words of one phrase: spaces, a comma. */
const GAP_MAX = 4;
const GAP = /^[\s,]*$/;
/** Inside a name only spaces: "the Conseil d'État, Macron said" ends at the comma. */
const NAME_GAP = /^[ \t\u00a0]{1,2}$/;
// A foreign phrase introduced as such is deliberate: chanting "No pasarán", known as the "cepo".
const INTRODUCED = /(?:known as|called|dubbed|nicknamed|so-called|the (?:word|words|term|phrase|slogan|motto|chant|expression)|chant(?:ing|ed|s)?|shout(?:ing|ed|s)?|slogans?|mottos?|in (?:French|Spanish)[^.!?]{0,20}?)[\s,:]*["“‘'«]?\s*$/i;
const OPENING_QUOTES = new Set(['"', '“', '‘', '«', "'"]);
const CLOSING_QUOTES = new Set(['"', '”', '’', '»', "'"]);
/** English plural numbers a source "de" follows: "5 millions de dollars" is "5 million dollars". */
const ENGLISH_MULTIPLIERS = /^(?:m|b|tr)illions$/;
const DIGITS = /^\d+$/;
/** English nouns that, after "the" and a capitalised word, make it a name: "the Fuentes brothers". */
const NAME_FOLLOWERS: ReadonlySet<string> = new Set(englishData.nameFollowers);
/** An ending only counts after a stem this long: "seguridad" has one, "baron" not. */
const ENDING_STEM_MIN = 3;
/** English words that open a noun phrase: "Selon the ministry" is French, "Fuentes said" a name. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'some', 'all', 'several', 'many', 'most']);
const NUMBERS = /^(?:(?:hundred|thousand|million|billion|trillion|dozen)s?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|half)$/;
/** Between a phrase and the name it runs into: spaces and particles ("según fuentes del Ayuntamiento"). */
const JOIN_GAP = /^[ \p{L}'’]+$/u;
const JOIN_GAP_MAX = 12;

/** Lower case without accents, for matching institution names however MT spells them ("Conseil d'Etat"). */
function keyOf(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) >= 0xc0) return lower.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return lower;
}

function hasAccent(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0xc0) return true;
  return false;
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

/**
 * The profile's institution names and their English ones ("Conseil
 * constitutionnel" -> "Constitutional Council"). They sit under
 * `untranslated._institutions` in the profile JSON until the profile type
 * carries them, so they are read defensively.
 */
function institutionsOf(profile: Profile): [string, string][] {
  const raw = (profile.untranslated as { readonly _institutions?: unknown })._institutions;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  return Object.entries(raw as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
}

export const untranslatedRule: RuleFactory = (profiles) => {
  const compiled: CompiledProfile[] = [];
  /** Listed word -> bit set of the profiles listing it. */
  const words = new Map<string, number>();
  const elisions: { prefix: string; bit: number }[] = [];
  /** Word endings no English word has ("-idad", "-aient", "-t-il"), by their last code unit. */
  const endings = new Map<number, { ending: string; bit: number }[]>();
  const allowed = new Set<string>();
  /** First token of an allowed phrase -> its token lists, longest first. */
  const phrases = new Map<string, string[][]>();
  const letters = new Set<number>();
  /** First folded token of an institution name -> the names, longest first. */
  const institutions = new Map<string, Institution[]>();
  /** Every day and month name of the profiles. */
  const calendarWords = new Set<string>();
  const formCache = new Map<string, Form>();

  // A profile is a bit of a 32-bit set: at most 30 are read.
  const used = profiles.slice(0, 30);
  used.forEach((profile, index) => {
    const bit = 1 << index;
    const own = new Set<number>();
    for (const raw of profile.untranslated.words) {
      const w = normalizeWord(raw.toLowerCase());
      if (w.endsWith("'")) {
        elisions.push({ prefix: w, bit });
        continue;
      }
      if (w.startsWith('*') && w.length > 2) {
        const ending = w.slice(1);
        const key = ending.charCodeAt(ending.length - 1);
        endings.set(key, [...(endings.get(key) ?? []), { ending, bit }]);
        continue;
      }
      words.set(w, (words.get(w) ?? 0) | bit);
      for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0xc0) own.add(w.charCodeAt(i));
    }
    for (const c of own) letters.add(c);
    const calendar = calendarOf(profile.locale);
    for (const w of calendar.keys()) calendarWords.add(w);
    compiled.push({ profile, letters: own, calendar });
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
    for (const [source, english] of institutionsOf(profile)) {
      const key = keyOf(normalizeWord(source.toLowerCase()));
      const keys = wordsIn(key).map((s) => key.slice(s.start, s.end));
      if (keys.length === 0) continue;
      const list = institutions.get(keys[0]!) ?? [];
      list.push({ source, keys, english, bit, index });
      list.sort((a, b) => b.keys.length - a.keys.length);
      institutions.set(keys[0]!, list);
    }
  });
  // Elided forms are matched longest first ("jusqu'" before "qu'").
  elisions.sort((a, b) => b.prefix.length - a.prefix.length);
  const francCodes = compiled.map((c) => c.profile.franc);
  const lexicon = createSourceLexicon(used);
  const connectors = createConnectorMatcher(profiles);

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

  /** Bit set of the profiles with an ending this word has after a stem of a few letters ("seguridad"); 0 for none. */
  function endingProfiles(w: string): number {
    const list = endings.get(w.charCodeAt(w.length - 1));
    if (list === undefined) return 0;
    let bits = 0;
    for (const e of list) if (w.length >= e.ending.length + ENDING_STEM_MIN && w.endsWith(e.ending)) bits |= e.bit;
    return bits;
  }

  /**
   * A hyphenated compound opening on a source word ("haut-commissariat",
   * "sous-marin" without its accent): the profiles of that first word when it
   * is a lexicon word or a listed one long enough not to be a particle
   * ("de-escalation" and "la-la" are English).
   */
  function hyphenHeadProfiles(w: string): number {
    const hyphen = w.indexOf('-');
    if (hyphen < LEXICON_MIN) return 0;
    const head = w.slice(0, hyphen);
    if (allowed.has(head)) return 0;
    return lexicon.profilesOf(head) | (words.get(head) ?? 0);
  }

  /** What a word form is, as vocabulary() gives it (lower case); worked out once per process and kept. */
  function formOf(v: string): Form {
    let form = formCache.get(v);
    if (form !== undefined) return form;
    if (formCache.size >= FORM_CACHE_MAX) formCache.clear();
    form = makeForm(v);
    formCache.set(v, form);
    return form;
  }

  function makeForm(v: string): Form {
    const word = normalizeWord(v);
    const key = keyOf(word);
    const head = institutions.has(key);
    const base = { word, key, head, profiles: 0, listed: false, ambiguous: false, short: false, elided: 0, source: false, lower: false, capital: head };
    const listed = words.get(word);
    if (listed !== undefined) {
      const ambiguous = allowed.has(word);
      const short = word.length <= PARTICLE_MAX;
      // A capitalised listed word matters heading a name, or opening a sentence ("Selon the police").
      const capital = head || word.length >= NAME_HEAD_MIN || (!short && !ambiguous);
      return { ...base, profiles: listed, listed: true, ambiguous, short, source: true, lower: !ambiguous || calendarWords.has(word), capital };
    }
    if (isAllowed(word)) return base;
    const elision = elisionOf(word);
    if (elision !== undefined) return { ...base, profiles: elision.bit, listed: true, elided: elision.prefix.length, source: true, lower: true, capital: true };
    const ending = endingProfiles(word);
    if (ending !== 0) return { ...base, profiles: ending, listed: true, source: true, lower: true };
    const accents = accentProfiles(word);
    if (accents !== 0) return { ...base, profiles: accents, source: true, lower: true };
    const common = lexicon.profilesOf(word) || hyphenHeadProfiles(word);
    if (common !== 0) return { ...base, profiles: common, source: true, lower: true };
    return base;
  }

  function classify(text: string, start: number, end: number, form: Form): Token {
    const capital = startsUpper(text, start);
    const token: Token = { start, end, lower: form.word, key: form.key, capital, kind: Kind.English, profiles: form.profiles, listed: form.listed, short: form.short, fixed: false };
    if (!form.source || inAddress(text, start, end)) return token;
    if (form.elided > 0) {
      // "L'armée" opening a sentence is as French as "l'armée"; "L'Oréal", "d'Estaing" are names.
      token.kind = startsUpper(text, start + form.elided) ? Kind.Weak : Kind.Strong;
    } else {
      token.kind = capital ? Kind.Weak : form.ambiguous ? Kind.Ambiguous : Kind.Strong;
    }
    return token;
  }

  /** A lower-case listed function word of a name ("de", "del", "la", "y"), or an elided one glued to a word. */
  function isParticle(t: Token): boolean {
    return !t.capital && t.short && t.kind === Kind.Strong;
  }

  /** A word that makes a capitalised name foreign: listed or elided, not a particle, not English too. */
  function isMarked(t: Token): boolean {
    return t.listed && !t.short && !t.fixed && !allowed.has(t.lower);
  }

  /**
   * Two readings the word list alone cannot give: a sentence that opens on a
   * listed word ("Según the ministry, ...", "Selon the police, ...") and a day
   * or month name that is also English after a day number ("le 8 mars").
   */
  function promote(text: string, paragraph: Paragraph, tokens: Token[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.fixed) continue;
      if (t.kind === Kind.Weak && t.listed && !t.short && !allowed.has(t.lower)) {
        const next = tokens[i + 1];
        if (next === undefined || next.capital || next.kind === Kind.Weak || !gapOk(text, t, next)) continue;
        // "The Pharaons had...": a lone capitalised source noun after "the" names a team or a
        // people English translates (the Pharaohs); a real name runs on ("the Banque de France").
        const prev = tokens[i - 1];
        if (prev !== undefined && prev.lower === 'the' && next.kind === Kind.English && !NAME_FOLLOWERS.has(next.lower) && NAME_GAP.test(text.slice(prev.end, t.start)) && !t.lower.includes("'")) {
          t.kind = Kind.Strong;
          continue;
        }
        if (!startsSentence(text, paragraph, t.start)) continue;
        // Accented words are no names English copy has ("Según", "Après"); others need an English noun phrase after them.
        if (hasAccent(t.lower) || (DETERMINERS.has(next.lower) && NAME_GAP.test(text.slice(t.end, next.start)))) t.kind = Kind.Strong;
      } else if (t.kind === Kind.Ambiguous && calendarWords.has(t.lower)) {
        const prev = tokens[i - 1];
        if (prev !== undefined && DIGITS.test(prev.lower) && NAME_GAP.test(text.slice(prev.end, t.start))) t.kind = Kind.Strong;
      }
    }
  }

  return {
    family: 'untranslated',
    rules: [
      { id: 'untranslated-paragraph', description: 'A whole paragraph left in the source language.' },
      { id: 'untranslated-word', description: 'Source-language words, phrases or institution names left in the English ("selon", "millions de dollars", "Audiencia Nacional").' },
    ],
    run(ctx) {
      const { article } = ctx;
      const text = article.text;
      const found = connectors.find(article);
      for (const f of found) ctx.emit(f);
      const table = article.wordTable();
      // Cheap gate: most English articles have no word form that could make a finding.
      const formsOf: (Form | undefined)[] = new Array(table.forms.length);
      let any = false;
      table.forms.forEach((v, id) => {
        const form = formOf(v);
        if (form.lower || form.capital) {
          formsOf[id] = form;
          any = true;
        }
      });
      if (!any) return;
      for (const paragraph of article.paragraphs) {
        const first = table.paragraphFirst[paragraph.index]!;
        const last = table.paragraphFirst[paragraph.index + 1]!;
        let suspect = false;
        for (let i = first; i < last && !suspect; i++) {
          const form = formsOf[table.ids[i]!];
          if (form !== undefined) suspect = startsUpper(text, table.starts[i]!) ? form.capital : form.lower;
        }
        if (!suspect) continue;
        const tokens: Token[] = [];
        for (let i = first; i < last; i++) tokens.push(classify(text, table.starts[i]!, table.ends[i]!, formsOf[table.ids[i]!] ?? formOf(table.forms[table.ids[i]!]!)));
        markAllowedPhrases(tokens, phrases);
        if (found.length > 0) markConnectors(tokens, found);
        if (isForeignParagraph(text, tokens) && emitParagraph(ctx.emit, article, paragraph)) continue;
        promote(text, paragraph, tokens);
        for (const finding of phraseFindings(text, paragraph, tokens, nameFindings(text, paragraph, tokens))) ctx.emit(finding);
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

  function phraseFindings(text: string, paragraph: Paragraph, tokens: Token[], names: readonly Finding[]): Finding[] {
    const out: Finding[] = [];
    const named = (t: Token) => names.some((f) => f.start <= t.start && t.end <= f.end);
    const source = (t: Token) => t.kind !== Kind.English && !named(t);
    let i = 0;
    while (i < tokens.length) {
      if (!source(tokens[i]!)) {
        i++;
        continue;
      }
      // Grow a run of source words; an English word may sit between two strong ones ("une source militaire").
      let j = i;
      while (j + 1 < tokens.length) {
        const next = tokens[j + 1]!;
        if (!gapOk(text, tokens[j]!, next)) break;
        if (source(next)) {
          j++;
          continue;
        }
        const after = tokens[j + 2];
        const sandwiched =
          tokens[j]!.kind === Kind.Strong &&
          !next.capital &&
          !named(next) &&
          after !== undefined &&
          after.kind === Kind.Strong &&
          !named(after) &&
          gapOk(text, next, after) &&
          !/\d/.test(next.lower);
        if (!sandwiched) break;
        j += 2;
      }
      const runEnd = j;
      let a = i;
      let b = j;
      // A leading "A" or ambiguous word is the English around the phrase: "A grève générale was called".
      while (a <= b && (tokens[a]!.kind === Kind.Ambiguous || (tokens[a]!.capital && tokens[a]!.short && allowed.has(tokens[a]!.lower)))) a++;
      while (b >= a && tokens[b]!.kind === Kind.Ambiguous) b--;
      // A particle before a name is the name's: "la ville de Kharkiv" ends at "ville";
      // before an English noun it takes the noun in: "milliards de dirhams".
      while (b > a && isParticle(tokens[b]!) && startsCapitalName(text, tokens, b)) b--;
      let end = b;
      const after = tokens[b + 1];
      if (b > a && isParticle(tokens[b]!) && after !== undefined && !after.capital && after.kind === Kind.English && !after.fixed && NAME_GAP.test(text.slice(tokens[b]!.end, after.start))) end = b + 1;
      i = runEnd + 1;
      if (a > b) continue;
      const run = tokens.slice(a, b + 1);
      const strong = run.filter((t) => t.kind === Kind.Strong);
      if (strong.length === 0) continue;
      if (isNamePart(text, paragraph, tokens, a, b, run, strong)) continue;
      if (isDeliberate(text, paragraph, tokens, a, b)) continue;
      const particlesOnly = functionWordsOnly(run);
      // A run of particles takes the noun before it in ("the so-called crisis de los cayucos"): so does the introduction.
      if (particlesOnly && a > 0 && isDeliberate(text, paragraph, tokens, a - 1, b)) continue;
      // Three source particles in a row ("ils ont dit") are French whatever stands beside them.
      if (particlesOnly && run.length < 3 && besideEnglishFunctionWord(text, tokens, a, b)) continue;
      out.push(particlesOnly && run.length < 3 ? particleFinding(text, tokens, a, b) : wordFinding(tokens, tokens.slice(a, end + 1), end === a ? 'word' : 'phrase'));
    }
    return joinNames(text, tokens, out, names);
  }

  /**
   * A phrase running into a name is one passage: "según fuentes del
   * Ayuntamiento". The name's finding is dropped, the phrase's widened.
   */
  function joinNames(text: string, tokens: Token[], found: Finding[], names: readonly Finding[]): Finding[] {
    const out: Finding[] = [];
    const joined = new Set<Finding>();
    for (const f of found) {
      let end = f.end;
      for (const n of names) {
        if (n.start < end || joined.has(n)) continue;
        const between = tokens.filter((t) => t.start >= end && t.end <= n.start);
        if (n.start - end <= JOIN_GAP_MAX && JOIN_GAP.test(text.slice(end, n.start)) && between.every((t) => isParticle(t))) {
          joined.add(n);
          end = n.end;
        }
      }
      out.push(end === f.end ? f : { ...f, end, message: f.message.replace(' word ', ' phrase ') });
    }
    return [...names.filter((n) => !joined.has(n)), ...out];
  }

  /** Does a capitalised word follow token `b` directly ("de Gaulle")? */
  function startsCapitalName(text: string, tokens: Token[], b: number): boolean {
    const next = tokens[b + 1];
    return next !== undefined && next.capital && gapOk(text, tokens[b]!, next);
  }

  /**
   * "of la la land", "the x and y axes": MT leaves a source function word among
   * source content words, not next to an English function word.
   */
  function besideEnglishFunctionWord(text: string, tokens: Token[], a: number, b: number): boolean {
    const table = nameWords().table;
    // The name extractor's stop words take in numbers too: "millions de dollars" stays suspect.
    const functionWord = (t: Token | undefined) => t !== undefined && !NUMBERS.test(t.lower) && (table.flagsOf(text, t.start, t.end) & WordClass.stop) !== 0;
    return functionWord(tokens[a - 1]) || functionWord(tokens[b + 1]);
  }

  /** A run of short function words only ("de", "de la", "y"): the finding takes in the words around it. */
  function functionWordsOnly(run: Token[]): boolean {
    return run.every((t) => t.short && !t.capital);
  }

  /**
   * "millions de dollars", "decision de la commission": a source function word
   * between two English words. The finding covers the words either side, so
   * the editor sees the phrase to rewrite; "millions de dollars" gets "million dollars".
   */
  function particleFinding(text: string, tokens: Token[], a: number, b: number): Finding {
    const prev = tokens[a - 1];
    const next = tokens[b + 1];
    const left = prev !== undefined && !prev.capital && prev.kind === Kind.English && NAME_GAP.test(text.slice(prev.end, tokens[a]!.start)) ? prev : undefined;
    const right = next !== undefined && !next.capital && next.kind === Kind.English && NAME_GAP.test(text.slice(tokens[b]!.end, next.start)) ? next : undefined;
    const run = [...(left ? [left] : []), ...tokens.slice(a, b + 1), ...(right ? [right] : [])];
    const finding = wordFinding(tokens, tokens.slice(a, b + 1), 'phrase');
    const suggestions = left && right && a === b && ENGLISH_MULTIPLIERS.test(left.lower) ? [`${left.lower.slice(0, -1)} ${text.slice(right.start, right.end)}`] : [];
    return { ...finding, start: run[0]!.start, end: run[run.length - 1]!.end, suggestions };
  }

  /**
   * Institution names left in the source language. A name opens on a head:
   * the first word of a name in the profile's table ("Conseil", "Audiencia",
   * "Ministerio") or a long listed word ("Fiscalía"), capitalised. It runs on
   * over capitalised words and particles (Spanish style: "Cámara de
   * Diputados") and over lower-case source words, or English ones after a
   * particle (French style: "Conseil national de transition", "Cour de
   * cassation"). It is foreign when it matches the table, or holds a listed
   * word or a lower-case word (English capitalises every word of a name).
   * Names English keeps ("Cour des comptes", "Banque de France") have neither.
   */
  function nameFindings(text: string, paragraph: Paragraph, tokens: Token[]): Finding[] {
    const out: Finding[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const head = tokens[i]!;
      if (!head.capital || head.fixed) continue;
      const candidates = institutions.get(head.key);
      const listedHead = head.kind === Kind.Weak && head.listed && !head.short && head.end - head.start >= NAME_HEAD_MIN;
      if ((candidates === undefined && !listedHead) || calendarWords.has(head.lower)) continue;
      let j = i;
      let marked = 0;
      let particle = false;
      let lowerCase = false;
      let afterParticle = false;
      while (j + 1 < tokens.length && NAME_GAP.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) {
        const t = tokens[j + 1]!;
        if (t.fixed) break;
        if (isParticle(t)) {
          particle = afterParticle = true;
        } else if (t.capital || (t.listed && t.kind === Kind.Weak)) {
          // Capitalised, or elided before a capital ("d'État").
          if (isMarked(t)) marked++;
          afterParticle = false;
        } else if (t.kind === Kind.Strong || (t.kind === Kind.Ambiguous && t.end - t.start >= NAME_ADJECTIVE_MIN)) {
          marked++;
          lowerCase = true;
          afterParticle = false;
        } else if (afterParticle && t.kind === Kind.English && !/\d/.test(t.lower)) {
          lowerCase = true;
          afterParticle = false;
        } else break;
        j++;
      }
      while (j > i && isParticle(tokens[j]!)) j--;
      const match = candidates === undefined ? undefined : matchInstitution(tokens, i, j, candidates);
      // A table name followed by English words in capitals ("Audiencia Nacional Orders...") ends with the table's.
      if (match !== undefined && !tokens.slice(i + match.keys.length, j + 1).some((t) => isParticle(t) || isMarked(t) || !t.capital)) j = i + match.keys.length - 1;
      const second = tokens[i + 1];
      let foreign: boolean;
      // A one-word name must be spelt as the table has it: "Cámara" is the chamber, "Camara" a Guinean surname.
      if (match !== undefined) foreign = match.keys.length > 1 || j > i || (!allowed.has(head.lower) && normalizeWord(match.source.toLowerCase()) === head.lower);
      else if (candidates !== undefined) foreign = j > i && (marked > 0 || lowerCase);
      else foreign = j > i && ((marked > 0 && (particle || (second !== undefined && second.listed))) || lowerCase);
      if (!foreign) continue;
      if (isDeliberate(text, paragraph, tokens, i, j)) {
        i = j;
        continue;
      }
      out.push(nameFinding(tokens, i, j, match));
      i = j;
    }
    return out;
  }

  /** The longest table name starting at token i and ending by token j. */
  function matchInstitution(tokens: Token[], i: number, j: number, candidates: readonly Institution[]): Institution | undefined {
    for (const name of candidates) {
      if (name.keys.length - 1 > j - i) continue;
      let k = 1;
      while (k < name.keys.length && tokens[i + k]!.key === name.keys[k]) k++;
      if (k === name.keys.length) return name;
    }
    return undefined;
  }

  function nameFinding(tokens: Token[], i: number, j: number, match: Institution | undefined): Finding {
    const run = tokens.slice(i, j + 1);
    const index = match !== undefined ? match.index : voteProfile(tokens, run);
    const cp = compiled[index]!;
    const language = cp.profile.name;
    const whole = match !== undefined && match.keys.length === run.length;
    let message = `${language} name left untranslated: use the institution's English name.`;
    if (match !== undefined) message = whole ? `${language} name left untranslated: ${match.english}.` : `${language} name left untranslated ("${match.source}" is ${match.english}).`;
    return {
      start: run[0]!.start,
      end: run[run.length - 1]!.end,
      rule: 'untranslated-word',
      category: 'accuracy/untranslated',
      severity: 'major',
      message,
      suggestions: whole ? [match.english] : [],
      profile: cp.profile.id,
    };
  }

  /** Particles and accents inside a name: "Palais des Nations", "Charles de Gaulle", "Hôtel des Invalides". */
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
    const shortOnly = strong.every((t) => t.end - t.start <= PARTICLE_MAX);
    return shortOnly && (nextCapital || run.some((t) => t.capital));
  }

  function wordFinding(tokens: Token[], run: Token[], what: 'word' | 'phrase'): Finding {
    const cp = compiled[voteProfile(tokens, run)]!;
    const english = what === 'word' ? cp.calendar.get(run[0]!.lower) : undefined;
    const language = cp.profile.name;
    let message = what === 'word' ? `${language} word left untranslated.` : `${language} phrase left untranslated.`;
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

  /**
   * The profile most of the run's words point to; listed words and elisions
   * weigh more than accents. Words both languages share ("de", "la") are
   * settled by the rest of the paragraph.
   */
  function voteProfile(tokens: Token[], run: Token[]): number {
    const votes = tally(run);
    if (votes.filter((v) => v === Math.max(...votes)).length > 1) {
      const context = tally(tokens);
      votes.forEach((_v, index) => (votes[index]! += context[index]! / 1000));
    }
    let best = 0;
    votes.forEach((v, index) => {
      if (v > votes[best]!) best = index;
    });
    return best;
  }

  function tally(run: readonly Token[]): number[] {
    const votes = compiled.map(() => 0);
    for (const t of run) {
      if (t.profiles === 0) continue;
      compiled.forEach((_cp, index) => {
        if (t.profiles & (1 << index)) votes[index]! += t.listed ? 2 : 1;
      });
    }
    return votes;
  }
};

function startsUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return isUpper(text[at]!);
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
      for (let m = i; m < i + phrase.length; m++) {
        tokens[m]!.kind = Kind.English;
        tokens[m]!.fixed = true;
      }
      i += phrase.length - 1;
      break;
    }
  }
}

function isForeignParagraph(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length < PARAGRAPH_MIN_WORDS) return false;
  const table = nameWords().table;
  let source = 0;
  let englishStops = 0;
  tokens.forEach((t, i) => {
    if (t.kind === Kind.English) {
      // In lower case only: "On ne sait pas" opens on a French "On".
      if (!t.capital && (table.flagsOf(text, t.start, t.end) & WordClass.stop) !== 0) englishStops++;
      return;
    }
    if (t.kind !== Kind.Strong && t.kind !== Kind.Ambiguous) return;
    // Particles of names ("Juan Martín del Potro", "John le Carré") say nothing of the paragraph's language.
    if (t.short && (tokens[i - 1]?.capital === true || tokens[i + 1]?.capital === true)) return;
    source++;
  });
  const short = tokens.length < PARAGRAPH_LONG_WORDS;
  // "The projet de loi passed on Monday.": a short English sentence with a French phrase in it.
  if (short && englishStops >= SHORT_PARAGRAPH_ENGLISH_STOPS) return false;
  return source / tokens.length >= (short ? PARAGRAPH_SHARE_SHORT : PARAGRAPH_SHARE_LONG);
}

/** Does a sentence start at `at` (first word of the paragraph, or after . ! ? : or an opening quote)? */
function startsSentence(text: string, paragraph: Paragraph, at: number): boolean {
  let i = at - 1;
  while (i >= paragraph.start && /\s/.test(text[i]!)) i--;
  if (i < paragraph.start) return true;
  return /[.!?:;“"‘«(—–-]/.test(text[i]!);
}

/**
 * A foreign phrase quoted on its own, introduced ("known as"), glossed
 * ("(union alliance)", "(National Court)") or itself the gloss of the English
 * before it ("the National Court (Audiencia Nacional)") is deliberate.
 */
function isDeliberate(text: string, paragraph: Paragraph, tokens: readonly Token[], a: number, b: number): boolean {
  const start = tokens[a]!.start;
  const end = tokens[b]!.end;
  const before = text.slice(Math.max(paragraph.start, start - 40), start);
  if (INTRODUCED.test(before)) return true;
  let i = start - 1;
  while (i >= paragraph.start && text[i] === ' ') i--;
  let k = end;
  while (k < paragraph.end && /[.,!?;:]/.test(text[k]!)) k++;
  if (i >= paragraph.start && OPENING_QUOTES.has(text[i]!) && k < paragraph.end && CLOSING_QUOTES.has(text[k]!)) return true;
  k = end;
  while (k < paragraph.end && text[k] === ' ') k++;
  const prev = tokens[a - 1];
  if (i >= paragraph.start && text[i] === '(' && text[k] === ')' && prev !== undefined && prev.kind === Kind.English && prev.end <= i) return true;
  while (k < paragraph.end && (text[k] === ' ' || CLOSING_QUOTES.has(text[k]!))) k++;
  if (text[k] !== '(' || k + 2 >= paragraph.end) return false;
  // "(a joint committee)" or "(National Court)" glosses; "(CNT)", an acronym, does not.
  return /\p{Ll}/u.test(text[k + 1]!) || (/\p{Lu}/u.test(text[k + 1]!) && /\p{Ll}/u.test(text[k + 2]!));
}

/**
 * Words of a connector already reported with its English ("Toutefois" ->
 * "However") are not reported again. Both lists are in text order, so one
 * walk over them does (a large input holds thousands of connectors).
 */
function markConnectors(tokens: Token[], found: readonly Finding[]): void {
  if (tokens.length === 0) return;
  let c = lowerBound(found, tokens[0]!.start);
  for (const t of tokens) {
    while (c < found.length && found[c]!.end < t.end) c++;
    if (c === found.length) return;
    if (found[c]!.start <= t.start && t.end <= found[c]!.end) {
      t.fixed = true;
      t.kind = Kind.English;
    }
  }
}

/** Index of the first connector ending at or after `at`. */
function lowerBound(found: readonly Finding[], at: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid]!.end < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
