import type { Span } from '../model/span';
import { isLowerCode, isSpaceCode, isWordCode } from './sentences';

/**
 * Quotations in one paragraph, found by pairing quote marks.
 *
 * Double marks (“ ” " « ») are paired strictly: they are what English news
 * quotes with, so an unpaired one is worth reporting. Single marks (‘ ’ ')
 * are also apostrophes ("don’t", "Iraq’s", "the 1990s’"), so they are paired
 * loosely and only used to tell whether a passage is quoted.
 */
export interface Quotation extends Span {
  /** Double quotation marks (“ ” " « »); false for single ones (‘ ’ '). */
  readonly double: boolean;
  /**
   * False when no closing mark was found: the quotation then runs to the
   * next opening double mark or to the end of the paragraph.
   */
  readonly closed: boolean;
}

const QUOTE_MARK = /["“”«»'‘’]/g;

const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const STRAIGHT_DOUBLE = 0x22;
const LEFT_GUILLEMET = 0xab;
const RIGHT_GUILLEMET = 0xbb;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const STRAIGHT_SINGLE = 0x27;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Before an opening mark: start, space, or an opening bracket or dash. */
function opensAfter(c: number): boolean {
  return Number.isNaN(c) || isSpaceCode(c) || c === 0x28 || c === 0x5b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f;
}

/**
 * A stray opening double mark glued to a closing one before a lower-case
 * word (`if any.”“said the officer`, `if any.""said`): MT doubled the mark; the words after
 * it are the attribution, not a new quotation.
 */
export function isGluedStrayOpening(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if ((c !== LEFT_DOUBLE && c !== STRAIGHT_DOUBLE) || i === 0) return false;
  const before = text.charCodeAt(i - 1);
  return (before === RIGHT_DOUBLE || before === STRAIGHT_DOUBLE) && i + 1 < end && isLowerCode(text.charCodeAt(i + 1));
}

/** Quotations of text[start, end) (one paragraph), sorted by start. */
export function findQuotations(text: string, start: number, end: number): Quotation[] {
  const out: Quotation[] = [];
  let doubleOpen = -1;
  let singleOpen = -1;
  // Search a slice, not the whole text: a search past `end` would make many quote-free paragraphs quadratic.
  const slice = text.slice(start, end);
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(slice); m !== null; m = QUOTE_MARK.exec(slice)) {
    const i = start + m.index;
    const c = text.charCodeAt(i);
    const prev = i > start ? text.charCodeAt(i - 1) : NaN;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : NaN;
    const nextIsWord = !Number.isNaN(next) && isWordCode(next);
    const prevIsSpace = opensAfter(prev);

    if (c === LEFT_DOUBLE || c === LEFT_GUILLEMET || c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET || c === STRAIGHT_DOUBLE) {
      let opening: boolean;
      if (c === LEFT_DOUBLE || c === LEFT_GUILLEMET) {
        if (isGluedStrayOpening(text, i, end)) continue;
        // A left mark used as a closing one ("he said “no“."): glued to a word, nothing after.
        opening = !(doubleOpen >= 0 && !prevIsSpace && !nextIsWord);
      } else if (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET) {
        // A right mark used as an opening one (” at a word start, nothing open).
        opening = doubleOpen < 0 && prevIsSpace && nextIsWord;
      } else {
        // Straight mark: after a digit with nothing open it is an inch mark (a 65" screen).
        if (doubleOpen < 0 && !Number.isNaN(prev) && isDigit(prev) && !nextIsWord) continue;
        if (doubleOpen < 0 && isGluedStrayOpening(text, i, end)) continue;
        opening = doubleOpen < 0;
      }
      if (opening) {
        // A new opening while one is open: the earlier one was never closed.
        if (doubleOpen >= 0) out.push({ start: doubleOpen, end: i, double: true, closed: false });
        doubleOpen = i;
      } else if (doubleOpen >= 0) {
        out.push({ start: doubleOpen, end: i + 1, double: true, closed: true });
        doubleOpen = -1;
      }
      continue;
    }

    // Single marks. An opening one sits before a word (not a digit: ’90s) after a space or start.
    if (c === LEFT_SINGLE || (c === STRAIGHT_SINGLE && singleOpen < 0)) {
      if (nextIsWord && !isDigit(next) && (prevIsSpace || Number.isNaN(prev) || prev === LEFT_DOUBLE || prev === STRAIGHT_DOUBLE)) {
        singleOpen = i;
        continue;
      }
    }
    // A closing one follows a non-space and is not inside a word (don’t, Iraq’s).
    if ((c === RIGHT_SINGLE || c === STRAIGHT_SINGLE) && singleOpen >= 0 && !prevIsSpace && !nextIsWord) {
      out.push({ start: singleOpen, end: i + 1, double: false, closed: true });
      singleOpen = -1;
    }
  }
  if (doubleOpen >= 0) out.push({ start: doubleOpen, end, double: true, closed: false });
  if (singleOpen >= 0) out.push({ start: singleOpen, end, double: false, closed: false });
  return out.sort((a, b) => a.start - b.start);
}

/** Last index in a start-sorted list whose start is at or before `at`, or -1. */
function lastStartingAtOrBefore(list: readonly Quotation[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * A test for "is [start, end) inside a quotation (marks included)?" over the
 * quotations of one paragraph. Quotations of one kind never overlap, so only
 * the last one of each kind starting before the range can hold it: two
 * binary searches per question.
 */
export function quotedTest(quotations: readonly Quotation[]): (start: number, end: number) => boolean {
  const doubles = quotations.filter((q) => q.double);
  const singles = quotations.filter((q) => !q.double);
  const inside = (list: readonly Quotation[], start: number, end: number) => {
    const q = list[lastStartingAtOrBefore(list, start)];
    return q !== undefined && end <= q.end;
  };
  return (start, end) => inside(doubles, start, end) || inside(singles, start, end);
}
