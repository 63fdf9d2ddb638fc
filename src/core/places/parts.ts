import { spansOf, type WordSpans } from '../article/paragraph-words';
import { wordsIn, type Word } from '../article/words';

/**
 * How a name part is joined to the part before it: by a hyphen inside one
 * word ("Etats-Unis"), by whitespace only ("Arabie saoudite"), or by anything
 * else (punctuation, a quote, the start of the paragraph).
 */
export type Joint = 'hyphen' | 'space' | 'other';

/**
 * A piece of a word as place names and acronyms are matched: words are cut at
 * hyphens, a French elided article or preposition ("l’", "d’") is set apart
 * and an English possessive ("’s") is dropped, so that "pro-Irak", "l’ONU"
 * and "Liban's" still expose "Irak", "ONU" and "Liban".
 */
export interface Part {
  readonly start: number;
  readonly end: number;
  /** Start of the part with its elided prefix ("l’Irak"); equals start when there is none. */
  readonly outer: number;
  /** The elided letter in lower case ("l", "d"), or "" when there is none. */
  readonly elision: string;
  readonly joint: Joint;
}

const HYPHEN = 0x2d;
const HYPHEN_UNICODE = 0x2010;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

export function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_QUOTE;
}

export function isHyphen(code: number): boolean {
  return code === HYPHEN || code === HYPHEN_UNICODE;
}

/** True when text[from, to) holds only whitespace (spaces, no-break spaces, line breaks inside a paragraph). */
export function isWhitespaceGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xa0 && c !== 0x202f && c !== 0x2009) return false;
  }
  return true;
}

/** True when the character at pos is an upper-case letter. */
export function isUpperAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0xc0) return false;
  const ch = text[pos]!;
  return ch !== ch.toLowerCase();
}

/** True when text[start, end) has letters and every one of them is upper case ("NATO", "EE"). */
export function isAllCaps(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    if (lower !== ch.toUpperCase()) {
      if (ch === lower) return false;
      letters++;
    }
  }
  return letters > 0;
}

/** The part's own text with curly apostrophes made straight, for comparing with data. */
export function partText(text: string, part: { readonly start: number; readonly end: number }): string {
  const s = text.slice(part.start, part.end);
  return s.includes('’') ? s.replace(/’/g, "'") : s;
}

/** Lower-cased, straight-apostrophe key used to index data by a word. */
export function keyOf(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function pushPiece(text: string, start: number, end: number, joint: Joint, out: Part[]): void {
  const outer = start;
  let elision = '';
  // "l’Irak", "d’Alep": a one-letter elided article or preposition glued on by the apostrophe.
  if (end - start > 2 && isApostrophe(text.charCodeAt(start + 1))) {
    const c = text[start]!;
    if (c === 'l' || c === 'L' || c === 'd' || c === 'D') {
      elision = c.toLowerCase();
      start += 2;
    }
  }
  // "Liban's": the English possessive is not part of the name.
  if (end - start > 2 && isApostrophe(text.charCodeAt(end - 2))) {
    const c = text[end - 1];
    if (c === 's' || c === 'S') end -= 2;
  }
  if (end > start) out.push({ start, end, outer, elision, joint });
}

/** Appends the parts of one word to out; `joint` is how the word itself is joined to the one before. */
function splitWord(text: string, start: number, end: number, joint: Joint, out: Part[]): void {
  let from = start;
  let j = joint;
  for (let i = start; i < end; i++) {
    if (isHyphen(text.charCodeAt(i))) {
      pushPiece(text, from, i, j, out);
      j = 'hyphen';
      from = i + 1;
    }
  }
  pushPiece(text, from, end, j, out);
}

/** Parts of a run of words (a paragraph), in order. */
export function partsOfWords(text: string, words: WordSpans): Part[] {
  const out: Part[] = [];
  for (let i = 0; i < words.length; i++) {
    const start = words.start(i);
    const joint: Joint = i > 0 && isWhitespaceGap(text, words.end(i - 1), start) ? 'space' : 'other';
    splitWord(text, start, words.end(i), joint, out);
  }
  return out;
}

/** Parts of a short data string ("Côte d’Ivoire", "Etats-Unis"), as text, with the same cuts as running text. */
export function partsOfString(s: string): { text: string; elision: string }[] {
  return partsOfWords(s, spansOf(wordsIn(s))).map((p) => ({ text: partText(s, p), elision: p.elision }));
}

function pushKey(word: string, from: number, to: number, out: string[]): void {
  // "l’onu", "d'alep": drop the elided article or preposition.
  if (to - from > 2 && isApostrophe(word.charCodeAt(from + 1))) {
    const c = word.charCodeAt(from);
    if (c === 0x6c || c === 0x64) from += 2;
  }
  // "irak’s": drop the possessive.
  if (to - from > 2 && isApostrophe(word.charCodeAt(to - 2)) && word.charCodeAt(to - 1) === 0x73) to -= 2;
  if (to <= from) return;
  const key = word.slice(from, to);
  out.push(key.includes('’') ? key.replace(/’/g, "'") : key);
}

/**
 * Lower-cased keys of a vocabulary word's parts, for cheap presence checks:
 * "pro-irak" gives "pro" and "irak"; "l’onu" gives "onu"; a plain word gives itself.
 */
export function vocabularyKeys(word: string): readonly string[] {
  if (!hasJoiner(word)) return [word];
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    if (isHyphen(word.charCodeAt(i))) {
      pushKey(word, from, i, out);
      from = i + 1;
    }
  }
  pushKey(word, from, word.length, out);
  return out;
}

/** Vocabulary words (lower case, as in Article.vocabulary()) that hold a key of interest, with cheap first tests for running words. */
export interface WordHits {
  readonly words: ReadonlySet<string>;
  readonly lengths: ReadonlySet<number>;
  /** First characters of the hit words, in both cases. */
  readonly firstChars: ReadonlySet<number>;
}

/** An elision ("l’irak"), a possessive ("irak’s") or a hyphen ("pro-irak"): the places where a word hides a name. */
export function hasJoiner(word: string): boolean {
  return (
    isApostrophe(word.charCodeAt(1)) ||
    isApostrophe(word.charCodeAt(word.length - 2)) ||
    word.indexOf('-') >= 0 ||
    word.indexOf('‐') >= 0
  );
}

/** Hits from words already known to hold a key of interest. */
export function wordHitsOf(words: Iterable<string>): WordHits | undefined {
  let set: Set<string> | undefined;
  const lengths = new Set<number>();
  const firstChars = new Set<number>();
  for (const w of words) {
    (set ??= new Set()).add(w);
    lengths.add(w.length);
    firstChars.add(w.charCodeAt(0));
    firstChars.add(w[0]!.toUpperCase().charCodeAt(0));
  }
  return set === undefined ? undefined : { words: set, lengths, firstChars };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when the character at pos is a letter, a combining mark or a digit. */
export function isWordCharAt(text: string, pos: number): boolean {
  if (pos < 0 || pos >= text.length) return false;
  const c = text.charCodeAt(pos);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  if (c < 0xc0) return false;
  return WORD_CHAR.test(text[pos]!);
}

/** Letters, digits and the joiners inside a word (hyphens, apostrophes followed by a letter). */
function inWord(text: string, pos: number): boolean {
  if (isWordCharAt(text, pos)) return true;
  const c = text.charCodeAt(pos);
  return (isHyphen(c) || isApostrophe(c)) && isWordCharAt(text, pos - 1) && isWordCharAt(text, pos + 1);
}

/** The word that ends right before `pos` with only spaces between (no punctuation), or undefined. */
export function wordBefore(text: string, pos: number): Word | undefined {
  let end = pos;
  while (end > 0 && isWhitespaceGap(text, end - 1, end)) end--;
  if (end === pos || end === 0 || !isWordCharAt(text, end - 1)) return undefined;
  let start = end - 1;
  while (start > 0 && inWord(text, start - 1)) start--;
  return { start, end };
}

/** The word that starts right after `pos` with only spaces between (no punctuation), or undefined. */
export function wordAfter(text: string, pos: number): Word | undefined {
  let start = pos;
  while (start < text.length && isWhitespaceGap(text, start, start + 1)) start++;
  if (start === pos || start >= text.length || !isWordCharAt(text, start)) return undefined;
  let end = start + 1;
  while (end < text.length && inWord(text, end)) end++;
  return { start, end };
}

/** The span (of a sorted list) that contains pos, by binary search. */
export function spanAt<T extends { readonly start: number; readonly end: number }>(spans: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
