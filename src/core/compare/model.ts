/**
 * What a comparison of two stories reports (issue 4). Every range is a
 * UTF-16 span of the exact original text of its own story, and `text` is
 * exactly that slice, so a caller can highlight it without searching.
 */
export interface TextRange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * name: one person, group or place spelt differently; date: two dates for one
 * event; number: two figures for one count (or, against the original, a
 * figure that changed or went missing); omission: a sentence of the original
 * with no translation.
 */
export type DiscrepancyKind = 'name' | 'date' | 'number' | 'omission';

export interface Discrepancy {
  readonly kind: DiscrepancyKind;
  /** In story A (in source mode, the original). */
  readonly a: TextRange;
  /** In story B; null when B has nothing to point at (an omitted sentence). */
  readonly b: TextRange | null;
  /** What differs, in words for an editor. */
  readonly message: string;
}

export type FactKind = 'name' | 'date' | 'number';

/**
 * A name, date or figure that one story has and the other does not. Listed
 * once, at its first occurrence, with how often the story uses it: an editor
 * wants to know what the other report leaves out, not every repetition.
 */
export interface Fact extends TextRange {
  readonly kind: FactKind;
  /** The normalised value: "December 8", "78", "23:30", or the name as first written. */
  readonly value: string;
  readonly occurrences: number;
}

/** Two spans taken to say the same thing, with how sure the alignment is (0..1). */
export interface AlignedPair {
  readonly a: { readonly start: number; readonly end: number };
  readonly b: { readonly start: number; readonly end: number };
  readonly score: number;
}

export interface Comparison {
  /** "comparable": two reports of one event; "source": A is the original, B its translation. */
  readonly mode: 'comparable' | 'source';
  /** In reading order of story A. */
  readonly discrepancies: readonly Discrepancy[];
  readonly onlyA: readonly Fact[];
  readonly onlyB: readonly Fact[];
  /** Sentences taken to correspond, for a side-by-side view. */
  readonly sentences: readonly AlignedPair[];
  /** Paragraphs taken to correspond. */
  readonly paragraphs: readonly AlignedPair[];
}

export function rangeOf(text: string, start: number, end: number): TextRange {
  return { start, end, text: text.slice(start, end) };
}
