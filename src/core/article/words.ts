import type { Span } from '../model/span';

/** A word token: letters, digits and marks, with inner apostrophes, hyphens and dots ("al-Sudani", "don't", "U.S"). */
export type Word = Span;

// Inner joiners: apostrophes (straight and curly) and hyphens glue parts of one word.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Words of text[start, end), in order, as spans into text. */
export function wordsIn(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = start;
  for (;;) {
    const m = WORD.exec(text);
    if (m === null || m.index >= end) break;
    const wEnd = Math.min(m.index + m[0].length, end);
    out.push({ start: m.index, end: wEnd });
  }
  return out;
}

/** Count of words in text, without building spans. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}
