/**
 * Unicode classes of single UTF-16 code units, for the scanners of the parser
 * and the rules.
 *
 * A Unicode-property regex (/\p{L}/u) per character costs a string and a
 * match every time, and a regex that embeds such a class is slow to build
 * (about a millisecond each with flag i). So each non-ASCII code unit is
 * classified once, on first sight, and the answer kept in a table of 64K
 * bytes. A lone surrogate has no class: callers that care about astral
 * characters decode the code point themselves.
 */

export const LETTER_OR_DIGIT = 2; // \p{L} or \p{N}
export const MARK = 4; // \p{M}
export const LOWER = 8; // \p{Ll}
export const UPPER = 16; // \p{Lu} or \p{Lt}
const KNOWN = 1;

const LN_TEST = /[\p{L}\p{N}]/u;
const MARK_TEST = /\p{M}/u;
const LOWER_TEST = /\p{Ll}/u;
const UPPER_TEST = /\p{Lu}|\p{Lt}/u;

const table = new Uint8Array(0x10000);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  return (
    KNOWN |
    (LN_TEST.test(ch) ? LETTER_OR_DIGIT : 0) |
    (MARK_TEST.test(ch) ? MARK : 0) |
    (LOWER_TEST.test(ch) ? LOWER : 0) |
    (UPPER_TEST.test(ch) ? UPPER : 0)
  );
}

/** Class bits of a code unit (0 <= c < 0x10000). ASCII is answered without the table. */
export function codeClass(c: number): number {
  if (c < 128) {
    if (c >= 97 && c <= 122) return KNOWN | LETTER_OR_DIGIT | LOWER;
    if (c >= 65 && c <= 90) return KNOWN | LETTER_OR_DIGIT | UPPER;
    if (c >= 48 && c <= 57) return KNOWN | LETTER_OR_DIGIT;
    return KNOWN;
  }
  let k = table[c]!;
  if (k === 0) {
    k = classify(c);
    table[c] = k;
  }
  return k;
}

/** \p{L}, \p{N} or \p{M}: a character a word is made of. False for surrogates and NaN (out of range). */
export function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (!(c < 0x10000)) return false; // NaN: before the start or past the end of the text
  return (codeClass(c) & (LETTER_OR_DIGIT | MARK)) !== 0;
}

/** \p{L} or \p{N}. False for surrogates and NaN. */
export function isLetterOrDigitUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (!(c < 0x10000)) return false;
  return (codeClass(c) & LETTER_OR_DIGIT) !== 0;
}

export function isSurrogateUnit(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}
