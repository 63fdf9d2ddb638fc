import { escapeRegExp } from '../escape-regexp';
import type { Discrepancy, DiscrepancyKind } from '../compare/model';
import type { MqmCategory, Severity } from '../model/finding';

/**
 * Taking the other story's spelling or figure into the story under review
 * (issue 4): replace [start, end) of the text, which must still read
 * `expected`, with `text`. Kept apart from the comparison so that the planner
 * checks it against the text as it is when the key is pressed, not as it was
 * when the comparison ran.
 */
export interface Adoption {
  readonly kind: DiscrepancyKind;
  readonly start: number;
  readonly end: number;
  readonly expected: string;
  readonly text: string;
  /** When the editor arrived at the discrepancy (ms since the epoch), for time spent on it. */
  readonly since?: number;
}

/**
 * MQM for an adopted discrepancy. A wrong name, date or figure is a
 * mistranslation in MQM's terms (accuracy: the target does not say what the
 * source says); it misinforms the reader, hence major (MQM: "major" when the
 * meaning changes).
 */
export const ADOPT_CATEGORY: Readonly<Record<DiscrepancyKind, MqmCategory>> = {
  name: 'accuracy/mistranslation',
  date: 'accuracy/mistranslation',
  number: 'accuracy/mistranslation',
  omission: 'accuracy/omission',
};

export const ADOPT_SEVERITY: Severity = 'major';

/** The rule id an adopted discrepancy is recorded under ("compare-name"). */
export function adoptRule(kind: DiscrepancyKind): string {
  return `compare-${kind}`;
}

/**
 * What adopting a discrepancy of a comparison (story A = the story under
 * review, B = the other story) replaces. The range narrows to the part of A
 * that B's wording starts at, when A has that word: "Friday, December 8"
 * against "December 7" becomes "Friday, December 7", not "December 7". Null
 * when there is nothing to adopt (B points at nothing, or says the same).
 */
export function adoptionOf(d: Discrepancy): Adoption | null {
  if (d.b === null || d.kind === 'omission') return null;
  let { start, text: expected } = d.a;
  const first = /^[\p{L}\p{N}]+/u.exec(d.b.text)?.[0];
  if (first !== undefined) {
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(first)}(?![\\p{L}\\p{N}])`, 'u').exec(expected);
    if (at !== null && at.index > 0) {
      start += at.index;
      expected = expected.slice(at.index);
    }
  }
  if (expected === d.b.text) return null;
  return { kind: d.kind, start, end: d.a.end, expected, text: d.b.text };
}
