import type { Span } from '../model/span';
import { codeClass, LETTER_OR_DIGIT, MARK } from './code-class';

/** A word token: letters, digits and marks, with inner apostrophes and hyphens ("al-Sudani", "don't", "Iraq’s"). */
export type Word = Span;

// A hand-written scanner rather than a /\p{L}.../u regex: the Unicode regex
// was the single slowest step of parsing (about 3x this loop), and every rule
// needs the words. BMP code units are classified through code-class.ts's
// table; astral code points are classified once and cached here.
const LETTER_OR_DIGIT_TEST = /[\p{L}\p{N}]/u;
const MARK_TEST = /\p{M}/u;
const astralCache = new Map<number, number>();
const NONE = 0;
const START = 1; // letter or digit: may start a word
const INNER = 2; // combining mark: may continue a word only

function classifyAstral(cp: number): number {
  let k = astralCache.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = LETTER_OR_DIGIT_TEST.test(ch) ? START : MARK_TEST.test(ch) ? INNER : NONE;
    astralCache.set(cp, k);
  }
  return k;
}

function classify(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? START : NONE;
  }
  // Surrogate pairs (rare in copy): classify the whole code point.
  if (c >= 0xd800 && c <= 0xdbff) return classifyAstral(text.codePointAt(i) ?? c);
  if (c >= 0xdc00 && c <= 0xdfff) return classify(text, i - 1) === NONE || i === 0 ? NONE : INNER;
  const k = codeClass(c);
  return (k & LETTER_OR_DIGIT) !== 0 ? START : (k & MARK) !== 0 ? INNER : NONE;
}

/** Apostrophes and hyphens join two parts of one word. */
function isJoiner(c: number): boolean {
  return c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 45 /* - */ || c === 0x2010 /* ‐ */;
}

/** First index at or after i (below end) where a word starts, or end. */
export function nextWordStart(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits inline: most of the text.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return i;
    if (c >= 128 && classify(text, i) === START) return i;
    i++;
  }
  return end;
}

/** End of the word that starts at `from` (a START character), at most `end`. */
export function wordEnd(text: string, from: number, end: number): number {
  let i = from + 1;
  for (;;) {
    while (i < end) {
      const c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) i++;
      else if (c >= 128 && classify(text, i) !== NONE) i++;
      else break;
    }
    // A joiner continues the word only when a letter or digit follows it.
    if (i + 1 < end && isJoiner(text.charCodeAt(i)) && classify(text, i + 1) === START) {
      i += 2;
      continue;
    }
    return i;
  }
}

/** Words of text[start, end), in order, as spans into text. */
export function wordsIn(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  for (let i = nextWordStart(text, start, end); i < end; i = nextWordStart(text, i, end)) {
    const to = wordEnd(text, i, end);
    out.push({ start: i, end: to });
    i = to;
  }
  return out;
}

/** Number of words in text[start, end), counting no further than `limit` + 1. */
export function countWordsUpTo(text: string, start: number, end: number, limit: number): number {
  let n = 0;
  for (let i = nextWordStart(text, start, end); i < end && n <= limit; i = nextWordStart(text, i, end)) {
    i = wordEnd(text, i, end);
    n++;
  }
  return n;
}

/** Count of words in text. */
export function countWords(text: string): number {
  return countWordsUpTo(text, 0, text.length, Infinity);
}
