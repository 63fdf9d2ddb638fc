import { codePointLength, codePoints, editCounts, levenshtein } from './levenshtein';
import { diffSequences, type DiffHunk } from './sequence-diff';

/**
 * Post-edit distance between the MT as opened and the text the editor made of
 * it: how much the editor had to change.
 *
 * Characters: Levenshtein distance in code points, over the longer of the two
 * lengths. An exact O(n * m) table is 3.6 billion cells for two 10,000-word
 * stories, so it is computed in two steps: a Myers diff over tokens (words and
 * punctuation, sequence-diff.ts) finds the unchanged stretches, then the exact
 * table is run on each changed run only (neighbouring runs together), where it
 * is small. The sum is an upper bound of the true distance that meets it
 * whenever the edits stay within runs separated by unchanged tokens, which is
 * how post-edits look (the tests check it against the full table); it is
 * also capped at the longer length, itself an upper bound. Caps on the work
 * keep a story replaced by an unrelated one to a fraction of a second, and
 * say so with `estimated`.
 *
 * Words: TER-like counts (Snover et al. 2006) with the post-edited text as
 * reference, as in HTER: insertions, deletions and substitutions of tokens
 * (a word-level Levenshtein alignment within the changed runs), without TER's
 * block shifts. Punctuation marks are tokens, as in TER's tokenised input, so
 * a fixed comma counts; case matters, because a capitalisation fix is a
 * correction here.
 */

export interface CharDistance {
  /** Character edits (code points). */
  readonly distance: number;
  /** distance / max(mtLength, editedLength); 0 when both are empty. */
  readonly ratio: number;
  readonly mtLength: number;
  readonly editedLength: number;
  /** True when a cap on the work cut the search short: the distance is a looser upper bound than usual. */
  readonly estimated: boolean;
}

export interface WordDistance {
  readonly insertions: number;
  readonly deletions: number;
  readonly substitutions: number;
  /** insertions + deletions + substitutions. */
  readonly edits: number;
  /** edits / editedWords (HTER-like); when the edited text has no words, 1 if anything changed, else 0. */
  readonly ratio: number;
  readonly mtWords: number;
  readonly editedWords: number;
  /** True when a cap on the work cut the search short: the counts may be well above the fewest edits. */
  readonly estimated: boolean;
}

export interface PostEditDistance {
  readonly chars: CharDistance;
  readonly words: WordDistance;
}

// A run of letters and digits, or any other single code point, each with the
// white space after it (white space on its own only at the start). Spaces are
// not tokens of their own because, as cheap common anchors, they would let the
// diff pair a word with the wrong neighbour ("a from in" / "as froms").
const CHAR_TOKEN = /[\p{L}\p{M}\p{N}]+\s*|[^\p{L}\p{M}\p{N}\s]\s*|\s+/gu;
// Words with inner apostrophes and hyphens ("don't", "al-Sudani"), and any other
// non-space code point on its own (punctuation).
const WORD_TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;

/**
 * Changed runs separated by at most this many unchanged tokens are measured as
 * one, while the table stays under MAX_MERGED_CELLS: an alignment across the
 * gap can be cheaper than the two apart, and never dearer.
 */
const MERGE_GAP_TOKENS = 2;
const MAX_MERGED_CELLS = 250_000;
/** Exact tables larger than this (cells) are not computed for one changed run... */
const MAX_CELLS_PER_RUN = 4_000_000;
/** ...nor beyond this many cells in all; the run's longer length is used instead. */
const MAX_CELLS_TOTAL = 8_000_000;

interface Tokens {
  /** Interned id of each token. */
  readonly ids: Int32Array;
  /** UTF-16 offset where each token starts; starts[count] === text.length. */
  readonly starts: Int32Array;
}

function tokenize(text: string, pattern: RegExp, dictionary: Map<string, number>): Tokens {
  const ids: number[] = [];
  const starts: number[] = [];
  const re = new RegExp(pattern.source, pattern.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let id = dictionary.get(m[0]);
    if (id === undefined) {
      id = dictionary.size;
      dictionary.set(m[0], id);
    }
    ids.push(id);
    starts.push(m.index);
  }
  starts.push(text.length);
  return { ids: Int32Array.from(ids), starts: Int32Array.from(starts) };
}

/**
 * A shortest diff only minimises insertions plus deletions; among equally
 * short ones it may slide a match over a repeated token and split what is one
 * substitution into an insertion here and a deletion there. Measuring runs
 * that close together as one region undoes that.
 *
 * @param size cost measure of a region a[aStart, aEnd) x b[bStart, bEnd)
 */
function mergeHunks(hunks: readonly DiffHunk[], size: (h: DiffHunk) => number): DiffHunk[] {
  const out: DiffHunk[] = [];
  for (const h of hunks) {
    const last = out[out.length - 1];
    if (last && h.aStart - last.aEnd <= MERGE_GAP_TOKENS) {
      const merged = { aStart: last.aStart, aEnd: h.aEnd, bStart: last.bStart, bEnd: h.bEnd };
      if (size(merged) <= MAX_MERGED_CELLS) {
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(h);
  }
  return out;
}

export function charDistance(mtText: string, editedText: string): CharDistance {
  const mtLength = codePointLength(mtText);
  const editedLength = codePointLength(editedText);
  const longer = Math.max(mtLength, editedLength);
  if (mtText === editedText) return { distance: 0, ratio: 0, mtLength, editedLength, estimated: false };
  const dictionary = new Map<string, number>();
  const a = tokenize(mtText, CHAR_TOKEN, dictionary);
  const b = tokenize(editedText, CHAR_TOKEN, dictionary);
  const diff = diffSequences(a.ids, b.ids);
  let estimated = !diff.complete;
  let distance = 0;
  let spent = 0;
  // UTF-16 lengths stand in for code points: close enough for a size limit.
  const cells = (h: DiffHunk) => (a.starts[h.aEnd]! - a.starts[h.aStart]!) * (b.starts[h.bEnd]! - b.starts[h.bStart]!);
  for (const h of mergeHunks(diff.hunks, cells)) {
    const removed = codePoints(mtText.slice(a.starts[h.aStart], a.starts[h.aEnd]));
    const added = codePoints(editedText.slice(b.starts[h.bStart], b.starts[h.bEnd]));
    const size = removed.length * added.length;
    if (size === 0) {
      distance += removed.length + added.length;
    } else if (size <= MAX_CELLS_PER_RUN && spent + size <= MAX_CELLS_TOTAL) {
      spent += size;
      distance += levenshtein(removed, added);
    } else {
      // Replacing the shorter run and inserting or deleting the rest never costs more.
      distance += Math.max(removed.length, added.length);
      estimated = true;
    }
  }
  distance = Math.min(distance, longer);
  return { distance, ratio: longer === 0 ? 0 : distance / longer, mtLength, editedLength, estimated };
}

export function wordDistance(mtText: string, editedText: string): WordDistance {
  const dictionary = new Map<string, number>();
  const a = tokenize(mtText, WORD_TOKEN, dictionary);
  const b = tokenize(editedText, WORD_TOKEN, dictionary);
  const diff = diffSequences(a.ids, b.ids);
  let insertions = 0;
  let deletions = 0;
  let substitutions = 0;
  let spent = 0;
  const cells = (h: DiffHunk) => (h.aEnd - h.aStart) * (h.bEnd - h.bStart);
  for (const h of mergeHunks(diff.hunks, cells)) {
    const removed = h.aEnd - h.aStart;
    const added = h.bEnd - h.bStart;
    const size = removed * added;
    if (size > 0 && size <= MAX_CELLS_PER_RUN && spent + size <= MAX_CELLS_TOTAL) {
      spent += size;
      const counts = editCounts(a.ids.subarray(h.aStart, h.aEnd), b.ids.subarray(h.bStart, h.bEnd));
      insertions += counts.insertions;
      deletions += counts.deletions;
      substitutions += counts.substitutions;
    } else {
      // Pair what was removed with what was added; the rest was inserted or deleted.
      const paired = Math.min(removed, added);
      substitutions += paired;
      deletions += removed - paired;
      insertions += added - paired;
    }
  }
  const edits = insertions + deletions + substitutions;
  const editedWords = b.ids.length;
  return {
    insertions,
    deletions,
    substitutions,
    edits,
    ratio: editedWords > 0 ? edits / editedWords : edits > 0 ? 1 : 0,
    mtWords: a.ids.length,
    editedWords,
    estimated: !diff.complete,
  };
}

/** Character and word post-edit distance between the MT as opened and the edited text. */
export function postEditDistance(mtText: string, editedText: string): PostEditDistance {
  return { chars: charDistance(mtText, editedText), words: wordDistance(mtText, editedText) };
}
