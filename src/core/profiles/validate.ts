import { MQM_CATEGORIES, SEVERITIES } from '../model/finding';
import type { ExonymEntry, Profile } from './profile';

/**
 * A profile that does not have the shape of profile.ts. The message names the
 * profile (`where`) and the JSON path of the first problem, e.g.
 * "fr profile: calques[3].severity must be minor, major or critical (got "severe")".
 */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  constructor(
    readonly where: string,
    /** JSON path of the problem ("calques[3].severity"); empty for the profile as a whole. */
    readonly path: string,
    detail: string,
  ) {
    super(`${where}: ${path === '' ? 'the profile' : path} ${detail}`);
  }
}

/** The word classes a calque pattern may name as {class}; the calque rule expands them from the English lexicon. */
export const CALQUE_PLACEHOLDERS: readonly string[] = ['nationality', 'day', 'month', 'number'];
/** A vowel and a consonant, in transliteration rewrites (names/rewrite.ts). */
const REWRITE_PLACEHOLDERS: readonly string[] = ['V', 'C'];

const EXONYM_KINDS: readonly ExonymEntry['kind'][] = ['country', 'city', 'river', 'region', 'sea', 'mountain', 'other'];
/** {name}, but not the {L} of a Unicode property escape such as \\p{L}. */
const PLACEHOLDER = /(?<!\\[pP])\{([A-Za-z][A-Za-z0-9_-]*)\}/g;
/** What a fix may refer to, as rules/phrase-pattern.ts fills it: $0..$99, $& (the match), $$ (a dollar). */
const GROUP_REFERENCE = /\$(\d{1,2}|&|\$)/g;
const PROFILE_ID = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;
const FRANC_CODE = /^[a-z]{3}$/;

type Json = Record<string, unknown>;

function got(value: unknown): string {
  if (value === undefined) return 'it is missing';
  if (value === null) return 'got null';
  if (Array.isArray(value)) return 'got an array';
  if (typeof value === 'object') return 'got an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return value === '' ? 'got an empty string' : `got ${JSON.stringify(shown)}`;
  }
  return `got ${typeof value} ${String(value)}`;
}

function either(options: readonly string[]): string {
  return options.length <= 1 ? (options[0] ?? '') : `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
}

const at = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
const item = (path: string, index: number) => `${path}[${index}]`;

/**
 * The checks, closed over the profile's name so each can throw a precise
 * error. Every check returns the value it accepted, so the code reads as the
 * shape it checks.
 */
function checker(where: string) {
  const fail = (path: string, detail: string): never => {
    throw new ProfileError(where, path, detail);
  };
  const must = (path: string, what: string, value: unknown): never => fail(path, `must be ${what} (${got(value)})`);

  /** An object with these fields and no others; keys starting with "_" are comments and pass. */
  function record(value: unknown, path: string, fields: readonly string[]): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) must(path, 'an object', value);
    const obj = value as Json;
    for (const key of Object.keys(obj)) {
      if (key.startsWith('_') || key === '$schema' || fields.includes(key)) continue;
      fail(at(path, key), `is not a known field (known: ${fields.join(', ')})`);
    }
    return obj;
  }

  function array(value: unknown, path: string): readonly unknown[] {
    if (!Array.isArray(value)) must(path, 'an array', value);
    return value as unknown[];
  }

  /** A non-empty string; `trimmed` also refuses white space at either end, a silent mismatch in a word list. */
  function string(value: unknown, path: string, trimmed = true): string {
    if (typeof value !== 'string' || value === '') must(path, 'a non-empty string', value);
    const s = value as string;
    if (trimmed && s.trim() !== s) fail(path, `must not start or end with white space (${got(s)})`);
    return s;
  }

  function strings(value: unknown, path: string, options: { nonEmpty?: boolean; lowerCase?: boolean } = {}): readonly string[] {
    const list = array(value, path);
    if (options.nonEmpty && list.length === 0) fail(path, 'must list at least one string');
    list.forEach((s, i) => {
      const str = string(s, item(path, i));
      if (options.lowerCase && str !== str.toLowerCase()) fail(item(path, i), `must be lower case (${got(str)})`);
    });
    return list as readonly string[];
  }

  function oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
    if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) must(path, either(options), value);
    return value as T;
  }

  function boolean(value: unknown, path: string): boolean {
    if (typeof value !== 'boolean') must(path, 'true or false', value);
    return value as boolean;
  }

  function character(value: unknown, path: string): string {
    if (typeof value !== 'string' || [...value].length !== 1) must(path, 'a single character', value);
    return value as string;
  }

  return { fail, must, record, array, string, strings, oneOf, boolean, character };
}

type Checker = ReturnType<typeof checker>;

/** A list of {source, english} pairs with the source in lower case (connectors, place words); returns the English sides. */
function checkSourcePairs(c: Checker, value: unknown, path: string): { english: string; path: string }[] {
  return c.array(value, path).map((raw, i) => {
    const p = item(path, i);
    const entry = c.record(raw, p, ['source', 'english']);
    const source = c.string(entry.source, at(p, 'source'));
    if (source !== source.toLowerCase()) c.fail(at(p, 'source'), `must be lower case (${got(source)})`);
    return { english: c.string(entry.english, at(p, 'english')), path: at(p, 'english') };
  });
}

function checkPlaceWords(c: Checker, value: unknown, path: string): void {
  for (const { english, path: p } of checkSourcePairs(c, value, path)) {
    if (!english.includes('{name}')) c.fail(p, `must hold {name} where the name goes (${got(english)})`);
  }
}

function checkExonyms(c: Checker, value: unknown, path: string): void {
  const section = c.record(value, path, ['entries', 'regionNamesFromIcu', 'ignore', 'placeWords']);
  if (section.placeWords !== undefined) checkPlaceWords(c, section.placeWords, at(path, 'placeWords'));
  c.array(section.entries, at(path, 'entries')).forEach((raw, i) => {
    const p = item(at(path, 'entries'), i);
    const entry = c.record(raw, p, ['source', 'english', 'kind', 'context', 'unlessNear']);
    c.string(entry.source, at(p, 'source'));
    c.strings(entry.english, at(p, 'english'), { nonEmpty: true });
    c.oneOf(entry.kind, at(p, 'kind'), EXONYM_KINDS);
    if (entry.context !== undefined) {
      const context = c.record(entry.context, at(p, 'context'), ['before', 'after']);
      if (context.before !== undefined) c.strings(context.before, at(at(p, 'context'), 'before'));
      if (context.after !== undefined) c.strings(context.after, at(at(p, 'context'), 'after'));
    }
    if (entry.unlessNear !== undefined) c.strings(entry.unlessNear, at(p, 'unlessNear'));
  });
  c.boolean(section.regionNamesFromIcu, at(path, 'regionNamesFromIcu'));
  c.strings(section.ignore, at(path, 'ignore'));
}

/**
 * Capturing groups in a regex source that compiles: "(" not escaped, outside
 * a class, and either plain or a named group. Counted by hand because running
 * a regex to count them makes V8 compile it, which for the long
 * case-insensitive alternations of the calques costs milliseconds each, at
 * every start.
 */
function countGroups(source: string): number {
  let groups = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') {
      if (source[i + 1] !== '?') groups++;
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') groups++;
    }
  }
  return groups;
}

/** Replaces {name} placeholders (not the {L} of \p{L}) with "x", refusing names not in `known`. */
function withoutPlaceholders(c: Checker, source: string, known: readonly string[], path: string): string {
  return source.replace(PLACEHOLDER, (_whole, name: string) => {
    if (!known.includes(name)) c.fail(path, `uses unknown placeholder {${name}} (known: ${known.map((n) => `{${n}}`).join(', ')})`);
    return 'x';
  });
}

/** Compiles (which only parses: V8 compiles a regex on first use) and returns the number of capturing groups. */
function compiles(c: Checker, source: string, flags: string, path: string): number {
  try {
    new RegExp(source, flags);
  } catch (err) {
    c.fail(path, `must be a valid regular expression (${err instanceof Error ? err.message : String(err)})`);
  }
  return countGroups(source);
}

/**
 * A calque pattern must compile as the calque rule compiles it, with flag u,
 * once its {class} placeholders are expanded, and its fixes may only refer to
 * groups it has. Placeholders expand to non-capturing groups
 * (rules/phrase-pattern.ts), so they add none. The rule adds flag i unless the
 * entry is case-sensitive; i does not change what is valid syntax, and
 * leaving it out here spares the first use of ICU case folding at start.
 */
function checkCalquePattern(c: Checker, pattern: string, suggestions: readonly string[], path: string): void {
  const source = withoutPlaceholders(c, pattern, CALQUE_PLACEHOLDERS, at(path, 'pattern'));
  const groups = compiles(c, source, 'u', at(path, 'pattern'));
  suggestions.forEach((s, i) => {
    for (const m of s.matchAll(GROUP_REFERENCE)) {
      // $& and $$ need no group, and $0 is the whole match as the rule fills it.
      if (m[1] === '&' || m[1] === '$') continue;
      const n = Number(m[1]);
      if (n > groups) {
        c.fail(item(at(path, 'suggestions'), i), `refers to $${n}, but the pattern has ${groups === 1 ? '1 group' : `${groups} groups`}`);
      }
    }
  });
}

function checkCalques(c: Checker, value: unknown, path: string): void {
  const seen = new Map<string, number>();
  c.array(value, path).forEach((raw, i) => {
    const p = item(path, i);
    const entry = c.record(raw, p, ['id', 'pattern', 'message', 'suggestions', 'category', 'severity', 'caseSensitive', 'examples']);
    const id = c.string(entry.id, at(p, 'id'));
    const first = seen.get(id);
    if (first !== undefined) c.fail(at(p, 'id'), `repeats the id of ${item(path, first)} (${JSON.stringify(id)})`);
    seen.set(id, i);
    const pattern = c.string(entry.pattern, at(p, 'pattern'), false);
    c.string(entry.message, at(p, 'message'));
    const suggestions = c.array(entry.suggestions, at(p, 'suggestions'));
    suggestions.forEach((s, j) => c.string(s, item(at(p, 'suggestions'), j), false));
    c.oneOf(entry.category, at(p, 'category'), MQM_CATEGORIES);
    c.oneOf(entry.severity, at(p, 'severity'), SEVERITIES);
    if (entry.caseSensitive !== undefined) c.boolean(entry.caseSensitive, at(p, 'caseSensitive'));
    const examples = c.record(entry.examples, at(p, 'examples'), ['fire', 'quiet']);
    c.array(examples.fire, at(at(p, 'examples'), 'fire')).forEach((s, j) => c.string(s, item(at(at(p, 'examples'), 'fire'), j), false));
    c.array(examples.quiet, at(at(p, 'examples'), 'quiet')).forEach((s, j) => c.string(s, item(at(at(p, 'examples'), 'quiet'), j), false));
    checkCalquePattern(c, pattern, suggestions as string[], p);
  });
}

function checkUntranslated(c: Checker, value: unknown, path: string): void {
  const section = c.record(value, path, ['words', 'allowed', 'connectors', 'lexicon']);
  c.strings(section.words, at(path, 'words'), { lowerCase: true });
  c.strings(section.allowed, at(path, 'allowed'));
  if (section.connectors !== undefined) checkSourcePairs(c, section.connectors, at(path, 'connectors'));
  if (section.lexicon !== undefined) {
    const lexicon = c.record(section.lexicon, at(path, 'lexicon'), ['words', 'notPlurals']);
    checkLexiconWords(c, lexicon.words, at(at(path, 'lexicon'), 'words'));
    c.strings(lexicon.notPlurals, at(at(path, 'lexicon'), 'notPlurals'), { lowerCase: true });
  }
}

/** One word per line, lower case, sorted in code-unit order (the rule searches it by bisection). */
function checkLexiconWords(c: Checker, value: unknown, path: string): void {
  if (typeof value !== 'string') c.fail(path, 'must be a string, one word per line');
  const words = (value as string).split('\n');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '' || w !== w.toLowerCase() || w.trim() !== w) c.fail(`${path} line ${i + 1}`, `must be one lower-case word (got ${JSON.stringify(w)})`);
    if (i > 0 && words[i - 1]! >= w) c.fail(`${path} line ${i + 1}`, `must come after line ${i} (sorted, no repeats)`);
  }
}

function checkAcronyms(c: Checker, value: unknown, path: string): void {
  c.array(value, path).forEach((raw, i) => {
    const p = item(path, i);
    const entry = c.record(raw, p, ['source', 'english', 'meaning']);
    c.string(entry.source, at(p, 'source'));
    c.strings(entry.english, at(p, 'english'), { nonEmpty: true });
    c.string(entry.meaning, at(p, 'meaning'));
  });
}

function checkHonorifics(c: Checker, value: unknown, path: string): void {
  c.array(value, path).forEach((raw, i) => {
    const p = item(path, i);
    const entry = c.record(raw, p, ['source', 'english', 'renders']);
    c.string(entry.source, at(p, 'source'));
    // May be empty: some titles are simply dropped in English.
    c.strings(entry.english, at(p, 'english'));
    if (entry.renders !== undefined) c.string(entry.renders, at(p, 'renders'));
  });
}

function checkRewrites(c: Checker, value: unknown, path: string): void {
  c.array(value, path).forEach((raw, i) => {
    const p = item(path, i);
    const pair = c.array(raw, p);
    if (pair.length !== 2) c.fail(p, `must be a pair [source spelling, English spelling] (got ${pair.length} item${pair.length === 1 ? '' : 's'})`);
    const source = c.string(pair[0], item(p, 0), false);
    c.string(pair[1], item(p, 1), false);
    // A source is a regex over one lower-case word ("^word$" for a whole word), compiled with flag u.
    compiles(c, withoutPlaceholders(c, source, REWRITE_PLACEHOLDERS, item(p, 0)), 'u', item(p, 0));
  });
}

function checkTransliteration(c: Checker, value: unknown, path: string): void {
  const section = c.record(value, path, ['rewrites', 'markers', 'established', 'families']);
  checkRewrites(c, section.rewrites, at(path, 'rewrites'));
  c.strings(section.markers, at(path, 'markers'));
  c.strings(section.established, at(path, 'established'));
  if (section.families === undefined) return;
  c.array(section.families, at(path, 'families')).forEach((raw, i) => {
    const p = item(at(path, 'families'), i);
    const family = c.record(raw, p, ['name', 'endings', 'sourceLetters', 'rewrites']);
    c.string(family.name, at(p, 'name'));
    c.strings(family.endings, at(p, 'endings'), { nonEmpty: true, lowerCase: true });
    c.strings(family.sourceLetters, at(p, 'sourceLetters'), { nonEmpty: true, lowerCase: true });
    checkRewrites(c, family.rewrites, at(p, 'rewrites'));
  });
}

function checkNumbers(c: Checker, value: unknown, path: string): void {
  const section = c.record(value, path, ['decimalSeparator', 'groupSeparators']);
  const decimal = c.character(section.decimalSeparator, at(path, 'decimalSeparator'));
  c.array(section.groupSeparators, at(path, 'groupSeparators')).forEach((s, i) => {
    const p = item(at(path, 'groupSeparators'), i);
    if (c.character(s, p) === decimal) c.fail(p, `must differ from decimalSeparator (${got(s)})`);
  });
}

const TOP_LEVEL = ['id', 'name', 'franc', 'locale', 'exonyms', 'calques', 'untranslated', 'acronyms', 'honorifics', 'transliteration', 'numbers'];

/**
 * Checks that `raw` (parsed JSON) has the whole shape of a Profile and returns
 * it typed; throws a ProfileError naming `where` and the JSON path of the first
 * problem. Runs on the built-in profiles at every start, so it stays a single
 * cheap pass.
 */
export function validateProfile(raw: unknown, where: string): Profile {
  const c = checker(where);
  const profile = c.record(raw, '', TOP_LEVEL);
  const id = c.string(profile.id, 'id');
  if (!PROFILE_ID.test(id)) c.must('id', 'a lower-case language code such as "fr"', id);
  c.string(profile.name, 'name');
  const franc = c.string(profile.franc, 'franc');
  if (!FRANC_CODE.test(franc)) c.must('franc', 'a three-letter ISO 639-3 code such as "fra"', franc);
  const locale = c.string(profile.locale, 'locale');
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    c.must('locale', 'a BCP 47 language tag such as "fr"', locale);
  }
  checkExonyms(c, profile.exonyms, 'exonyms');
  checkCalques(c, profile.calques, 'calques');
  checkUntranslated(c, profile.untranslated, 'untranslated');
  checkAcronyms(c, profile.acronyms, 'acronyms');
  checkHonorifics(c, profile.honorifics, 'honorifics');
  checkTransliteration(c, profile.transliteration, 'transliteration');
  checkNumbers(c, profile.numbers, 'numbers');
  return raw as Profile;
}
