import type { Article, WordTable } from '../article/article';
import { isWordUnit } from '../article/code-class';
import type { Finding } from '../model/finding';
import type { CalqueEntry, Profile } from '../profiles/profile';
import { ANCHOR_MAX_LENGTH, CalqueWords, isAscii } from './calque-words';
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
  /**
   * pattern.firstChars below FIRST_TABLE_SIZE as a table: the test runs for
   * every character before an anchor. Built when the entry is first walked
   * (undefined until then): most entries are never live, and set-up should
   * not pay for well over a thousand tables.
   */
  firstTable: Uint8Array | null | undefined;
}

const FIRST_TABLE_SIZE = 0x250;

function firstTableOf(first: ReadonlySet<number> | null): Uint8Array | null {
  if (first === null) return null;
  const table = new Uint8Array(FIRST_TABLE_SIZE);
  for (const c of first) if (c < FIRST_TABLE_SIZE) table[c] = 1;
  return table;
}

/** May a match start with this folded code unit? (c.firstTable built: see firstTableOf.) */
function startsWith(c: CompiledEntry, folded: number): boolean {
  if (c.firstTable === null) return true;
  return folded < FIRST_TABLE_SIZE ? c.firstTable![folded] === 1 : c.pattern.firstChars!.has(folded);
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly compiled: CompiledEntry;
  readonly match: RegExpExecArray;
}

/** Anchor sets with non-ASCII words larger than this are cheaper to find with one regex scan (unit-by-unit comparison is slow). */
const MAX_ANCHOR_WORDS = 12;
/**
 * A set of ASCII words up to this size ("{nationality}" included) is still
 * worth looking up: CalqueWords answers it per distinct form of the article
 * with one look-up, and such a set ("militias|groups|movement|...",
 * "party|embassy|newspaper|...") is usually far rarer than the everyday word
 * left as the other anchor ("the"), or stands in for a scan of the whole text
 * with the regex. Any anchor is sound, so this only moves time, not findings
 * (calque ~0.73 -> ~0.62 ms a story, and most of the gain on 5 MB).
 */
const MAX_ASCII_ANCHOR_WORDS = 1000;

/**
 * A token is looked up as its possessive stem ("state's" -> "state") when it
 * is not a word itself; an anchor word ending in "'s" could take such a token
 * from another entry's anchor, so it is not used (no built-in entry has one).
 */
function usableAnchor(a: Anchor): boolean {
  if (!a.words.every((w) => w.length <= ANCHOR_MAX_LENGTH && !/['’]s$/.test(w))) return false;
  return a.words.length <= MAX_ANCHOR_WORDS || (a.words.length <= MAX_ASCII_ANCHOR_WORDS && a.words.every(isAscii));
}

/**
 * For an entry without a positioned anchor (a match may start any number of
 * characters before its words: "(\d+|{number}) votes against"), its most
 * selective set of words inside the match as an anchor with no bound on the
 * lead (words of a lookaround may lie past the paragraph): matches are
 * then tried from the start of each paragraph holding one of its words up to
 * that word, rather than the whole text being scanned with the regex (those
 * few entries took over half of calque's time on 5 MB). A match never runs
 * over a paragraph's end and holds one of these words, so no paragraph
 * without one can hold a match.
 */
function paragraphAnchor(pattern: PhrasePattern): Anchor | undefined {
  const set = pattern.matchWords;
  if (set === null || set.length === 0) return undefined;
  const anchor: Anchor = { words: set, lead: Infinity };
  return usableAnchor(anchor) ? anchor : undefined;
}

/** A letter, digit or mark (one code unit; false past either end of the text). */
function isWordChar(text: string, at: number): boolean {
  return isWordUnit(text.charCodeAt(at));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** An anchor with its words numbered (see CalqueWords). */
interface NumberedAnchor {
  /** The anchor's set of words in CalqueWords. */
  readonly set: number;
  readonly lead: number;
}

/** One live entry's walk over the occurrences of its anchor, resumed block by block. */
interface AnchorWalk {
  readonly compiled: CompiledEntry;
  readonly lead: number;
  /** Word indices of the anchor's tokens, in order. */
  readonly ks: ArrayLike<number>;
  /** Index into ks of the next anchor to try. */
  next: number;
  /** Offsets before these were tried already: one past the last anchor, and the end of the last match. */
  scanned: number;
  lastEnd: number;
}

/**
 * Words per block of the anchor walk: small enough that a block's stretch of
 * the text and of the word table stays in cache while every entry takes its turn.
 */
const WALK_BLOCK_WORDS = 16384;

/** The anchor costing the fewest match attempts in this article: occurrences times the window before each. */
function cheapestAnchor(anchors: readonly NumberedAnchor[], words: CalqueWords): NumberedAnchor {
  let best = anchors[0]!;
  let bestCost = Infinity;
  for (const a of anchors) {
    const cost = words.countOf(a.set) * (a.lead + 4);
    if (cost < bestCost) {
      best = a;
      bestCost = cost;
    }
  }
  return best;
}

/** Word indices of the anchor's tokens, in order. */
function anchorWords(words: CalqueWords, ids: Int32Array): ArrayLike<number> {
  if (ids.length === 1) return words.occurrences(ids[0]!);
  let n = 0;
  let only: readonly number[] | undefined;
  for (const id of ids) {
    const at = words.occurrences(id);
    if (at.length === 0) continue;
    n += at.length;
    only = only === undefined && n === at.length ? at : undefined;
  }
  // One word of the set present (the usual case): its list is already in order.
  if (only !== undefined && n === only.length) return only;
  // Otherwise a typed array, sorted numerically by the engine: no comparator call per pair.
  const out = new Int32Array(n);
  let k = 0;
  for (const id of ids) for (const i of words.occurrences(id)) out[k++] = i;
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

/** Is a word of every required set present (see CalqueWords.present)? */
function mayMatch(required: readonly Int32Array[], present: Uint8Array): boolean {
  for (const set of required) {
    let found = false;
    for (const id of set) {
      if (present[id] === 1) {
        found = true;
        break;
      }
    }
    if (!found) return false;
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
      out.push({ entry, profile: profile.id, pattern, order: out.length, firstTable: undefined });
    }
  }
  return out;
}

export const calqueRule: RuleFactory = (profiles) => {
  const compiled = compileCalques(profiles);
  const words = new CalqueWords();
  /** Per entry, the anchors worth looking for; an entry without any is scanned whole. */
  const anchorsOf = new Map<CompiledEntry, NumberedAnchor[]>();
  for (const c of compiled) {
    const usable = c.pattern.anchors.filter(usableAnchor);
    if (usable.length === 0) {
      const fallback = paragraphAnchor(c.pattern);
      if (fallback !== undefined) usable.push(fallback);
    }
    if (usable.length > 0) anchorsOf.set(c, usable.map((x) => ({ set: words.addAnchor(x.words), lead: x.lead })));
  }
  /** Per entry, its required sets with the words numbered. */
  const requiredOf = compiled.map((c) => c.pattern.required.map((set) => Int32Array.from(set, (w) => words.idOf(w))));
  // Entries by the words of one of their required sets: an article's vocabulary
  // (a few hundred words) then names the entries worth checking, instead of
  // every entry (well over a thousand) being checked against the vocabulary.
  const byRequiredWord: CompiledEntry[][] = [];
  const alwaysLive: CompiledEntry[] = [];
  for (const c of compiled) {
    const first = keySet(c.pattern.required);
    if (first === undefined || first.length === 0) {
      alwaysLive.push(c);
      continue;
    }
    for (const w of first) {
      const list = (byRequiredWord[words.idOf(w)] ??= []);
      if (list[list.length - 1] !== c) list.push(c);
    }
  }
  words.seal();
  /** The entries whose required words are all in the article, in entry order. */
  // Entries are marked by order in a reused table rather than gathered in a
  // Set and sorted: reading the marks back in order gives entry order for free.
  const marked = new Uint8Array(compiled.length);
  for (const c of alwaysLive) marked[c.order] = 1;
  let hi = -1;
  /** Marks the entries indexed by a word present in the article. */
  const mark = (id: number) => {
    const list = byRequiredWord[id];
    if (list === undefined) return;
    for (const c of list) {
      marked[c.order] = 2;
      if (c.order > hi) hi = c.order;
    }
  };
  const liveEntries = (): CompiledEntry[] => {
    const { present } = words;
    const live: CompiledEntry[] = [];
    // Entry order decides between two matches on one passage.
    for (let i = 0; i < compiled.length; i++) {
      const m = marked[i]!;
      if (m === 0) {
        if (i > hi) {
          // Past the last marked entry only always-live ones are left.
          for (const c of alwaysLive) if (c.order > i && mayMatch(requiredOf[c.order]!, present)) live.push(c);
          break;
        }
        continue;
      }
      const c = compiled[i]!;
      if (m === 2) marked[i] = 0;
      if (mayMatch(requiredOf[i]!, present)) live.push(c);
    }
    return live;
  };
  return {
    family: 'calque',
    rules: [{ id: 'calque', description: 'Calques and false friends carried over from the source language ("the head of US diplomacy", "precised").' }],
    run(ctx) {
      const { article } = ctx;
      const text = article.text;
      const table = article.wordTable();
      // 1. Which entry words the article has and where the anchor words are, in one pass over its forms and words.
      hi = -1;
      words.read(table, text, mark);
      // 2. Entries whose words are all in the article; most are not.
      const live = liveEntries();
      if (live.length === 0) return;
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
      const walks: AnchorWalk[] = [];
      for (const c of live) {
        const anchors = anchorsOf.get(c);
        if (anchors === undefined) {
          for (let m = nextMatch(c.pattern, text, 0); m !== null; m = nextMatch(c.pattern, text, m.index + m[0].length)) add(c, m, -1);
          continue;
        }
        const anchor = cheapestAnchor(anchors, words);
        const ks = anchorWords(words, words.anchorIds(anchor.set));
        if (ks.length === 0) continue;
        if (c.firstTable === undefined) c.firstTable = firstTableOf(c.pattern.firstChars);
        walks.push({ compiled: c, lead: anchor.lead, ks, next: 0, scanned: 0, lastEnd: 0 });
      }
      const paragraphOf = walks.length > 0 ? paragraphOfWords(table) : undefined;
      // Every entry's anchors are visited a block of words at a time, all
      // entries in turn, rather than one entry over the whole text after
      // another: on a large input each entry's pass read the word table and
      // the text afresh from memory (a cache miss per anchor), and the time
      // grew faster than the text. Each entry still sees its own anchors in
      // order, and candidates are sorted below, so the findings are the same.
      for (let blockEnd = WALK_BLOCK_WORDS, left = walks.length; left > 0; blockEnd += WALK_BLOCK_WORDS) {
        left = 0;
        for (const walk of walks) {
          if (walk.next >= walk.ks.length) continue;
          const c = walk.compiled;
          const { ks, lead } = walk;
          let j = walk.next;
          let { scanned, lastEnd } = walk;
          for (; j < ks.length; j++) {
            const k = ks[j]!;
            if (k >= blockEnd) break;
            const o = table.starts[k]!;
            const p = paragraphOf![k]!;
            for (let at = Math.max(article.paragraphs[p]!.start, o - lead, scanned, lastEnd); at <= o; at++) {
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
          walk.next = j;
          walk.scanned = scanned;
          walk.lastEnd = lastEnd;
          if (j < ks.length) left++;
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
