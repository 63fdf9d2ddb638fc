import { describe, expect, it } from 'vitest';
import { validateCorrection } from '../../../src/core/corrections/correction';
import { planAccept, planDismiss, planEdit, spanningReplacement } from '../../../src/core/review/plan-correction';
import { reviewReducer } from '../../../src/core/review/review-reducer';
import { emptyReviewState } from '../../../src/core/review/review-state';
import { MT, loaded, stored } from './fixtures';

const ctx = { editor: 'JD', now: 4_000 };

describe('spanningReplacement', () => {
  it('finds the one changed stretch', () => {
    expect(spanningReplacement('the cat sat', 'the dog sat')).toEqual({ start: 4, end: 7, text: 'dog' });
    expect(spanningReplacement('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
    expect(spanningReplacement('abc', 'abc')).toBeNull();
    expect(spanningReplacement('abc', '')).toEqual({ start: 0, end: 3, text: '' });
  });
});

describe('plans', () => {
  it('builds sound records the store will accept', () => {
    const s = loaded();
    for (const plan of [planAccept(s, ctx), planDismiss(s, 'occurrence', ctx), planDismiss(s, 'rule', ctx)]) {
      if (!plan.ok) throw new Error(plan.reason);
      expect(validateCorrection(stored(plan.input))).toEqual([]);
      expect(plan.input.timeSpentMs).toBe(3_000);
      expect(plan.input.startedAt).toBe(new Date(1_000).toISOString());
    }
    const typed = reviewReducer(s, { type: 'text-edited', text: `${MT} Fin.`, changes: [{ start: MT.length, end: MT.length, text: ' Fin.' }] });
    const edit = planEdit(typed, ctx);
    if (!edit.ok) throw new Error(edit.reason);
    expect(edit.input).toMatchObject({ category: 'style/awkward', severity: 'minor' });
    expect(edit.input.rule).toBeUndefined();
    expect(validateCorrection(stored(edit.input))).toEqual([]);
  });

  it('explains why nothing can be planned', () => {
    expect(planAccept(emptyReviewState(), ctx)).toEqual({ ok: false, reason: 'No story is open.' });
    const noSuggestion = reviewReducer(loaded(), { type: 'go-to', index: 2 });
    expect(planAccept(noSuggestion, ctx)).toMatchObject({ ok: false, reason: expect.stringContaining('no suggestion') });
    expect(planEdit(loaded(), ctx)).toEqual({ ok: false, reason: 'Nothing was edited.' });
    expect(planDismiss(loaded(MT, []), 'occurrence', ctx)).toMatchObject({ ok: false });
  });
});
