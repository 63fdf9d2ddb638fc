import type { Article, WordTable } from '../article/article';
import { isWordUnit } from '../article/code-class';
import type { Finding } from '../model/finding';
import type { CalqueEntry, Profile } from '../profiles/profile';
import { compilePhrasePattern, fillTemplate, foldCode, matchAt, matchFirstLetterCase, nextMatch, type Anchor, type PhrasePattern } from './phrase-pattern';
import type { RuleFactory } from './rule';

// A local binding: this runs once per character of some tokens, and a module
// namespace lookup per call shows in profiles of some module loaders.
const fold = foldCode;

/**
 * Calques and false friends: phrases MT carries over word for word from the
 * source language ("the head of US diplomacy" for "le chef de la diplomatie
 * américaine", "precised" for "a précisé"). The phrases are reviewed data in
 * each profile's calques.json; this module only compiles and runs them.
 */

interface CompiledEntry {
  readonly entry: CalqueEntry;
  readonly profile: string;
  readonly pattern: PhrasePattern;
  /** Order of the entry over all profiles: the earlier one wins a tie. */
  readonly order: number;
  /** pattern.firstChars below FIRST_TABLE_SIZE as a table: the test runs for every character before an anchor. */
  readonly firstTable: Uint8Array | null;
}

const FIRST_TABLE_SIZE = 0x250;

function firstTableOf(first: ReadonlySet<number> | null): Uint8Array | null {
  if (first === null) return null;
  const table = new Uint8Array(FIRST_TABLE_SIZE);
  for (const c of first) if (c < FIRST_TABLE_SIZE) table[c] = 1;
  return table;
}

/** May a match start with this folded code unit? */
function startsWith(c: CompiledEntry, folded: number): boolean {
  if (c.firstTable === null) return true;
  return folded < FIRST_TABLE_SIZE ? c.firstTable[folded] === 1 : c.pattern.firstChars!.has(folded);
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly compiled: CompiledEntry;
  readonly match: RegExpExecArray;
}

/** Anchor sets with non-ASCII words larger than this are cheaper to find with one regex scan (occurrencesByScan is slow). */
const MAX_ANCHOR_WORDS = 12;
/**
 * A set of ASCII words up to this size ("{nationality}" included) is still
 * worth looking up: occurrencesOf answers it per distinct form of the article
 * with one Set look-up, and such a set ("militias|groups|movement|...",
 * "party|embassy|newspaper|...") is usually far rarer than the everyday word
 * left as the other anchor ("the"), or stands in for a scan of the whole text
 * with the regex. Any anchor is sound, so this only moves time, not findings
 * (calque ~0.73 -> ~0.62 ms a story, and most of the gain on 5 MB).
 */
const MAX_ASCII_ANCHOR_WORDS = 1000;

function usableAnchor(a: Anchor): boolean {
  if (!a.words.every((w) => w.length <= ANCHOR_MAX_LENGTH)) return false;
  return a.words.length <= MAX_ANCHOR_WORDS || (a.words.length <= MAX_ASCII_ANCHOR_WORDS && a.words.every(isAscii));
}

/**
 * Stems of possessive tokens ("state's" -> "state"): a phrase may end on a
 * possessive, but the vocabulary only holds the whole token.
 */
function stemsOf(vocabulary: ReadonlySet<string>): ReadonlySet<string> {
  const found = new Set<string>();
  for (const w of vocabulary) {
    const n = w.length;
    if (n > 2 && w.charCodeAt(n - 1) === 115 && (w.charCodeAt(n - 2) === 39 || w.charCodeAt(n - 2) === 0x2019)) found.add(w.slice(0, n - 2));
  }
  return found;
}

/** A letter, digit or mark (one code unit; false past either end of the text). */
function isWordChar(text: string, at: number): boolean {
  return isWordUnit(text.charCodeAt(at));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Longest anchor word looked for; longer ones are rare enough to be found by a scan. */
const ANCHOR_MAX_LENGTH = 40;

/** A token's length and first two letters, folded: a cheap key to rule out most tokens. */
function tokenKey(len: number, c0: number, c1: number): number {
  return (len * 128 + (c0 & 127)) * 32 + (c1 & 31);
}

/** Occurrences of the anchor words: word indices of the article (see Article.wordTable), in text order. */
type Occurrences = Map<string, number[]>;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * The tokens spelling any of `words` (possessives count for their stem). A
 * token matches when its code units, folded one by one (foldCode), spell the
 * word. For words of ASCII characters that is the same as the token's
 * lower-cased form with curly apostrophes made straight (a non-ASCII letter
 * never lower-cases to ASCII but the Kelvin sign, which folds alike), so each
 * distinct form of the article is looked at once rather than each token.
 */
function occurrencesOf(article: Article, words: ReadonlySet<string>): Occurrences {
  for (const w of words) if (!isAscii(w)) return occurrencesByScan(article, words);
  const { count, ids, forms } = article.wordTable();
  const found: (string | null | undefined)[] = new Array(forms.length);
  const out: Occurrences = new Map();
  for (let i = 0; i < count; i++) {
    const id = ids[i]!;
    let word = found[id];
    if (word === undefined) {
      word = anchorWordOf(forms[id]!, words);
      found[id] = word;
    }
    if (word === null) continue;
    const at = out.get(word);
    if (at === undefined) out.set(word, [i]);
    else at.push(i);
  }
  return out;
}

/** The word of `words` a lower-cased form spells, itself or as a possessive ("state's"); null when none. */
function anchorWordOf(form: string, words: ReadonlySet<string>): string | null {
  const n = form.length;
  if (n > ANCHOR_MAX_LENGTH + 2) return null;
  const key = form.includes('’') ? form.replace(/’/g, "'") : form;
  if (words.has(key)) return key;
  if (n > 2 && key.charCodeAt(n - 1) === 115 && key.charCodeAt(n - 2) === 39) {
    const stem = key.slice(0, n - 2);
    if (words.has(stem)) return stem;
  }
  return null;
}

/** occurrencesOf for words with non-ASCII characters: every token compared code unit by code unit. */
function occurrencesByScan(article: Article, words: ReadonlySet<string>): Occurrences {
  const keys = new Set<number>();
  const byKey = new Map<number, string[]>();
  for (const w of words) {
    const key = tokenKey(w.length, w.charCodeAt(0), w.charCodeAt(1));
    keys.add(key);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [w]);
    else list.push(w);
  }
  const text = article.text;
  const out: Occurrences = new Map();
  const find = (start: number, len: number): string | undefined => {
    const c0 = fold(text.charCodeAt(start));
    const c1 = len > 1 ? fold(text.charCodeAt(start + 1)) : Number.NaN;
    const list = keys.has(tokenKey(len, c0, c1)) ? byKey.get(tokenKey(len, c0, c1)) : undefined;
    if (list === undefined) return undefined;
    for (const word of list) {
      if (word.charCodeAt(0) !== c0) continue;
      let i = 1;
      while (i < len && fold(text.charCodeAt(start + i)) === word.charCodeAt(i)) i++;
      if (i === len) return word;
    }
    return undefined;
  };
  const { count, starts, ends } = article.wordTable();
  for (let k = 0; k < count; k++) {
    const start = starts[k]!;
    const end = ends[k]!;
    const len = end - start;
    if (len > ANCHOR_MAX_LENGTH + 2) continue;
    let word = find(start, len);
    const last = text.charCodeAt(end - 1);
    if (word === undefined && len > 2 && (last === 115 || last === 83) && fold(text.charCodeAt(end - 2)) === 39) word = find(start, len - 2);
    if (word === undefined) continue;
    const at = out.get(word);
    if (at === undefined) out.set(word, [k]);
    else at.push(k);
  }
  return out;
}

/** The anchor costing the fewest match attempts in this article: occurrences times the window before each. */
function cheapestAnchor(anchors: readonly Anchor[], occurrences: ReadonlyMap<string, number[]>): Anchor {
  let best = anchors[0]!;
  let bestCost = Infinity;
  for (const a of anchors) {
    let n = 0;
    for (const w of a.words) n += occurrences.get(w)?.length ?? 0;
    const cost = n * (a.lead + 4);
    if (cost < bestCost) {
      best = a;
      bestCost = cost;
    }
  }
  return best;
}

const NO_WORDS: readonly number[] = [];
const NO_STRINGS: readonly string[] = [];

/** Word indices of the anchor's tokens, in order. */
function anchorWords(occurrences: ReadonlyMap<string, number[]>, words: readonly string[]): ArrayLike<number> {
  if (words.length === 1) return occurrences.get(words[0]!) ?? NO_WORDS;
  let n = 0;
  let only: number[] | undefined;
  for (const w of words) {
    const at = occurrences.get(w);
    if (at === undefined) continue;
    n += at.length;
    only = only === undefined && n === at.length ? at : undefined;
  }
  // One word of the set present (the usual case): its list is already in order.
  if (only !== undefined && n === only.length) return only;
  // Otherwise a typed array, sorted numerically by the engine: no comparator call per pair.
  const out = new Int32Array(n);
  let k = 0;
  for (const w of words) {
    const at = occurrences.get(w);
    if (at !== undefined) for (const i of at) out[k++] = i;
  }
  return out.sort();
}

/**
 * The required set to index an entry by: the one whose shortest word is
 * longest, as a stand-in for the rarest ("precised" rather than "the"), so
 * that a common word does not make every entry a candidate in every story.
 */
function keySet(required: readonly (readonly string[])[]): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  let bestLength = -1;
  for (const set of required) {
    const shortest = set.reduce((m, w) => Math.min(m, w.length), Infinity);
    if (shortest > bestLength) {
      best = set;
      bestLength = shortest;
    }
  }
  return best;
}

function mayMatch(required: readonly (readonly string[])[], vocabulary: ReadonlySet<string>, stems: ReadonlySet<string>): boolean {
  for (const set of required) {
    let present = false;
    for (const w of set) {
      if (vocabulary.has(w) || stems.has(w)) {
        present = true;
        break;
      }
    }
    if (!present) return false;
  }
  return true;
}

/** The paragraph of every word, from the table's paragraph ranges: a lookup per anchor rather than a search. */
function paragraphOfWords(table: WordTable): Int32Array {
  const out = new Int32Array(table.count);
  const first = table.paragraphFirst;
  for (let k = 0; k + 1 < first.length; k++) out.fill(k, first[k]!, first[k + 1]!);
  return out;
}

/** Index of the paragraph holding offset `at`, or -1. Paragraphs are sorted and disjoint. */
function paragraphAt(article: Article, at: number): number {
  const ps = article.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ps[mid]!;
    if (at < p.start) hi = mid - 1;
    else if (at >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function compileCalques(profiles: readonly Profile[]): CompiledEntry[] {
  const out: CompiledEntry[] = [];
  for (const profile of profiles) {
    for (const entry of profile.calques) {
      let pattern: PhrasePattern;
      try {
        pattern = compilePhrasePattern(entry.pattern, entry.caseSensitive === true);
      } catch {
        // One broken entry in a desk's own profile must not take the whole rule down;
        // the profile tests compile every built-in entry, so none is lost silently here.
        continue;
      }
      out.push({ entry, profile: profile.id, pattern, order: out.length, firstTable: firstTableOf(pattern.firstChars) });
    }
  }
  return out;
}

export const calqueRule: RuleFactory = (profiles) => {
  const compiled = compileCalques(profiles);
  /** Per entry, the anchors worth looking for; an entry without any is scanned whole. */
  const anchorsOf = new Map<CompiledEntry, Anchor[]>();
  for (const c of compiled) {
    const usable = c.pattern.anchors.filter(usableAnchor);
    if (usable.length > 0) anchorsOf.set(c, usable);
  }
  /** Per entry, the words of its anchors once each: what an article must be searched for when the entry is live. */
  const anchorWordsOf = new Map<CompiledEntry, readonly string[]>();
  for (const [c, anchors] of anchorsOf) anchorWordsOf.set(c, [...new Set(anchors.flatMap((a) => a.words))]);
  // Entries by the words of one of their required sets: an article's vocabulary
  // (a few hundred words) then names the entries worth checking, instead of
  // every entry (well over a thousand) being checked against the vocabulary.
  const byRequiredWord = new Map<string, CompiledEntry[]>();
  const alwaysLive: CompiledEntry[] = [];
  for (const c of compiled) {
    const first = keySet(c.pattern.required);
    if (first === undefined || first.length === 0) {
      alwaysLive.push(c);
      continue;
    }
    for (const w of first) {
      const list = byRequiredWord.get(w);
      if (list === undefined) byRequiredWord.set(w, [c]);
      else if (list[list.length - 1] !== c) list.push(c);
    }
  }
  /** The entries whose required words are all in the article, in entry order. */
  // Entries are marked by order in a reused table rather than gathered in a
  // Set and sorted: reading the marks back in order gives entry order for free.
  const marked = new Uint8Array(compiled.length);
  for (const c of alwaysLive) marked[c.order] = 1;
  const liveEntries = (vocabulary: ReadonlySet<string>, stems: ReadonlySet<string>): CompiledEntry[] => {
    let hi = -1;
    const mark = (w: string) => {
      const list = byRequiredWord.get(w);
      if (list === undefined) return;
      for (const c of list) {
        marked[c.order] = 2;
        if (c.order > hi) hi = c.order;
      }
    };
    for (const w of vocabulary) mark(w);
    for (const w of stems) mark(w);
    const live: CompiledEntry[] = [];
    // Entry order decides between two matches on one passage.
    for (let i = 0; i < compiled.length; i++) {
      const m = marked[i]!;
      if (m === 0) {
        if (i > hi) {
          // Past the last marked entry only always-live ones are left.
          for (const c of alwaysLive) if (c.order > i && mayMatch(c.pattern.required, vocabulary, stems)) live.push(c);
          break;
        }
        continue;
      }
      const c = compiled[i]!;
      if (m === 2) marked[i] = 0;
      if (mayMatch(c.pattern.required, vocabulary, stems)) live.push(c);
    }
    return live;
  };
  return {
    family: 'calque',
    rules: [{ id: 'calque', description: 'Calques and false friends carried over from the source language ("the head of US diplomacy", "precised").' }],
    run(ctx) {
      const { article } = ctx;
      const text = article.text;
      const vocabulary = article.vocabulary();
      const stems = stemsOf(vocabulary);
      // 1. Entries whose words are all in the article; most are not.
      const live = liveEntries(vocabulary, stems);
      if (live.length === 0) return;
      // 2. Where their anchor words are, in one pass over the article's words.
      const wanted = new Set<string>();
      for (const c of live) for (const w of anchorWordsOf.get(c) ?? NO_STRINGS) wanted.add(w);
      const occurrences = occurrencesOf(article, wanted);
      // 3. Matches, tried only just before the anchors.
      const candidates: Candidate[] = [];
      /** `p`: the paragraph the match starts in, when known. */
      const add = (c: CompiledEntry, m: RegExpExecArray, p: number) => {
        const start = m.index;
        const end = start + m[0].length;
        // A phrase never runs from one paragraph into the next.
        if (p < 0 || start < article.paragraphs[p]!.start) p = paragraphAt(article, start);
        if (p >= 0 && end <= article.paragraphs[p]!.end) candidates.push({ start, end, compiled: c, match: m });
      };
      const table = article.wordTable();
      let paragraphOf: Int32Array | undefined;
      for (const c of live) {
        const anchors = anchorsOf.get(c);
        if (anchors === undefined) {
          for (let m = nextMatch(c.pattern, text, 0); m !== null; m = nextMatch(c.pattern, text, m.index + m[0].length)) add(c, m, -1);
          continue;
        }
        const anchor = cheapestAnchor(anchors, occurrences);
        let scanned = 0;
        let lastEnd = 0;
        const ks = anchorWords(occurrences, anchor.words);
        for (let j = 0; j < ks.length; j++) {
          const k = ks[j]!;
          const o = table.starts[k]!;
          paragraphOf ??= paragraphOfWords(table);
          const p = paragraphOf[k]!;
          for (let at = Math.max(article.paragraphs[p]!.start, o - anchor.lead, scanned, lastEnd); at <= o; at++) {
            const code = text.charCodeAt(at);
            if (!startsWith(c, fold(code))) continue;
            // Phrases start at a word or at a mark just before one ("(northern)").
            if (isSpace(code) || isWordChar(text, at - 1)) continue;
            const m = matchAt(c.pattern, text, at);
            if (m === null) continue;
            add(c, m, p);
            lastEnd = at + m[0].length;
            at = lastEnd - 1;
          }
          scanned = Math.max(scanned, o + 1);
        }
      }
      if (candidates.length === 0) return;
      // Two entries on one passage: keep the longer match, then the earlier entry.
      candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.compiled.order - b.compiled.order);
      let lastEnd = -1;
      for (const cand of candidates) {
        if (cand.start < lastEnd) continue;
        lastEnd = cand.end;
        ctx.emit(toFinding(cand));
      }
    },
  };
};

function toFinding({ start, end, compiled, match }: Candidate): Finding {
  const { entry } = compiled;
  const seen = new Set<string>();
  const suggestions: string[] = [];
  for (const template of entry.suggestions) {
    const fix = matchFirstLetterCase(match[0], fillTemplate(template, match).replace(/\s+/g, ' ').trim());
    if (fix !== match[0] && !seen.has(fix)) {
      seen.add(fix);
      suggestions.push(fix);
    }
  }
  return {
    start,
    end,
    rule: 'calque',
    category: entry.category,
    severity: entry.severity,
    message: entry.message,
    suggestions,
    profile: compiled.profile,
  };
}
