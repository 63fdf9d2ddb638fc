import { escapeRegExp } from '../escape-regexp';
import { isLetterOrDigitUnit, isSurrogateUnit, isWordUnit } from '../article/code-class';
import { ENGLISH } from '../lexicon/lexicon';
import { PRECOMPILED_PHRASES } from './phrase-precompiled';

/**
 * The phrase pattern syntax of calque entries (CalqueEntry in profile.ts):
 * a JavaScript regular expression source, matched case-insensitively unless
 * told otherwise, that must start and end on word boundaries. On top of plain
 * regex syntax:
 * - `{nationality}`, `{day}`, `{month}`, `{number}` stand for word classes of
 *   the English lexicon (non-capturing, so `$1` in fixes still counts the
 *   entry's own groups);
 * - a literal space matches any run of white space, so a phrase still matches
 *   when a hard-wrapped line breaks inside it.
 *
 * Besides the regex, compiling derives the words a match cannot do without
 * (every alternative considered), so a rule can skip an entry at the cost of a
 * few set look-ups when the article lacks them.
 */

/** A required set of words and how far into a match one of them starts at most. */
export interface Anchor {
  readonly words: readonly string[];
  readonly lead: number;
}

const WORD_CLASSES: Readonly<Record<string, readonly string[]>> = {
  nationality: ENGLISH.demonyms,
  day: ENGLISH.days,
  month: ENGLISH.months,
  number: ENGLISH.numberWords,
};

const PLACEHOLDER = /\{(nationality|day|month|number)\}/g;
const LETTER = /[\p{L}\p{N}\p{M}]/u;
// A match may not start or end inside a token as the tokenizer (article/words.ts) sees it:
// letters, digits and marks, joined by inner apostrophes and hyphens. A possessive
// "'s" may follow ("the Hebrew state's army").
//
// Both checks are written as regexes (the definition) but mostly answered in
// code (startOfWord, endSurelyHolds): a regex with \p classes costs about a
// millisecond to build and two more on first use, and with ~200 entries that
// was most of the CLI's start-up. The regexes are built only when the code
// cannot be sure (astral characters, a few case-folding oddities).
const BEFORE_SOURCE = String.raw`(?<![\p{L}\p{N}\p{M}]|[\p{L}\p{N}\p{M}]['’\-‐])`;
const AFTER = String.raw`(?![\p{L}\p{N}\p{M}]|['’](?![sS](?![\p{L}\p{N}\p{M}]))[\p{L}\p{N}]|[\-‐][\p{L}\p{N}])`;
let beforeRegex: RegExp | undefined;

const classSources = new Map<string, string>();

/** Source of a {class}, built once: the nationality list is long and sorting it per entry showed at start-up. */
function classSource(name: string): string {
  let source = classSources.get(name);
  if (source === undefined) {
    source = buildClassSource(name);
    classSources.set(name, source);
  }
  return source;
}

function buildClassSource(name: string): string {
  const words = [...(WORD_CLASSES[name] ?? [])].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Numbers may also be written in digits ("since 10 years").
  if (name === 'number') words.unshift(String.raw`\d+(?:[.,]\d+)*`);
  return `(?:${words.join('|')})`;
}

/** Expands placeholders and literal spaces (outside character classes) of a pattern. */
function expandPattern(pattern: string): string {
  const withClasses = pattern.replace(PLACEHOLDER, (_m, name: string) => classSource(name));
  let out = '';
  let inClass = false;
  for (let i = 0; i < withClasses.length; i++) {
    const ch = withClasses[i]!;
    if (ch === '\\') {
      out += ch + (withClasses[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ' ') {
      // Keep a quantifier meaningful: " ?" must stay "optional space".
      out += /[?*+{]/.test(withClasses[i + 1] ?? '') ? String.raw`(?:\s+)` : String.raw`\s+`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Index just past the group opening at `open` (a "(" in `source`), or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Is there a "|" outside every group and class? */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** Splits leading lookbehinds off a source: they become guards tested at each candidate. */
function splitGuards(source: string): { rest: string; guards: string[] } {
  const guards: string[] = [];
  let rest = source;
  while (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
    const end = groupEnd(rest, 0);
    if (end < 0) break;
    guards.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  // "(?<=a)b|c" guards only its first alternative: leave such a pattern whole.
  if (guards.length === 0 || rest === '' || hasTopLevelAlternation(rest)) return { rest: source, guards: [] };
  return { rest, guards };
}

/**
 * What compiling derives from a pattern, as plain data: the CLI bundle carries
 * it precomputed for the built-in profiles (see phrase-precompiled.ts), so a
 * fresh process does not parse ~200 patterns before checking one story.
 */
export interface PhraseAnalysis {
  /** The regex source without its leading lookbehinds (placeholders and spaces expanded). */
  readonly body: string;
  readonly flags: string;
  /** Sources of the leading lookbehinds, tested at each candidate's start. */
  readonly guards: readonly string[];
  /**
   * Sets of lower-case words; every match contains at least one word of each
   * set as a whole token. Most selective first; empty when nothing could be derived.
   */
  readonly required: readonly (readonly string[])[];
  /**
   * Required sets whose position in a match is known, most promising first:
   * one of the set's words starts at most `lead` characters after the match
   * start. A search can then try match starts only just before the
   * occurrences of one of them (the rarest in the article at hand).
   */
  readonly anchors: readonly Anchor[];
  /**
   * The most selective required set whose words lie inside every match (not
   * in a lookaround, which may look past the match and its paragraph); null
   * when there is none. Unlike an anchor its position may be unbounded.
   */
  readonly matchWords: readonly string[] | null;
  /** Code units (folded, see `foldCode`) a match can start with; null when unknown. */
  readonly firstChars: readonly number[] | null;
}

/**
 * A compiled phrase. Its full regexes are built on first use: most entries
 * never match a given story, and the CLI checking one story should not pay
 * for building ~200 of them. Only the bare regex (without the end-of-word
 * check) and the guards are built at once, to refuse an invalid pattern up
 * front; they are cheap.
 */
export class PhrasePattern {
  private bareGlobal?: RegExp;
  private fullGlobal?: RegExp;
  private fullSticky?: RegExp;
  private readonly body: string;
  private readonly flags: string;
  private bareStickyRegex?: RegExp;
  private guardRegexes?: readonly RegExp[];
  private readonly guardSources: readonly string[];
  /** See PhraseAnalysis. */
  readonly required: readonly (readonly string[])[];
  /** See PhraseAnalysis. */
  readonly anchors: readonly Anchor[];
  /** See PhraseAnalysis. */
  readonly matchWords: readonly string[] | null;
  private readonly firstCharList: readonly number[] | null;
  private firstCharSet?: ReadonlySet<number> | null;

  constructor(analysis: PhraseAnalysis) {
    const { body, flags } = analysis;
    this.body = body;
    this.flags = flags;
    // Regexes are built on first use: an article makes only a few dozen of well over a thousand entries live.
    this.guardSources = analysis.guards;
    this.required = analysis.required;
    this.anchors = analysis.anchors;
    this.matchWords = analysis.matchWords;
    this.firstCharList = analysis.firstChars;
  }

  /**
   * Code units (folded, see `foldCode`) a match can start with; null when
   * unknown. Made into a set on first use, like the regexes: only live entries need it.
   */
  get firstChars(): ReadonlySet<number> | null {
    if (this.firstCharSet === undefined) this.firstCharSet = this.firstCharList === null ? null : new Set(this.firstCharList);
    return this.firstCharSet;
  }

  /** The pattern without the end-of-word check (AFTER), sticky: what most matching runs. */
  get bareSticky(): RegExp {
    return (this.bareStickyRegex ??= new RegExp(`(?:${this.body})`, `y${this.flags}`));
  }

  /** Sticky regexes that must all match at a candidate's start (the leading lookbehinds). */
  get guards(): readonly RegExp[] {
    return (this.guardRegexes ??= this.guardSources.map((g) => new RegExp(g, `y${this.flags}`)));
  }

  /**
   * Global regex over the whole text, without the pattern's leading lookbehinds
   * and the start-of-word check, which a lookbehind at the very start makes
   * slow to scan with; `nextMatch` applies them at each candidate.
   */
  get regex(): RegExp {
    return (this.fullGlobal ??= new RegExp(`(?:${this.body})${AFTER}`, `g${this.flags}`));
  }

  /** The same, sticky: tried at one position. */
  get sticky(): RegExp {
    return (this.fullSticky ??= new RegExp(`(?:${this.body})${AFTER}`, `y${this.flags}`));
  }

  /** The bare pattern, global: finds candidates for `nextMatch`. */
  get bare(): RegExp {
    return (this.bareGlobal ??= new RegExp(`(?:${this.body})`, `g${this.flags}`));
  }
}

/** The key of a pattern among precomputed analyses. */
export function phraseKey(pattern: string, caseSensitive: boolean): string {
  return `${caseSensitive ? 'u' : 'iu'} ${pattern}`;
}

/** Derives the regex sources and the required words of a calque pattern; builds no regex. */
export function analyzePhrasePattern(pattern: string, caseSensitive = false): PhraseAnalysis {
  const source = expandPattern(pattern);
  const flags = caseSensitive ? 'u' : 'iu';
  const { rest, guards } = splitGuards(source);
  let found: Requirement[] = [];
  let firstChars: Set<number> | null = null;
  try {
    const tree = parseAlternatives(new Cursor(source), false);
    found = requirementsOfGroup(tree, true, true, 0);
    firstChars = firstCharsOfGroup(tree, []);
  } catch {
    // A construct the small parser below does not know: run the entry on every article.
    found = [];
  }
  found.sort(bySelectivity);
  const matchWords = found.find((r) => r.inLook !== true)?.words ?? null;
  found = found.filter((r) => r.matchOnly !== true);
  // The few most selective sets do the filtering; checking "the" and "of" as well only costs time.
  const required = dedupeSets(found.map((r) => r.words)).slice(0, REQUIRED_SETS_KEPT);
  // An anchor trades selectivity against how far back from it a match may start.
  const anchors = found
    .filter((r) => Number.isFinite(r.lead))
    .sort((x, y) => requirementCost(x) * (1 + x.lead / 32) - requirementCost(y) * (1 + y.lead / 32))
    // Besides the best, keep only alternatives without everyday short words ("the", "of"),
    // or short lists ("January|February|..."): the rule picks the rarest in each article.
    .filter((r, i) => i === 0 || requirementCost(r) <= ANCHOR_COST_MAX || r.words.length <= ANCHOR_ALTERNATIVE_WORDS)
    .slice(0, ANCHORS_KEPT)
    .map((r) => ({ words: r.words, lead: r.lead }));
  return { body: rest, flags, guards, required, anchors, matchWords, firstChars: firstChars === null ? null : [...firstChars] };
}

/** Compiles one calque pattern; throws SyntaxError when the regex is invalid. */
export function compilePhrasePattern(pattern: string, caseSensitive = false): PhrasePattern {
  const analysis = PRECOMPILED_PHRASES.get(phraseKey(pattern, caseSensitive)) ?? analyzePhrasePattern(pattern, caseSensitive);
  return new PhrasePattern(analysis);
}

function lowerCode(c: number): number {
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** Lower-case code units of Latin-1 and Latin Extended-A/B, computed once. */
const LATIN_LOWER = Uint16Array.from({ length: 0x250 }, (_v, c) => lowerCode(c));
const foldCache = new Map<number, number>();

/**
 * A UTF-16 code unit in lower case, with the curly apostrophe as a straight
 * one: lets rules compare text with pattern words code by code, without
 * slicing (lower-casing two-byte strings goes through ICU and is slow).
 */
export function foldCode(c: number): number {
  if (c < 0x250) return LATIN_LOWER[c]!;
  if (c === 0x2019) return 39;
  let f = foldCache.get(c);
  if (f === undefined) {
    f = lowerCode(c);
    foldCache.set(c, f);
  }
  return f;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const HYPHEN_UNICODE = 0x2010;

function isJoinerCode(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN || c === HYPHEN_UNICODE;
}

/**
 * BEFORE, answered from code units: 1 when a match may start at `at`, 0 when
 * not, -1 when a surrogate makes it unsure (BEFORE reads code points).
 */
function startOfWord(text: string, at: number): number {
  if (at === 0) return 1;
  const c = text.charCodeAt(at - 1);
  if (isSurrogateUnit(c)) return -1;
  if (isWordUnit(c)) return 0;
  if (!isJoinerCode(c) || at < 2) return 1;
  const d = text.charCodeAt(at - 2);
  if (isSurrogateUnit(d)) return -1;
  return isWordUnit(d) ? 0 : 1;
}

/**
 * True when AFTER surely holds at `end`, answered from code units. False when
 * it fails or might: the caller then runs the regex with AFTER, which may also
 * backtrack to a shorter match. Left to the regex: surrogates, and the two
 * characters flag i adds to AFTER's classes (U+017F ſ matches [sS], U+0345
 * matches [\p{L}\p{N}]).
 */
function endSurelyHolds(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (Number.isNaN(c)) return true;
  if (isSurrogateUnit(c) || isWordUnit(c)) return false;
  const apostrophe = c === APOSTROPHE || c === RIGHT_QUOTE;
  if (!apostrophe && c !== HYPHEN && c !== HYPHEN_UNICODE) return true;
  const d = text.charCodeAt(end + 1);
  if (isSurrogateUnit(d) || d === 0x345 || d === 0x17f) return false;
  if (!isLetterOrDigitUnit(d)) return true;
  // A joiner and a letter: inside a word, unless it is a possessive "'s" ending there.
  if (!apostrophe || (d !== 0x73 && d !== 0x53)) return false;
  const e = text.charCodeAt(end + 2);
  return !isSurrogateUnit(e) && !isWordUnit(e);
}

/** Do the start-of-word check and the guards hold for a match starting at `at`? */
function startHolds(pattern: PhrasePattern, text: string, at: number): boolean {
  const start = startOfWord(text, at);
  if (start === 0) return false;
  if (start < 0) {
    const before = (beforeRegex ??= new RegExp(BEFORE_SOURCE, 'uy'));
    before.lastIndex = at;
    if (!before.test(text)) return false;
  }
  for (const g of pattern.guards) {
    g.lastIndex = at;
    if (!g.test(text)) return false;
  }
  return true;
}

/**
 * The match at `at` of the pattern with its end-of-word check. The bare
 * pattern's first match is the one the full regex would find whenever the
 * check holds at its end (same backtracking order); otherwise the full regex,
 * built on first need, decides. Without a bare match there is no full one.
 */
function fullMatchAt(pattern: PhrasePattern, text: string, at: number): RegExpExecArray | null {
  const bare = pattern.bareSticky;
  bare.lastIndex = at;
  const m = bare.exec(text);
  return m === null || endSurelyHolds(text, m.index + m[0].length) ? m : stickyAt(pattern, text, at);
}

function stickyAt(pattern: PhrasePattern, text: string, at: number): RegExpExecArray | null {
  const full = pattern.sticky;
  full.lastIndex = at;
  return full.exec(text);
}

/** The match of a phrase pattern starting exactly at `at`, or null. */
export function matchAt(pattern: PhrasePattern, text: string, at: number): RegExpExecArray | null {
  const m = fullMatchAt(pattern, text, at);
  if (m === null || m[0].length === 0 || !startHolds(pattern, text, at)) return null;
  return m;
}

/**
 * The next match of a phrase pattern in `text` at or after `from` that starts
 * on a word boundary and passes the pattern's guards; null when none is left.
 * The bare regex finds where to look (the full one cannot match earlier).
 */
export function nextMatch(pattern: PhrasePattern, text: string, from: number): RegExpExecArray | null {
  const { bare } = pattern;
  bare.lastIndex = from;
  for (;;) {
    const found = bare.exec(text);
    if (found === null) return null;
    const at = found.index;
    const m = endSurelyHolds(text, at + found[0].length) ? found : stickyAt(pattern, text, at);
    if (m !== null && m[0].length > 0 && startHolds(pattern, text, at)) return m;
    // Next position, a whole code point on (flag u never starts inside a surrogate pair).
    const c = text.charCodeAt(at);
    bare.lastIndex = at + (c >= 0xd800 && c <= 0xdbff && isSurrogateUnit(text.charCodeAt(at + 1)) ? 2 : 1);
  }
}

/** Fills `$1`..`$99` and `$&` of a fix from a match; an unmatched group gives "". */
export function fillTemplate(template: string, match: RegExpExecArray): string {
  return template.replace(/\$(\d{1,2}|&|\$)/g, (_m, ref: string) => {
    if (ref === '$') return '$';
    if (ref === '&') return match[0];
    return match[Number(ref)] ?? '';
  });
}

/**
 * Carries the case of the match's first letter over to a fix: "In the framework
 * of" at a sentence start gives "As part of". A fix that starts with a capital
 * (a name, "Israel") keeps it.
 */
export function matchFirstLetterCase(matched: string, fix: string): string {
  const first = matched.charAt(0);
  if (first === '' || first.toUpperCase() === first.toLowerCase()) return fix;
  if (first === first.toUpperCase() && fix.length > 0) return fix.charAt(0).toUpperCase() + fix.slice(1);
  return fix;
}

// ---------------------------------------------------------------------------
// A small regex reader, enough for the requirement analysis. It knows literal
// characters, escapes, classes, groups (capturing, named, non-capturing,
// lookaround), alternation and quantifiers.

type Edge = 'boundary' | 'word' | 'other';

interface Item {
  readonly kind: 'char' | 'boundary' | 'other' | 'group';
  /** For 'char': the literal character. */
  readonly char?: string;
  /** For 'group'. */
  readonly alternatives?: Item[][];
  readonly look?: 'ahead' | 'behind' | 'negative';
  /** May match nothing (quantifier with a zero minimum). */
  readonly optional: boolean;
  /** Most UTF-16 units it can match (white space runs count as WHITE_SPACE_MAX); Infinity if unbounded. */
  readonly maxLen: number;
  /**
   * Every string of word characters it can match, lower-cased, when they are
   * few: a letter, a class of letters ("[Pp]"), a group of such ("(?:ed|s)"),
   * any of them optional ("s?", "" among them). Lets a word be read through
   * them: "candidates?" needs "candidate" or "candidates".
   */
  readonly spellings?: readonly string[];
  /**
   * For a class of a joiner and a separator ("[- ]"), read as a group: one
   * alternative joins two parts into one token ("vice-presidency"), the other
   * ends a token. A sequence holding one is read once per alternative.
   */
  readonly splits?: true;
  /** Quantified to match more than once ("+", "*", "{2,}"). */
  readonly repeats?: true;
}

/** Words of the pattern a match must contain (one of `words`), and how far into a match the word starts at most. */
interface Requirement {
  readonly words: string[];
  /** NaN where unknown (the word sits in a lookbehind, before the match). */
  readonly lead: number;
  /** The word sits in a lookaround: in the article, but maybe outside the match. */
  readonly inLook?: boolean;
  /** Only a candidate for matchWords (see requirementsOfGroup), not for required sets or anchors. */
  readonly matchOnly?: boolean;
}

const REQUIRED_SETS_KEPT = 3;
const ANCHORS_KEPT = 3;
const ANCHOR_COST_MAX = 12;
/** Words of a costly anchor still worth keeping as an alternative: the rule counts its occurrences per article. */
const ANCHOR_ALTERNATIVE_WORDS = 16;

/** A run of white space in a phrase is rarely longer; a longer one only costs a missed match. */
const WHITE_SPACE_MAX = 4;

/**
 * An item with every field present, in one order: items of one shape keep
 * property reads fast while ~800 patterns are read at set-up (objects spread
 * together from optional fields took many shapes, and set-up ~100 ms longer).
 */
function makeItem(kind: Item['kind'], optional: boolean, maxLen: number, more: Partial<Item> = {}): Item {
  return {
    kind,
    char: more.char,
    alternatives: more.alternatives,
    look: more.look,
    optional,
    maxLen,
    spellings: more.spellings,
    splits: more.splits,
    repeats: more.repeats,
  };
}

class Cursor {
  i = 0;
  constructor(readonly s: string) {}
  peek(offset = 0): string {
    return this.s[this.i + offset] ?? '';
  }
  done(): boolean {
    return this.i >= this.s.length;
  }
}

const WORD_JOINERS = new Set(["'", '’', '-', '‐']);
// \s is white space and \b a word boundary: both separate words.
const SPACE_ESCAPES = new Set(['s', 'b']);
const GROUP_PREFIXES: readonly (readonly [string, Item['look']])[] = [
  ['?:', undefined],
  ['?=', 'ahead'],
  ['?!', 'negative'],
  ['?<=', 'behind'],
  ['?<!', 'negative'],
];

function parseAlternatives(c: Cursor, inGroup: boolean): Item[][] {
  const alternatives: Item[][] = [[]];
  while (!c.done()) {
    const ch = c.peek();
    if (ch === ')') {
      if (!inGroup) throw new SyntaxError('unbalanced )');
      break;
    }
    if (ch === '|') {
      c.i++;
      alternatives.push([]);
      continue;
    }
    const atom = parseAtom(c);
    const quantified = applyQuantifier(c, atom);
    alternatives[alternatives.length - 1]!.push(quantified);
  }
  return alternatives;
}

function parseAtom(c: Cursor): Item {
  const ch = c.peek();
  if (ch === '(') {
    c.i++;
    let look: Item['look'];
    if (c.peek() === '?') {
      const head = c.s.slice(c.i, c.i + 4);
      const prefix = GROUP_PREFIXES.find(([p]) => head.startsWith(p));
      if (prefix) {
        c.i += prefix[0].length;
        look = prefix[1];
      } else if (head.startsWith('?<')) {
        const close = c.s.indexOf('>', c.i);
        if (close < 0) throw new SyntaxError('bad group name');
        c.i = close + 1;
      } else {
        throw new SyntaxError('unknown group');
      }
    }
    const alternatives = parseAlternatives(c, true);
    if (c.peek() !== ')') throw new SyntaxError('unclosed group');
    c.i++;
    const maxLen = look !== undefined ? 0 : Math.max(...alternatives.map(sequenceMaxLen));
    // A group's spellings are found on first need (see spellingsOf): most groups never sit in a word.
    return makeItem('group', look !== undefined, maxLen, { alternatives, look });
  }
  if (ch === '[') return parseClass(c);
  if (ch === '\\') {
    const e = c.peek(1);
    if (e === 'p' || e === 'P' || e === 'u' || e === 'x' || e === 'k') {
      // \p{..}, \u{..}/\uXXXX, \xXX, \k<name>: not a literal word character we can use.
      c.i += 2;
      if (c.peek() === '{') c.i = c.s.indexOf('}', c.i) + 1;
      else if (c.peek() === '<') c.i = c.s.indexOf('>', c.i) + 1;
      else if (e === 'u') c.i += 4;
      else if (e === 'x') c.i += 2;
      return makeItem('other', false, 2);
    }
    c.i += 2;
    if (SPACE_ESCAPES.has(e)) return makeItem('boundary', false, e === 's' ? 1 : 0);
    if (/[A-Za-z0-9]/.test(e)) return makeItem('other', false, 2);
    // An escaped punctuation mark is a literal character.
    return charItem(e);
  }
  c.i++;
  if (ch === '.') return makeItem('other', false, 2);
  if (ch === '^' || ch === '$') return makeItem('boundary', false, 0);
  return charItem(ch);
}

/** One spelling list per letter, shared by every item of it. */
const letterSpellings = new Map<string, readonly string[]>();

function charItem(ch: string): Item {
  if (!isWordChar(ch)) return makeItem('char', false, 1, { char: ch });
  let spellings = letterSpellings.get(ch);
  if (spellings === undefined) {
    spellings = [ch.toLowerCase()];
    letterSpellings.set(ch, spellings);
  }
  return makeItem('char', false, 1, { char: ch, spellings });
}

/** A class without letters, digits or joiners ("[,.;]") only ever matches a boundary; anything else is unknown. */
function parseClass(c: Cursor): Item {
  const start = c.i;
  c.i++;
  const negated = c.peek() === '^';
  if (negated) c.i++;
  let wordy = false;
  // The members one by one, while each is a plain character (no range, no escape but \s).
  let members: Set<string> | null = negated ? null : new Set();
  while (!c.done() && c.peek() !== ']') {
    const ch = c.peek();
    if (ch === '\\') {
      const e = c.peek(1);
      if ((/[A-Za-z0-9]/.test(e) && e !== 's') || WORD_JOINERS.has(e)) wordy = true;
      if (e === 's') members?.add(' ');
      else members = null;
      c.i += 2;
      continue;
    }
    // A hyphen or an apostrophe may join two parts of one token ("vice-presidency"): no boundary.
    if (LETTER.test(ch) || WORD_JOINERS.has(ch)) wordy = true;
    if (ch === '-' && members !== null && members.size > 0 && c.peek(1) !== ']') members = null; // a range
    members?.add(ch);
    c.i++;
  }
  if (c.done()) throw new SyntaxError(`unclosed class at ${start}`);
  c.i++;
  const list = members === null ? [] : [...members];
  const kind = !negated && !wordy ? 'boundary' : 'other';
  if (list.length > 0 && list.every((m) => LETTER.test(m))) return makeItem(kind, false, 2, { spellings: [...new Set(list.map((m) => m.toLowerCase()))] });
  const other = makeItem(kind, false, 2);
  if (list.length === 0 || !list.some((m) => WORD_JOINERS.has(m)) || list.some((m) => LETTER.test(m))) return other;
  // Joiners and separators only: each joiner a literal, the separators one boundary.
  const joiners = list.filter((m) => WORD_JOINERS.has(m));
  const alternatives: Item[][] = joiners.map((j) => [charItem(j)]);
  if (joiners.length < list.length) alternatives.push([makeItem('boundary', false, 2)]);
  const spellings = spellingsOfAlternatives(alternatives);
  return makeItem('group', false, 2, { alternatives, spellings, splits: true });
}

function applyQuantifier(c: Cursor, atom: Item): Item {
  const q = c.peek();
  let min = -1;
  let max = 1;
  if (q === '?' || q === '*' || q === '+') {
    min = q === '+' ? 1 : 0;
    max = q === '?' ? 1 : Infinity;
    c.i++;
  } else if (q === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(c.s.slice(c.i));
    if (m) {
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      c.i += m[0].length;
    }
  }
  if (min < 0) return atom;
  if (c.peek() === '?') c.i++; // lazy
  // A repeated letter ("u+") no longer spells a fixed word; keep it out of literal words.
  const kind = atom.kind === 'char' ? 'other' : atom.kind;
  const spaces = atom.kind === 'boundary' && atom.maxLen === 1;
  const maxLen = max === Infinity ? (spaces ? WHITE_SPACE_MAX : Infinity) : atom.maxLen * max;
  // Only "x?" keeps a short list of spellings (with "" for the absent x); "x+" has no end of them.
  const once = atom.spellings;
  const spellings = once !== undefined && max === 1 ? (min === 0 ? [...once, ''] : once) : undefined;
  return makeItem(kind, atom.optional || min === 0, maxLen, { ...atom, spellings, repeats: max > 1 || atom.repeats === true ? true : undefined });
}

/** isWordChar by character, filled as patterns are read: the \p regex per character showed in set-up profiles. */
const wordChars = new Map<string, boolean>();

function isWordChar(ch: string): boolean {
  let known = wordChars.get(ch);
  if (known === undefined) {
    known = LETTER.test(ch) || WORD_JOINERS.has(ch);
    wordChars.set(ch, known);
  }
  return known;
}

/** What the text may have right at the start (or end) of an alternative. */
function edgeOf(items: readonly Item[], fromEnd: boolean): Edge {
  const first = fromEnd ? items[items.length - 1] : items[0];
  if (first === undefined || first.optional) return 'other';
  if (first.kind === 'boundary') return 'boundary';
  if (first.kind === 'char') return isWordChar(first.char!) ? 'word' : 'boundary';
  if (first.kind === 'group' && first.look === undefined) {
    const edges = first.alternatives!.map((a) => edgeOf(a, fromEnd));
    return edges.every((e) => e === 'boundary') ? 'boundary' : 'other';
  }
  return 'other';
}

/**
 * Is the text just outside position `index` (to the left or right) certainly a
 * word boundary? `outer` says what lies beyond the sequence's own end.
 */
function boundedAt(items: readonly Item[], index: number, step: 1 | -1, outer: boolean): boolean {
  for (let k = index; k >= 0 && k < items.length; k += step) {
    const it = items[k]!;
    if (it.kind === 'group' && it.look !== undefined) {
      // A lookahead to the right (a lookbehind to the left) that starts with a boundary proves one.
      const usable = (it.look === 'ahead' && step === 1) || (it.look === 'behind' && step === -1);
      if (usable && it.alternatives!.every((a) => edgeOf(a, step === -1) === 'boundary')) return true;
      continue; // zero-width: look further
    }
    if (it.kind === 'group') {
      // Each alternative read on into what lies beyond the group: "((?:next )?)" may match nothing.
      const beyond = boundedAt(items, k + step, step, outer);
      const inside = it.alternatives!.every((a) => boundedAt(a, step === 1 ? 0 : a.length - 1, step, beyond));
      return inside && (!it.optional || beyond);
    }
    const edge: Edge = it.kind === 'boundary' ? 'boundary' : it.kind === 'char' ? (isWordChar(it.char!) ? 'word' : 'boundary') : 'other';
    if (edge !== 'boundary') return false;
    if (!it.optional) return true;
    // An optional boundary-edged item: when absent, whatever follows decides.
  }
  return outer;
}

/** Folded first code units of a sequence followed by `rest` (what comes after it); null when unknown. */
function firstCharsOfSequence(items: readonly Item[], rest: readonly (readonly Item[])[]): Set<number> | null {
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    // Zero-width items say nothing about the first character.
    if (it.maxLen === 0) continue;
    if (it.kind === 'char') return it.optional ? null : new Set([foldCode(it.char!.charCodeAt(0))]);
    if (it.kind !== 'group') return null;
    const after = [items.slice(k + 1), ...rest];
    const inner = firstCharsOfGroup(it.alternatives!, after);
    if (inner === null) return null;
    if (!it.optional) return inner;
    const following = firstCharsOfSequence(items.slice(k + 1), rest);
    if (following === null) return null;
    for (const c of following) inner.add(c);
    return inner;
  }
  if (rest.length === 0) return null;
  return firstCharsOfSequence(rest[0]!, rest.slice(1));
}

function firstCharsOfGroup(alternatives: readonly Item[][], rest: readonly (readonly Item[])[]): Set<number> | null {
  const out = new Set<number>();
  for (const alt of alternatives) {
    const chars = firstCharsOfSequence(alt, rest);
    if (chars === null) return null;
    for (const c of chars) out.add(c);
  }
  return out;
}

function sequenceMaxLen(items: readonly Item[]): number {
  let n = 0;
  for (const it of items) n += it.maxLen;
  return n;
}

/**
 * Requirements of one sequence whose outer edges are (or are not) known
 * boundaries; `base` is the most characters before the sequence in a match.
 */
function requirementsOfSequence(items: readonly Item[], left: boolean, right: boolean, base: number): Requirement[] {
  const split = items.findIndex((it) => it.splits === true && it.spellings === undefined);
  if (split >= 0) {
    const before = items.slice(0, split);
    const after = items.slice(split + 1);
    return requirementsOfGroup(items[split]!.alternatives!.map((alt) => [...before, ...alt, ...after]), left, right, base);
  }
  const out: Requirement[] = [];
  let offset = base;
  let k = 0;
  while (k < items.length) {
    const it = items[k]!;
    const spelled = spelledWordAt(items, k, left, right);
    if (spelled !== null) {
      out.push({ words: spelled.words, lead: offset });
      for (; k < spelled.end; k++) offset += items[k]!.maxLen;
      continue;
    }
    if (it.kind === 'char' && isWordChar(it.char!)) {
      let end = k;
      let word = '';
      while (end < items.length && items[end]!.kind === 'char' && isWordChar(items[end]!.char!)) {
        word += items[end]!.char!;
        end++;
      }
      const complete =
        boundedAt(items, k - 1, -1, left) &&
        boundedAt(items, end, 1, right) &&
        !WORD_JOINERS.has(word[0]!) &&
        !WORD_JOINERS.has(word[word.length - 1]!);
      if (complete) out.push({ words: [word.toLowerCase()], lead: offset });
      offset += end - k;
      k = end;
      continue;
    }
    // Positive lookarounds count too: the text they look at is in the article as well.
    if (it.kind === 'group' && it.look !== 'negative' && (!it.optional || it.look !== undefined)) {
      const groupRight = it.look === 'ahead' ? false : boundedAt(items, k + 1, 1, right);
      const groupLeft = it.look === 'behind' ? false : boundedAt(items, k - 1, -1, left);
      const inner = requirementsOfGroup(it.alternatives!, groupLeft, groupRight, it.look === 'behind' ? NaN : offset);
      out.push(...(it.look === undefined ? inner : inner.map((r) => ({ ...r, inLook: true }))));
    }
    offset += it.maxLen;
    k++;
  }
  // Only worth the extra readings when no rare word was found ("president" is enough).
  const best = mostSelective(out);
  const glued = best !== undefined && requirementCost(best) <= RARE_SET_COST ? -1 : gluedGroupAt(items);
  if (glued >= 0) {
    // Read once more with the group's alternatives in its place: "flagran(?:cy|ce|t delict)" then spells whole words.
    const it = items[glued]!;
    const alternatives = it.optional ? [...it.alternatives!, []] : it.alternatives!;
    const before = items.slice(0, glued);
    const after = items.slice(glued + 1);
    out.push(...requirementsOfGroup(alternatives.map((alt) => [...before, ...alt, ...after]), left, right, base));
  }
  return out;
}

/** Most alternatives of a group glued to a word that are read one by one, and most readings of one sequence. */
const GLUED_ALTERNATIVES_MAX = 8;
const GLUED_READINGS_MAX = 64;
/** A set this cheap (one word of five letters or more, see wordCost) filters well enough. */
const RARE_SET_COST = 3;

/**
 * The first group glued to a letter (nothing between them) that the letters
 * cannot be read through ("flagran(?:cy|t delict)", "(?:ex-|old )?metropole"),
 * or -1. Only small groups, matched once, and only while the readings of the
 * whole sequence stay few.
 */
function gluedGroupAt(items: readonly Item[]): number {
  const wordy = (it: Item | undefined) => it !== undefined && (spellingsOf(it) !== undefined || (it.kind === 'char' && isWordChar(it.char!)));
  let first = -1;
  let readings = 1;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind !== 'group' || it.look !== undefined || it.splits === true || it.repeats === true) continue;
    if (!wordy(items[k - 1]) && !wordy(items[k + 1])) continue;
    if (spellingsOf(it) !== undefined) continue;
    const n = it.alternatives!.length + (it.optional ? 1 : 0);
    if (n > GLUED_ALTERNATIVES_MAX) continue;
    readings *= n;
    if (first < 0) first = k;
  }
  return readings <= GLUED_READINGS_MAX ? first : -1;
}

const groupSpellings = new WeakMap<Item, readonly string[] | null>();

/** An item's spellings (see Item.spellings); a group's are worked out on first need and kept. */
function spellingsOf(it: Item): readonly string[] | undefined {
  if (it.kind !== 'group' || it.splits === true) return it.spellings;
  if (it.look !== undefined || it.repeats === true) return undefined;
  let known = groupSpellings.get(it);
  if (known === undefined) {
    const base = spellingsOfAlternatives(it.alternatives!);
    known = base === undefined ? null : it.optional ? [...base, ''] : base;
    groupSpellings.set(it, known);
  }
  return known ?? undefined;
}

/** Could the item have spellings? A cheap test before spellingsOf. */
function mayBeSpelled(it: Item): boolean {
  return it.spellings !== undefined || (it.kind === 'group' && it.look === undefined && it.repeats !== true);
}

/** Most spellings of one word worth listing: "demand(?:ed|s|ing)?" has four. */
const SPELLINGS_MAX = 32;

/** The spellings of a sequence, every item's in turn (a product); undefined when an item has none or they are too many. */
function spellingsOfSequence(items: readonly Item[]): string[] | undefined {
  let out = [''];
  for (const it of items) {
    const tails = spellingsOf(it);
    if (tails === undefined || out.length * tails.length > SPELLINGS_MAX) return undefined;
    // Most items are one letter: extend every spelling in place.
    if (tails.length === 1) for (let i = 0; i < out.length; i++) out[i] += tails[0]!;
    else out = out.flatMap((head) => tails.map((tail) => head + tail));
  }
  return out;
}

function spellingsOfAlternatives(alternatives: readonly Item[][]): string[] | undefined {
  // A long list ("{nationality}") is no word's spellings: refused before any is built.
  if (alternatives.length > SPELLINGS_MAX) return undefined;
  const out = new Set<string>();
  for (const alt of alternatives) {
    const spellings = spellingsOfSequence(alt);
    if (spellings === undefined) return undefined;
    for (const w of spellings) out.add(w);
  }
  return out.size <= SPELLINGS_MAX ? [...out] : undefined;
}

/**
 * A whole word spelled by the run of items from `k` that plain characters
 * alone do not spell: a letter class, an optional letter or a group inside it
 * ("[Pp]resident", "candidates?", "rejoic(ed|es|e|ing)"). Null when the run
 * is plain letters or one group (read as before), or is not a whole word.
 */
function spelledWordAt(items: readonly Item[], k: number, left: boolean, right: boolean): { words: string[]; end: number } | null {
  let end = k;
  let plain = true;
  // A lone group is read as before: no need to find its spellings.
  const first = items[k]!;
  if (first.kind === 'group' && !(k + 1 < items.length && mayBeSpelled(items[k + 1]!))) return null;
  while (end < items.length && spellingsOf(items[end]!) !== undefined) {
    if (items[end]!.kind !== 'char') plain = false;
    end++;
  }
  if (plain || (end === k + 1 && items[k]!.kind === 'group')) return null;
  const words = spellingsOfSequence(items.slice(k, end));
  if (words === undefined) return null;
  for (const w of words) if (w === '' || WORD_JOINERS.has(w[0]!) || WORD_JOINERS.has(w[w.length - 1]!)) return null;
  if (!boundedAt(items, k - 1, -1, left) || !boundedAt(items, end, 1, right)) return null;
  return { words: [...new Set(words)], end };
}

function requirementsOfGroup(alternatives: readonly Item[][], left: boolean, right: boolean, base: number): Requirement[] {
  if (alternatives.length === 1) return requirementsOfSequence(alternatives[0]!, left, right, base);
  // Several alternatives: one set, the union of each alternative's best set; none if any alternative has none.
  const union = new Set<string>();
  let lead = 0;
  let inLook = false;
  for (const alt of alternatives) {
    const best = mostSelective(requirementsOfSequence(alt, left, right, base));
    if (best === undefined) return [];
    for (const w of best.words) union.add(w);
    lead = Math.max(lead, best.lead);
    inLook ||= best.inLook === true;
  }
  if (!inLook) return [{ words: [...union], lead }];
  // The best sets lean on a lookaround ("(?<=with )exit|(?<=a rotund )exit"): the
  // best sets inside each alternative's match give matchWords a set of its own.
  const inside = new Set<string>();
  for (const alt of alternatives) {
    const best = mostSelective(requirementsOfSequence(alt, left, right, base).filter((r) => r.inLook !== true));
    if (best === undefined) return [{ words: [...union], lead, inLook }];
    for (const w of best.words) inside.add(w);
  }
  return [
    { words: [...union], lead, inLook },
    { words: [...inside], lead: NaN, matchOnly: true },
  ];
}

/** The first of the most selective sets (what a stable sort by selectivity puts first). */
function mostSelective(sets: readonly Requirement[]): Requirement | undefined {
  let best: Requirement | undefined;
  let bestCost = Infinity;
  for (const r of sets) {
    const cost = requirementCost(r);
    if (cost < bestCost) {
      best = r;
      bestCost = cost;
    }
  }
  return best;
}

/** How often a word of this length turns up in news copy, roughly: short words are everywhere. */
function wordCost(word: string): number {
  const n = word.length;
  return n <= 2 ? 100 : n === 3 ? 30 : n === 4 ? 8 : n === 5 ? 3 : 1;
}

function requirementCost(r: Requirement): number {
  return r.words.reduce((n, w) => n + wordCost(w), 0);
}

/** Most selective first: the fewest and longest (rarest) words. */
function bySelectivity(a: Requirement, b: Requirement): number {
  return requirementCost(a) - requirementCost(b);
}

function dedupeSets(sets: string[][]): string[][] {
  const seen = new Set<string>();
  return sets.filter((s) => {
    const key = [...s].sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
