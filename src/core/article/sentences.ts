import { ENGLISH } from '../lexicon/lexicon';
import type { Span } from '../model/span';
import data from '../rules/data/sentences.json';
import { codeClass, LETTER_OR_DIGIT, LOWER, MARK, UPPER } from './code-class';

/**
 * Sentence splitting for wire copy.
 *
 * Intl.Segmenter knows no abbreviations ("Gen.", "a.m.", "Dec. 7") and is
 * slow on long text, so this is a single left-to-right scan: every candidate
 * stop (. ! ? …) is judged from the token before it and the word after it.
 * Each judgement looks at a bounded window, so the split is linear in text
 * length. A full stop followed by a lower-case word IS a break (after an
 * ordinary word): that is how MT leaves a broken boundary ("troops.
 * international"), and the sentence-boundary rules want to see it.
 */

/** How an abbreviation before a full stop bears on a break. */
export type AbbreviationKind = 'title' | 'neverEnd' | 'mayEnd' | 'number';

const exactAbbreviations = new Map<string, AbbreviationKind>();
const foldedAbbreviations = new Map<string, AbbreviationKind>();

function addAbbreviations(list: readonly string[], kind: AbbreviationKind): void {
  for (const entry of list) {
    // Lower-case entries match in any case; capitalised ones only as written.
    if (entry === entry.toLowerCase()) foldedAbbreviations.set(entry, kind);
    else exactAbbreviations.set(entry, kind);
  }
}
addAbbreviations(data.abbreviations.titles, 'title');
addAbbreviations(data.abbreviations.neverEnd, 'neverEnd');
addAbbreviations(data.abbreviations.beforeNumber, 'number');
addAbbreviations(data.abbreviations.mayEnd, 'mayEnd');
addAbbreviations(
  ENGLISH.monthAbbreviations.map((m) => m.replace(/\.$/, '')),
  'mayEnd',
);

const longestListed = Math.max(...[...exactAbbreviations.keys(), ...foldedAbbreviations.keys()].map((k) => k.length));

/** Words that typically open an English sentence (case-sensitive, capitalised). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(data.openers);

/** Longest abbreviation looked at before a stop ("a.k.a", "Messrs"); longer tokens are words. */
const MAX_ABBREVIATION = 12;
/** Longest word read after a stop: keeps the scan linear on junk input. */
const MAX_TOKEN = 40;

// Non-ASCII code units go through code-class.ts's table: classified once, then a lookup.
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters: rare, treat as word
  return (codeClass(c) & (LETTER_OR_DIGIT | MARK)) !== 0;
}

export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return (codeClass(c) & LOWER) !== 0;
}

export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (codeClass(c) & UPPER) !== 0;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 ||
    c === 0x2007 || c === 0x200a || c === 0x3000 || c === 0x0c || c === 0x0b
  );
}

/** Marks that can follow a stop and still belong to its sentence: closing quotes and brackets. */
export function isCloserCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a || c === 0x29 || c === 0x5d || c === 0x7d;
}

/** Marks that can open a sentence before its first word: opening quotes and brackets. */
export function isOpenerCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2039 || c === 0x28 || c === 0x5b || c === 0x7b;
}

function isTerminatorCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** A mark right after the gap that means the stop was not a sentence end (". ," or a spaced ". . ."). */
function isContinuationCode(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e || (isCloserCode(c) && c !== 0x22 && c !== 0x27);
}

function isTokenCode(c: number): boolean {
  return isWordCode(c) || c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d;
}

/** Classifies the token that ends right before a full stop at `stop`. */
export function abbreviationBefore(text: string, stop: number, limit: number): AbbreviationKind | undefined {
  let s = stop;
  const floor = Math.max(limit, stop - MAX_ABBREVIATION - 1);
  while (s > floor && isTokenCode(text.charCodeAt(s - 1))) s--;
  // Longer than any abbreviation: an ordinary word.
  if (s === floor && s > limit && isTokenCode(text.charCodeAt(s - 1))) return undefined;
  // Leading stops or apostrophes are not part of the token ("...U.S", "'em").
  while (s < stop && !isWordCode(text.charCodeAt(s))) s++;
  if (s === stop) return undefined;
  let letters = 0;
  let dots = 0;
  for (let i = s; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) return undefined; // numbers end sentences ("in 2019.")
    if (c === 0x2e) dots++;
    else letters++;
  }
  if (stop - s <= longestListed) {
    const token = text.slice(s, stop);
    const known = exactAbbreviations.get(token) ?? foldedAbbreviations.get(token.toLowerCase());
    if (known !== undefined) return known;
  }
  // Initials ("John F. Kennedy") and dotted abbreviations ("U.S", "a.m", "Ph.D").
  if (dots > 0 || letters === 1) return 'mayEnd';
  return undefined;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** The word at i (letters only), or '' when none. */
function wordAt(text: string, i: number, end: number): string {
  let j = i;
  while (j < end && j - i < MAX_TOKEN && isWordCode(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

/**
 * Whether the stop run [runStart, runEnd) ends a sentence, given that the
 * next sentence would start at `next` (first non-space after the closers).
 */
function breaksBefore(text: string, runStart: number, runEnd: number, next: number, end: number, from: number): boolean {
  const raw = text.charCodeAt(next);
  if (isContinuationCode(raw)) return false;
  let w = next;
  while (w < end && w - next < 3 && isOpenerCode(text.charCodeAt(w))) w++;
  const c = w < end ? text.charCodeAt(w) : raw;
  const lower = isLowerCode(c);

  let dots = 0;
  let strong = false;
  let ellipsis = false;
  for (let i = runStart; i < runEnd; i++) {
    const r = text.charCodeAt(i);
    if (r === 0x2e) dots++;
    else if (r === 0x2026) ellipsis = true;
    else strong = true;
  }
  // A spaced ellipsis ". . ." ends with a stop preceded by ". ".
  if (dots >= 3 || (runStart >= from + 2 && text.charCodeAt(runStart - 1) === 32 && text.charCodeAt(runStart - 2) === 0x2e)) {
    ellipsis = true;
  }
  if (ellipsis) return !lower && (isUpperCode(c) || isDigitCode(c));
  // "?” he said", "Yahoo! said": a lower-case word after ? or ! carries on.
  if (strong) return !lower;
  if (lower && dots === 2) return false; // informal two-dot ellipsis ("wait.. what")

  switch (abbreviationBefore(text, runStart, from)) {
    case 'title':
    case 'neverEnd':
      return false;
    case 'mayEnd': {
      const word = wordAt(text, w, end);
      // "at 6 p.m. Sen. Chuck Schumer said": a title opens the next sentence too.
      return SENTENCE_OPENERS.has(word) || (exactAbbreviations.get(word) === 'title' && text.charCodeAt(w + word.length) === 0x2e);
    }
    case 'number':
      return !isDigitCode(c);
    default:
      return true;
  }
}

const STOP = /[.!?\u2026]/g;

/** Split text[start, end) into sentences: spans from the first character to the stop and any closing quote. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = skipSpace(text, start, end);
  // Search a slice (V8 shares the memory), not the whole text: a search past `end` would make
  // a text of many paragraphs without stops quadratic.
  const slice = text.slice(start, end);
  STOP.lastIndex = from - start;
  for (let m = STOP.exec(slice); m !== null; m = STOP.exec(slice)) {
    const stopAt = start + m.index;
    let runEnd = stopAt + 1;
    while (runEnd < end && isTerminatorCode(text.charCodeAt(runEnd))) runEnd++;
    let after = runEnd;
    while (after < end && isCloserCode(text.charCodeAt(after))) after++;
    STOP.lastIndex = after - start;
    // No space after the stop: "3.5", "U.S.-led", "afp.com", "any.”“said".
    if (after >= end || !isSpaceCode(text.charCodeAt(after))) continue;
    const next = skipSpace(text, after, end);
    if (next >= end) break;
    STOP.lastIndex = next - start;
    if (!breaksBefore(text, stopAt, runEnd, next, end, from)) continue;
    out.push({ start: from, end: after });
    from = next;
  }
  let stop = end;
  while (stop > from && isSpaceCode(text.charCodeAt(stop - 1))) stop--;
  if (stop > from) out.push({ start: from, end: stop });
  return out;
}
