import { describe, expect, it } from 'vitest';
import { rangeOf, type Discrepancy } from '../../../src/core/compare/model';
import { validateCorrection } from '../../../src/core/corrections/correction';
import { adoptionOf } from '../../../src/core/review/adoption';
import { planAdopt, planUndo } from '../../../src/core/review/plan-correction';
import { reviewReducer } from '../../../src/core/review/review-reducer';
import { emptyReviewState } from '../../../src/core/review/review-state';
import { stored } from './fixtures';

/** A session opened on `text` (its own MT, nothing recorded yet). */
function loaded(text: string, _findings: readonly never[] = []) {
  return reviewReducer(emptyReviewState(), { type: 'load', story: { id: 's1', status: 'in-review', sourceText: text, currentText: text }, corrections: [], at: 1_000 });
}

const ctx = { editor: 'JD', now: 9_000 };

const MT = 'Prime Minister Mohamed Chia al-Soudani spoke on Friday, December 8 of 78 attacks.';
const OTHER = 'Mohammed Shia al-Sudani said on December 7 there were 84 attacks.';

function discrepancy(kind: Discrepancy['kind'], a: string, b: string | null): Discrepancy {
  const as = MT.indexOf(a);
  const bs = b === null ? -1 : OTHER.indexOf(b);
  return { kind, a: rangeOf(MT, as, as + a.length), b: b === null ? null : rangeOf(OTHER, bs, bs + b.length), message: '' };
}

describe('adoptionOf', () => {
  it('replaces a name whole', () => {
    const a = adoptionOf(discrepancy('name', 'Mohamed Chia al-Soudani', 'Mohammed Shia al-Sudani'));
    expect(a).toEqual({ kind: 'name', start: 15, end: 38, expected: 'Mohamed Chia al-Soudani', text: 'Mohammed Shia al-Sudani' });
  });

  it('keeps what comes before the word the other story starts with', () => {
    const a = adoptionOf(discrepancy('date', 'Friday, December 8', 'December 7'));
    expect(a).toMatchObject({ expected: 'December 8', text: 'December 7' });
    expect(MT.slice(a!.start, a!.end)).toBe('December 8');
  });

  it('matches the starting word as a whole word only', () => {
    // "8" of the other story is not the "8" inside "18".
    const text = 'On 18 or 8 May';
    const d: Discrepancy = { kind: 'date', a: rangeOf(text, 3, 14), b: { start: 0, end: 6, text: '8 June' }, message: '' };
    expect(adoptionOf(d)).toMatchObject({ start: 9, expected: '8 May', text: '8 June' });
  });

  it('has nothing to adopt for an omission or the same text', () => {
    expect(adoptionOf(discrepancy('omission', 'spoke on Friday', null))).toBeNull();
    expect(adoptionOf({ kind: 'number', a: rangeOf(MT, 70, 72), b: { start: 0, end: 2, text: '78' }, message: '' })).toBeNull();
  });
});

describe('planAdopt', () => {
  const name = adoptionOf(discrepancy('name', 'Mohamed Chia al-Soudani', 'Mohammed Shia al-Sudani'))!;

  it('plans a sound accept under compare-<kind>, major mistranslation', () => {
    const plan = planAdopt(loaded(MT, []), { ...name, since: 5_000 }, ctx);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.input).toMatchObject({
      kind: 'accept',
      start: 15,
      end: 38,
      originalText: 'Mohamed Chia al-Soudani',
      newText: 'Mohammed Shia al-Sudani',
      rule: 'compare-name',
      category: 'accuracy/mistranslation',
      severity: 'major',
      suggestionIndex: 0,
      editor: 'JD',
      timeSpentMs: 4_000,
    });
    expect(plan.text).toBe(MT.replace('Mohamed Chia al-Soudani', 'Mohammed Shia al-Sudani'));
    expect(validateCorrection(stored(plan.input))).toEqual([]);
  });

  it('records number and date adoptions as mistranslations too', () => {
    for (const d of [discrepancy('number', '78', '84'), discrepancy('date', 'Friday, December 8', 'December 7')]) {
      const plan = planAdopt(loaded(MT, []), adoptionOf(d)!, ctx);
      if (!plan.ok) throw new Error(plan.reason);
      expect(plan.input).toMatchObject({ rule: `compare-${d.kind}`, category: 'accuracy/mistranslation', severity: 'major' });
    }
  });

  it('once recorded, changes the text and undo takes it back', () => {
    const s = loaded(MT, []);
    const plan = planAdopt(s, name, ctx);
    if (!plan.ok) throw new Error(plan.reason);
    const after = reviewReducer(s, { type: 'recorded', correction: stored(plan.input) });
    expect(after.text).toBe(plan.text);
    expect(after.recordedText).toBe(plan.text);
    const undo = planUndo(after);
    if (!undo.ok) throw new Error(undo.reason);
    expect(undo.text).toBe(MT);
  });

  it('refuses a range the text no longer reads', () => {
    const moved = loaded(`Yesterday ${MT}`, []);
    expect(planAdopt(moved, name, ctx)).toMatchObject({ ok: false, reason: expect.stringContaining('changed') });
    expect(planAdopt(loaded(MT, []), { ...name, end: MT.length + 5 }, ctx)).toMatchObject({ ok: false });
  });

  it('waits for typing to be recorded, and needs a story', () => {
    const s = loaded(MT, []);
    const typed = reviewReducer(s, { type: 'text-edited', text: `${MT}!`, changes: [{ start: MT.length, end: MT.length, text: '!' }] });
    expect(planAdopt(typed, name, ctx)).toMatchObject({ ok: false, reason: expect.stringContaining('not recorded') });
    expect(planAdopt(emptyReviewState(), name, ctx)).toEqual({ ok: false, reason: 'No story is open.' });
  });
});
