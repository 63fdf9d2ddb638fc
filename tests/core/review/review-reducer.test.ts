import { describe, expect, it } from 'vitest';
import { currentIssue, currentSuggestion, visibleIssues } from '../../../src/core/review/issues';
import { planAccept, planDismiss, planEdit, planRedo, planUndo } from '../../../src/core/review/plan-correction';
import { reviewReducer } from '../../../src/core/review/review-reducer';
import type { ReviewState } from '../../../src/core/review/review-state';
import { FINDINGS, MT, finding, loaded, stored } from './fixtures';

const ctx = { editor: 'JD', now: 5_000 };

function accept(state: ReviewState): ReviewState {
  const plan = planAccept(state, ctx);
  if (!plan.ok) throw new Error(plan.reason);
  const requested = reviewReducer(state, { type: 'request', kind: 'accept' });
  return reviewReducer(requested, { type: 'recorded', correction: stored(plan.input) });
}

describe('load and analyzed', () => {
  it('opens a story at its first issue with the analyzer findings', () => {
    const s = loaded();
    expect(s.storyId).toBe('s1');
    expect(s.text).toBe(MT);
    expect(s.recordedText).toBe(MT);
    expect(visibleIssues(s)).toHaveLength(3);
    expect(currentIssue(s)?.rule).toBe('exonym');
    expect(s.issueSince).toBe(1_000);
  });

  it('ignores findings for a text that has moved on', () => {
    const s = loaded();
    const after = reviewReducer(s, { type: 'analyzed', text: 'something else', findings: [] });
    expect(after).toBe(s);
  });

  it('stays on the same passage when a new analysis reorders the list', () => {
    const s = reviewReducer(loaded(), { type: 'next' });
    const extra = finding({ start: 0, end: 4, rule: 'capitals' });
    const after = reviewReducer(s, { type: 'analyzed', text: MT, findings: [extra, ...FINDINGS] });
    expect(currentIssue(after)?.rule).toBe('calque');
    expect(after.current).toBe(2);
  });

  it('restores dismissals from the log and the typed text not yet recorded', () => {
    const dismissal = stored({
      storyId: 's1', kind: 'dismiss', start: 5, end: 10, originalText: 'Pékin', newText: 'Pékin', rule: 'exonym',
      category: 'accuracy/untranslated', severity: 'major', dismissScope: 'occurrence', editor: 'JD', timeSpentMs: 0,
    });
    const typed = MT.replace('Hier', 'Hier,');
    const s = loaded(typed, FINDINGS.map((f) => ({ ...f, start: f.start + 1, end: f.end + 1 })), [dismissal]);
    expect(s.recordedText).toBe(MT);
    expect(s.text).toBe(typed);
    // The log put the dismissal at [5, 10) of MT; the saved text has moved it, but not the analysis offsets used here.
    expect(s.dismissedOccurrences).toEqual([{ rule: 'exonym', start: 5, end: 10, correctionId: dismissal.id }]);
  });
});

describe('navigation', () => {
  it('goes to the next and previous issue, wrapping around', () => {
    let s = loaded();
    s = reviewReducer(s, { type: 'next', at: 2_000 });
    expect(currentIssue(s)?.rule).toBe('calque');
    expect(s.issueSince).toBe(2_000);
    s = reviewReducer(s, { type: 'next' });
    s = reviewReducer(s, { type: 'next' });
    expect(s.current).toBe(0);
    s = reviewReducer(s, { type: 'prev' });
    expect(s.current).toBe(2);
  });

  it('goes to an issue by index and resets the chosen suggestion', () => {
    let s = reviewReducer(loaded(), { type: 'go-to', index: 1 });
    s = reviewReducer(s, { type: 'cycle-suggestion' });
    expect(s.suggestion).toBe(1);
    s = reviewReducer(s, { type: 'go-to', index: 0 });
    expect(s.suggestion).toBe(0);
  });

  it('does nothing without issues', () => {
    const s = loaded(MT, []);
    expect(reviewReducer(s, { type: 'next' })).toBe(s);
    expect(currentIssue(s)).toBeNull();
  });
});

describe('suggestions', () => {
  it('cycles through the suggestions of the current issue, both ways', () => {
    let s = reviewReducer(loaded(), { type: 'go-to', index: 1 });
    expect(currentSuggestion(s)).toBe('on Friday');
    s = reviewReducer(s, { type: 'cycle-suggestion' });
    expect(currentSuggestion(s)).toBe('Friday');
    s = reviewReducer(s, { type: 'cycle-suggestion' });
    expect(currentSuggestion(s)).toBe('on Friday');
    s = reviewReducer(s, { type: 'cycle-suggestion', step: -1 });
    expect(currentSuggestion(s)).toBe('Friday');
  });

  it('leaves an issue with one suggestion alone', () => {
    const s = loaded();
    expect(reviewReducer(s, { type: 'cycle-suggestion' })).toBe(s);
  });

  it('chooses a suggestion by index, refusing one that does not exist', () => {
    const s = reviewReducer(loaded(), { type: 'go-to', index: 1 });
    expect(reviewReducer(s, { type: 'choose-suggestion', index: 1 }).suggestion).toBe(1);
    expect(reviewReducer(s, { type: 'choose-suggestion', index: 5 })).toBe(s);
  });
});

describe('accept', () => {
  it('changes nothing on request: the text moves only once the correction is recorded', () => {
    const s = reviewReducer(loaded(), { type: 'request', kind: 'accept' });
    expect(s.pending).toEqual({ kind: 'accept' });
    expect(s.text).toBe(MT);
  });

  it('applies the recorded suggestion, maps the other findings and moves to the next issue', () => {
    const s = accept(loaded());
    expect(s.text).toBe('Hier Beijing et ce vendredi dit, le président a parlé.');
    expect(s.recordedText).toBe(s.text);
    expect(s.pending).toBeNull();
    expect(visibleIssues(s).map((i) => [i.rule, s.text.slice(i.start, i.end)])).toEqual([
      ['calque', 'ce vendredi'],
      ['untranslated', 'le président'],
    ]);
    expect(currentIssue(s)?.rule).toBe('calque');
    expect(s.corrections).toHaveLength(1);
    expect(s.undoStack).toEqual([s.corrections[0]!.id]);
  });

  it('accepts the suggestion chosen by cycling', () => {
    let s = reviewReducer(loaded(), { type: 'next' });
    s = reviewReducer(s, { type: 'cycle-suggestion' });
    s = accept(s);
    expect(s.text).toContain(' et Friday dit');
    expect(s.corrections[0]!.suggestionIndex).toBe(1);
  });

  it('keeps one correction pending at a time', () => {
    const s = reviewReducer(loaded(), { type: 'request', kind: 'accept' });
    expect(reviewReducer(s, { type: 'request', kind: 'dismiss-occurrence' })).toBe(s);
  });

  it('keeps the text and shows the error when the back end fails', () => {
    let s = reviewReducer(loaded(), { type: 'request', kind: 'accept' });
    s = reviewReducer(s, { type: 'failed', message: 'disk full' });
    expect(s.text).toBe(MT);
    expect(s.pending).toBeNull();
    expect(s.error).toBe('disk full');
    expect(reviewReducer(s, { type: 'clear-error' }).error).toBeNull();
  });
});

describe('dismiss', () => {
  it('hides this occurrence only', () => {
    const s0 = loaded();
    const plan = planDismiss(s0, 'occurrence', ctx);
    if (!plan.ok) throw new Error(plan.reason);
    const s = reviewReducer(s0, { type: 'recorded', correction: stored(plan.input) });
    expect(s.text).toBe(MT);
    expect(visibleIssues(s).map((i) => i.rule)).toEqual(['calque', 'untranslated']);
    expect(s.findings).toHaveLength(3);
  });

  it('hides every finding of the rule in this story, also after a new analysis', () => {
    const findings = [...FINDINGS, finding({ start: 44, end: 45, rule: 'calque' })];
    const s0 = reviewReducer(loaded(MT, findings), { type: 'next' });
    const plan = planDismiss(s0, 'rule', ctx);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.input.dismissScope).toBe('rule');
    let s = reviewReducer(s0, { type: 'recorded', correction: stored(plan.input) });
    expect(visibleIssues(s).map((i) => i.rule)).toEqual(['exonym', 'untranslated']);
    s = reviewReducer(s, { type: 'analyzed', text: MT, findings });
    expect(visibleIssues(s).map((i) => i.rule)).toEqual(['exonym', 'untranslated']);
  });
});

describe('set category and severity', () => {
  it('overrides the current issue, which the accept then records', () => {
    let s = reviewReducer(loaded(), { type: 'set-category', category: 'accuracy/mistranslation' });
    s = reviewReducer(s, { type: 'set-severity', severity: 'critical' });
    expect(currentIssue(s)).toMatchObject({ category: 'accuracy/mistranslation', severity: 'critical' });
    const plan = planAccept(s, ctx);
    expect(plan.ok && plan.input).toMatchObject({ category: 'accuracy/mistranslation', severity: 'critical' });
    // The other issues keep their own.
    expect(visibleIssues(s)[1]!.severity).toBe('minor');
  });

  it('sets the category of hand edits when there is no current issue', () => {
    const s = reviewReducer(loaded(MT, []), { type: 'set-severity', severity: 'major' });
    expect(s.editSeverity).toBe('major');
  });
});

describe('typed edits', () => {
  const typed = MT.replace('Hier ', 'Hier, ');

  it('maps findings through the typing and drops the ones it ran into', () => {
    let s = reviewReducer(loaded(), { type: 'text-edited', text: typed, changes: [{ start: 4, end: 4, text: ',' }] });
    expect(s.text).toBe(typed);
    expect(s.recordedText).toBe(MT);
    expect(visibleIssues(s).map((i) => typed.slice(i.start, i.end))).toEqual(['Pékin', 'ce vendredi', 'le président']);
    s = reviewReducer(s, { type: 'text-edited', text: typed.replace('Pékin', 'Beijing'), changes: [{ start: 6, end: 11, text: 'Beijing' }] });
    expect(s.touched.map((f) => f.rule)).toEqual(['exonym']);
    expect(visibleIssues(s).map((i) => i.rule)).toEqual(['calque', 'untranslated']);
  });

  it('records the typing as one edit answering the finding it touched', () => {
    const text = MT.replace('Pékin', 'Beijing');
    const s0 = reviewReducer(loaded(), { type: 'text-edited', text, changes: [{ start: 5, end: 10, text: 'Beijing' }] });
    expect(planAccept(s0, ctx)).toEqual({ ok: false, reason: 'The typed edit is not recorded yet.' });
    const plan = planEdit(s0, ctx);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.input).toMatchObject({ kind: 'edit', start: 5, end: 10, originalText: 'Pékin', newText: 'Beijing', rule: 'exonym' });
    const s = reviewReducer(s0, { type: 'recorded', correction: stored(plan.input) });
    expect(s.recordedText).toBe(text);
    expect(s.touched).toEqual([]);
  });

  it('ignores an empty change list', () => {
    const s = loaded();
    expect(reviewReducer(s, { type: 'text-edited', text: MT, changes: [] })).toBe(s);
  });
});

describe('undo and redo', () => {
  it('takes back an accept and brings it back', () => {
    const s1 = accept(loaded());
    const undo = planUndo(s1);
    if (!undo.ok) throw new Error(undo.reason);
    expect(undo.text).toBe(MT);
    const s2 = reviewReducer(s1, { type: 'undo-recorded', correction: { ...undo.correction, undone: true } });
    expect(s2.text).toBe(MT);
    expect(s2.corrections[0]!.undone).toBe(true);
    expect(s2.undoStack).toEqual([]);
    expect(s2.redoStack).toEqual([undo.correction.id]);
    const redo = planRedo(s2);
    if (!redo.ok) throw new Error(redo.reason);
    const s3 = reviewReducer(s2, { type: 'redo-recorded', correction: { ...redo.correction, undone: false } });
    expect(s3.text).toBe(s1.text);
    expect(s3.redoStack).toEqual([]);
  });

  it('brings a dismissed finding back on undo', () => {
    const s0 = loaded();
    const plan = planDismiss(s0, 'occurrence', ctx);
    if (!plan.ok) throw new Error(plan.reason);
    const s1 = reviewReducer(s0, { type: 'recorded', correction: stored(plan.input) });
    const undo = planUndo(s1);
    if (!undo.ok) throw new Error(undo.reason);
    const s2 = reviewReducer(s1, { type: 'undo-recorded', correction: { ...undo.correction, undone: true } });
    expect(visibleIssues(s2)).toHaveLength(3);
  });

  it('has nothing to undo or redo at first', () => {
    expect(planUndo(loaded()).ok).toBe(false);
    expect(planRedo(loaded()).ok).toBe(false);
  });
});

describe('status and overlay', () => {
  it('marks the story done', () => {
    let s = reviewReducer(loaded(), { type: 'request', kind: 'status' });
    s = reviewReducer(s, { type: 'status-set', status: 'done' });
    expect(s.status).toBe('done');
    expect(s.pending).toBeNull();
  });

  it('opens and closes the shortcut overlay', () => {
    let s = reviewReducer(loaded(), { type: 'toggle-overlay' });
    expect(s.overlayOpen).toBe(true);
    s = reviewReducer(s, { type: 'close-overlay' });
    expect(s.overlayOpen).toBe(false);
  });
});
