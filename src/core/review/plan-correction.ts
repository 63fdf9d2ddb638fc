import { applyReplacement, type Replacement } from '../corrections/apply';
import type { Correction, CorrectionInput, DismissScope } from '../corrections/correction';
import { ADOPT_CATEGORY, ADOPT_SEVERITY, adoptRule, type Adoption } from './adoption';
import { currentIssue, currentSuggestion } from './issues';
import type { ReviewState } from './review-state';

/**
 * Builders of what the UI sends to the back end. They read the state and
 * change nothing: the state moves only when the back end answers (`recorded`),
 * so a correction is never shown as done before it is on disk.
 */

export interface PlanContext {
  /** Name or initials recorded on the correction. */
  readonly editor: string;
  /** Now, in ms since the epoch. */
  readonly now: number;
}

export type CorrectionPlan =
  | { readonly ok: true; readonly input: CorrectionInput; readonly text: string }
  | { readonly ok: false; readonly reason: string };

export type UndoPlan =
  | { readonly ok: true; readonly correction: Correction; readonly undone: boolean; readonly text: string }
  | { readonly ok: false; readonly reason: string };

const NOT_SETTLED = 'The typed edit is not recorded yet.';

function timing(state: ReviewState, ctx: PlanContext): Pick<CorrectionInput, 'startedAt' | 'timeSpentMs'> {
  if (state.issueSince === null) return { timeSpentMs: 0 };
  return { startedAt: new Date(state.issueSince).toISOString(), timeSpentMs: Math.max(0, ctx.now - state.issueSince) };
}

export function planAccept(state: ReviewState, ctx: PlanContext): CorrectionPlan {
  if (state.storyId === null) return { ok: false, reason: 'No story is open.' };
  if (state.text !== state.recordedText) return { ok: false, reason: NOT_SETTLED };
  const issue = currentIssue(state);
  if (issue === null) return { ok: false, reason: 'There is no issue to accept.' };
  const suggestion = currentSuggestion(state);
  if (suggestion === null) return { ok: false, reason: 'This issue has no suggestion: edit the passage instead.' };
  const originalText = state.text.slice(issue.start, issue.end);
  if (suggestion === originalText) return { ok: false, reason: 'The suggestion is the text as it stands.' };
  const index = issue.suggestions.indexOf(suggestion);
  return {
    ok: true,
    input: {
      storyId: state.storyId,
      kind: 'accept',
      start: issue.start,
      end: issue.end,
      originalText,
      newText: suggestion,
      rule: issue.rule,
      category: issue.category,
      severity: issue.severity,
      suggestionIndex: index,
      editor: ctx.editor,
      ...timing(state, ctx),
    },
    text: applyReplacement(state.text, { start: issue.start, end: issue.end, text: suggestion }),
  };
}

/**
 * Adopting the other story's spelling or figure (issue 4), recorded as an
 * accept like any other: its "finding" is the discrepancy, under the rule
 * `compare-<kind>`, and its one suggestion is the other story's text. The
 * range comes from a comparison that may be a keystroke behind the text, so
 * it must still read what the comparison saw.
 */
export function planAdopt(state: ReviewState, adoption: Adoption, ctx: PlanContext): CorrectionPlan {
  if (state.storyId === null) return { ok: false, reason: 'No story is open.' };
  if (state.text !== state.recordedText) return { ok: false, reason: NOT_SETTLED };
  const { start, end } = adoption;
  if (start < 0 || end < start || end > state.text.length || state.text.slice(start, end) !== adoption.expected) {
    return { ok: false, reason: 'The text has changed there since the stories were compared: try again in a moment.' };
  }
  if (adoption.text === adoption.expected) return { ok: false, reason: 'Both stories already say the same.' };
  return {
    ok: true,
    input: {
      storyId: state.storyId,
      kind: 'accept',
      start,
      end,
      originalText: adoption.expected,
      newText: adoption.text,
      rule: adoptRule(adoption.kind),
      category: ADOPT_CATEGORY[adoption.kind],
      severity: ADOPT_SEVERITY,
      suggestionIndex: 0,
      editor: ctx.editor,
      ...timing(adoption.since === undefined ? state : { ...state, issueSince: adoption.since }, ctx),
    },
    text: applyReplacement(state.text, { start, end, text: adoption.text }),
  };
}

export function planDismiss(state: ReviewState, scope: DismissScope, ctx: PlanContext): CorrectionPlan {
  if (state.storyId === null) return { ok: false, reason: 'No story is open.' };
  if (state.text !== state.recordedText) return { ok: false, reason: NOT_SETTLED };
  const issue = currentIssue(state);
  if (issue === null) return { ok: false, reason: 'There is no issue to dismiss.' };
  const originalText = state.text.slice(issue.start, issue.end);
  return {
    ok: true,
    input: {
      storyId: state.storyId,
      kind: 'dismiss',
      start: issue.start,
      end: issue.end,
      originalText,
      newText: originalText,
      rule: issue.rule,
      category: issue.category,
      severity: issue.severity,
      dismissScope: scope,
      editor: ctx.editor,
      ...timing(state, ctx),
    },
    text: state.text,
  };
}

/**
 * The one replacement that turns `before` into `after`: what lies between
 * their common start and common end. Typing is recorded as such a span, one
 * record per settled edit, rather than one per keystroke.
 */
export function spanningReplacement(before: string, after: string): Replacement | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

/**
 * The hand edit typed since the last record, as one correction. It answers the
 * first finding the typing touched, if any (with that finding's rule, category
 * and severity); otherwise it carries the category and severity chosen for edits.
 */
export function planEdit(state: ReviewState, ctx: PlanContext): CorrectionPlan {
  if (state.storyId === null) return { ok: false, reason: 'No story is open.' };
  const r = spanningReplacement(state.recordedText, state.text);
  if (r === null) return { ok: false, reason: 'Nothing was edited.' };
  const answered = state.touched[0];
  return {
    ok: true,
    input: {
      storyId: state.storyId,
      kind: 'edit',
      start: r.start,
      end: r.end,
      originalText: state.recordedText.slice(r.start, r.end),
      newText: r.text,
      ...(answered !== undefined ? { rule: answered.rule } : {}),
      category: answered?.category ?? state.editCategory,
      severity: answered?.severity ?? state.editSeverity,
      editor: ctx.editor,
      ...timing(state, ctx),
    },
    text: state.text,
  };
}

/** The text with a recorded accept or edit taken back. */
export function revertedText(text: string, c: Correction): string {
  if (c.kind === 'dismiss') return text;
  return applyReplacement(text, { start: c.start, end: c.start + c.newText.length, text: c.originalText });
}

function findCorrection(state: ReviewState, id: string | undefined): Correction | undefined {
  return id === undefined ? undefined : state.corrections.find((c) => c.id === id);
}

/** Take back the latest correction of this session (undo works as a stack, as the log replay expects). */
export function planUndo(state: ReviewState): UndoPlan {
  if (state.text !== state.recordedText) return { ok: false, reason: NOT_SETTLED };
  const c = findCorrection(state, state.undoStack[state.undoStack.length - 1]);
  if (c === undefined) return { ok: false, reason: 'Nothing to undo.' };
  return { ok: true, correction: c, undone: true, text: revertedText(state.text, c) };
}

export function planRedo(state: ReviewState): UndoPlan {
  if (state.text !== state.recordedText) return { ok: false, reason: NOT_SETTLED };
  const c = findCorrection(state, state.redoStack[state.redoStack.length - 1]);
  if (c === undefined) return { ok: false, reason: 'Nothing to redo.' };
  const text = c.kind === 'dismiss' ? state.text : applyReplacement(state.text, { start: c.start, end: c.end, text: c.newText });
  return { ok: true, correction: c, undone: false, text };
}
