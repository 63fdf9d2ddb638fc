import type { Span } from '../model/span';
import type { Correction } from './correction';

/**
 * Text [start, end) replaced by `text`. Offsets are UTF-16 code units, as in
 * String.prototype.slice and everywhere else in Copydesk; a CRLF line break is
 * two of them.
 */
export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function checkRange(r: Replacement, length: number): void {
  if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.start > r.end || r.end > length) {
    throw new RangeError(`replacement [${r.start}, ${r.end}) does not fit a text of ${length} UTF-16 units`);
  }
}

/** How far the replacement moves what comes after it. */
export function replacementDelta(r: Replacement): number {
  return r.text.length - (r.end - r.start);
}

/** The text with the replacement made; throws RangeError when the range does not fit. */
export function applyReplacement(text: string, r: Replacement): string {
  checkRange(r, text.length);
  return text.slice(0, r.start) + r.text + text.slice(r.end);
}

/**
 * Where an offset lands after the replacement. Offsets before the replaced
 * range stay, offsets after it move by the length change. An offset at or
 * inside the range [start, end] has no place of its own in the new text: with
 * assoc -1 it goes before the new text, with assoc 1 after it (a caret at the
 * end of a replaced word follows the word).
 */
export function mapOffset(offset: number, r: Replacement, assoc: -1 | 1 = 1): number {
  if (offset < r.start) return offset;
  if (offset > r.end) return offset + replacementDelta(r);
  return assoc < 0 ? r.start : r.start + r.text.length;
}

/**
 * Where a range lands after the replacement.
 * - Replacement before the range, or ending where it starts (an insertion at its
 *   start included): the range moves with its text.
 * - Replacement after the range, or starting where it ends: the range stays.
 * - Otherwise the replacement changed text inside the range: with 'drop'
 *   (the default, for findings) the result is null, since what the range
 *   pointed at is gone and must be found again; with 'stretch' (for
 *   selections, compare marks) the range covers the old rest and the new text.
 */
export function mapSpan(span: Span, r: Replacement, mode: 'drop' | 'stretch' = 'drop'): Span | null {
  const delta = replacementDelta(r);
  if (r.end <= span.start) {
    return { start: span.start + delta, end: span.end + delta };
  }
  if (r.start >= span.end) return { start: span.start, end: span.end };
  if (mode === 'drop') return null;
  return { start: Math.min(span.start, r.start), end: Math.max(span.end + delta, r.start + r.text.length) };
}

/**
 * Items (findings, marks) carried through a replacement: those it touches are
 * dropped, the rest keep every other field with their offsets moved.
 */
export function mapSpans<T extends Span>(items: readonly T[], r: Replacement): T[] {
  const out: T[] = [];
  for (const item of items) {
    const mapped = mapSpan(item, r);
    if (mapped === null) continue;
    out.push(mapped.start === item.start && mapped.end === item.end ? item : { ...item, start: mapped.start, end: mapped.end });
  }
  return out;
}

/** The replacement a correction made (a dismissal replaces its range with itself). */
export function replacementOf(c: Correction): Replacement {
  return { start: c.start, end: c.end, text: c.newText };
}

export interface Replay {
  /** The text after every correction that applied. */
  readonly text: string;
  /** Corrections whose range no longer held their originalText, in log order; they were not applied. */
  readonly mismatched: readonly Correction[];
}

/**
 * The MT as opened with the correction log replayed on it: accepts and edits
 * not undone, in log order. Offsets of each correction are in the text as it
 * was just before it, which is the replayed text only if undo worked as a stack
 * (a new correction after an undo drops the redo branch). A correction whose
 * range does not hold its originalText is reported, not applied.
 */
export function replayCorrections(mtText: string, corrections: readonly Correction[]): Replay {
  let text = mtText;
  const mismatched: Correction[] = [];
  for (const c of corrections) {
    if (c.undone || c.kind === 'dismiss') continue;
    if (c.end > text.length || text.slice(c.start, c.end) !== c.originalText) {
      mismatched.push(c);
      continue;
    }
    text = applyReplacement(text, replacementOf(c));
  }
  return { text, mismatched };
}
