import type { Correction, CorrectionInput } from '../../../src/core/corrections/correction';
import type { Finding } from '../../../src/core/model/finding';
import { reviewReducer } from '../../../src/core/review/review-reducer';
import { emptyReviewState, type ReviewState } from '../../../src/core/review/review-state';

// "Pékin" [5, 10), "ce vendredi" [14, 25), "le président" [31, 43).
export const MT = 'Hier Pékin et ce vendredi dit, le président a parlé.';

export function finding(fields: Partial<Finding> & Pick<Finding, 'start' | 'end'>): Finding {
  return {
    rule: 'exonym',
    category: 'accuracy/untranslated',
    severity: 'major',
    message: 'French name of a place',
    suggestions: [],
    ...fields,
  };
}

export const FINDINGS: readonly Finding[] = [
  finding({ start: 5, end: 10, suggestions: ['Beijing'] }),
  finding({ start: 14, end: 25, rule: 'calque', category: 'style/awkward', severity: 'minor', suggestions: ['on Friday', 'Friday'] }),
  finding({ start: 31, end: 43, rule: 'untranslated', suggestions: [] }),
];

/** A session on MT with FINDINGS analyzed, at the first issue. */
export function loaded(text = MT, findings: readonly Finding[] = FINDINGS, corrections: readonly Correction[] = []): ReviewState {
  const s = reviewReducer(emptyReviewState(), {
    type: 'load',
    story: { id: 's1', status: 'in-review', sourceText: MT, currentText: text },
    corrections,
    at: 1_000,
  });
  return reviewReducer(s, { type: 'analyzed', text, findings });
}

let serial = 0;

/** What the store would return for an input. */
export function stored(input: CorrectionInput, fields: Partial<Correction> = {}): Correction {
  serial++;
  return { ...input, id: input.id ?? `c${serial}`, createdAt: '2025-03-07T10:15:00.000Z', undone: false, ...fields };
}
