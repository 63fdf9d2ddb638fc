import type { Article } from '../article/article';
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
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly compiled: CompiledEntry;
  readonly match: RegExpExecArray;
}

/** Anchor sets larger than this ("{nationality}") are cheaper to find with one regex scan. */
const MAX_ANCHOR_WORDS = 12;

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

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text[at]!);
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

/**
 * Start offsets of the tokens spelling any of `words` (possessives count for
 * their stem), found in one pass over the article's words without slicing them.
 */
function occurrencesOf(article: Article, words: ReadonlySet<string>): Map<string, number[]> {
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
  const out = new Map<string, number[]>();
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
  for (const w of article.words()) {
    const len = w.end - w.start;
    if (len > ANCHOR_MAX_LENGTH + 2) continue;
    let word = find(w.start, len);
    const last = text.charCodeAt(w.end - 1);
    if (word === undefined && len > 2 && (last === 115 || last === 83) && fold(text.charCodeAt(w.end - 2)) === 39) word = find(w.start, len - 2);
    if (word === undefined) continue;
    const at = out.get(word);
    if (at === undefined) out.set(word, [w.start]);
    else at.push(w.start);
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

/** Starts of the anchor's tokens, in order. */
function anchorStarts(occurrences: ReadonlyMap<string, number[]>, words: readonly string[]): number[] {
  if (words.length === 1) return occurrences.get(words[0]!) ?? [];
  const out: number[] = [];
  for (const w of words) {
    const at = occurrences.get(w);
    if (at !== undefined) out.push(...at);
  }
  return out.sort((a, b) => a - b);
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
      out.push({ entry, profile: profile.id, pattern, order: out.length });
    }
  }
  return out;
}

export const calqueRule: RuleFactory = (profiles) => {
  const compiled = compileCalques(profiles);
  /** Per entry, the anchors worth looking for; an entry without any is scanned whole. */
  const anchorsOf = new Map<CompiledEntry, Anchor[]>();
  for (const c of compiled) {
    const usable = c.pattern.anchors.filter((a) => a.words.length <= MAX_ANCHOR_WORDS && a.words.every((w) => w.length <= ANCHOR_MAX_LENGTH));
    if (usable.length > 0) anchorsOf.set(c, usable);
  }
  return {
    family: 'calque',
    rules: [{ id: 'calque', description: 'Calques and false friends carried over from the source language ("the head of US diplomacy", "precised").' }],
    run(ctx) {
      const { article } = ctx;
      const text = article.text;
      const vocabulary = article.vocabulary();
      const stems = stemsOf(vocabulary);
      // 1. Entries whose words are all in the article; most are not.
      const live = compiled.filter((c) => mayMatch(c.pattern.required, vocabulary, stems));
      if (live.length === 0) return;
      // 2. Where their anchor words are, in one pass over the article's words.
      const wanted = new Set<string>();
      for (const c of live) for (const a of anchorsOf.get(c) ?? []) for (const w of a.words) wanted.add(w);
      const occurrences = occurrencesOf(article, wanted);
      // 3. Matches, tried only just before the anchors.
      const candidates: Candidate[] = [];
      const add = (c: CompiledEntry, m: RegExpExecArray) => {
        const start = m.index;
        const end = start + m[0].length;
        // A phrase never runs from one paragraph into the next.
        const p = paragraphAt(article, start);
        if (p >= 0 && end <= article.paragraphs[p]!.end) candidates.push({ start, end, compiled: c, match: m });
      };
      for (const c of live) {
        const anchors = anchorsOf.get(c);
        if (anchors === undefined) {
          for (let m = nextMatch(c.pattern, text, 0); m !== null; m = nextMatch(c.pattern, text, m.index + m[0].length)) add(c, m);
          continue;
        }
        const first = c.pattern.firstChars;
        const anchor = cheapestAnchor(anchors, occurrences);
        let scanned = 0;
        let lastEnd = 0;
        for (const o of anchorStarts(occurrences, anchor.words)) {
          const p = paragraphAt(article, o);
          if (p < 0) continue;
          for (let at = Math.max(article.paragraphs[p]!.start, o - anchor.lead, scanned, lastEnd); at <= o; at++) {
            const code = text.charCodeAt(at);
            if (first !== null && !first.has(fold(code))) continue;
            // Phrases start at a word or at a mark just before one ("(northern)").
            if (isSpace(code) || isWordChar(text, at - 1)) continue;
            const m = matchAt(c.pattern, text, at);
            if (m === null) continue;
            add(c, m);
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
