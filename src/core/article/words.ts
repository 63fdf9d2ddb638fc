import type { Span } from '../model/span';

/** A word token: letters, digits and marks, with inner apostrophes and hyphens ("al-Sudani", "don't", "Iraq’s"). */
export type Word = Span;

// A hand-written scanner rather than a /\p{L}.../u regex: the Unicode regex
// was the single slowest step of parsing (about 3x this loop), and every rule
// needs the words. Non-ASCII code units are classified once and cached.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const classCache = new Map<number, number>();
const NONE = 0;
const START = 1; // letter or digit: may start a word
const INNER = 2; // combining mark: may continue a word only

function classify(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? START : NONE;
  }
  // Surrogate pairs (rare in copy): classify the whole code point.
  if (c >= 0xd800 && c <= 0xdbff) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
    return LETTER_OR_DIGIT.test(ch) ? START : MARK.test(ch) ? INNER : NONE;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return classify(text, i - 1) === NONE || i === 0 ? NONE : INNER;
  let k = classCache.get(c);
  if (k === undefined) {
    const ch = String.fromCharCode(c);
    k = LETTER_OR_DIGIT.test(ch) ? START : MARK.test(ch) ? INNER : NONE;
    classCache.set(c, k);
  }
  return k;
}

/** Apostrophes and hyphens join two parts of one word. */
function isJoiner(c: number): boolean {
  return c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 45 /* - */ || c === 0x2010 /* ‐ */;
}

/** Words of text[start, end), in order, as spans into text. */
export function wordsIn(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    if (classify(text, i) !== START) {
      i++;
      continue;
    }
    const from = i;
    i++;
    for (;;) {
      while (i < end && classify(text, i) !== NONE) i++;
      // A joiner continues the word only when a letter or digit follows it.
      if (i + 1 < end && isJoiner(text.charCodeAt(i)) && classify(text, i + 1) === START) {
        i += 2;
        continue;
      }
      break;
    }
    out.push({ start: from, end: i });
  }
  return out;
}

/** Count of words in text. */
export function countWords(text: string): number {
  return wordsIn(text).length;
}
