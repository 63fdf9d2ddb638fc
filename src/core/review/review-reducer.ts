import { applyReplacement, mapSpan, mapSpans, type Replacement } from '../corrections/apply';
import type { Correction } from '../corrections/correction';
import type { Finding } from '../model/finding';
import type { Span } from '../model/span';
import { currentIssue, issueIndexAt, visibleIssues } from './issues';
import type { ReviewAction } from './review-actions';
import { emptyReviewState, type ReviewState } from './review-state';
import { restoreFromLog } from './restore';

/** Items carried through changes given in offsets of the text before them (sorted, not overlapping). */
function mapThrough<T extends Span>(items: readonly T[], changes: readonly Replacement[]): T[] {
  let out = items as T[];
  // From the last change back, so that each change's offsets still hold.
  for (let i = changes.length - 1; i >= 0; i--) out = mapSpans(out, changes[i]!);
  return out;
}

function touchedBy(findings: readonly Finding[], changes: readonly Replacement[]): Finding[] {
  return findings.filter((f) => changes.some((r) => mapSpan(f, r) === null));
}

/** Keep the editor on the same passage when the list of issues changes under it. */
function reanchor(before: ReviewState, after: ReviewState): ReviewState {
  const was = currentIssue(before);
  const issues = visibleIssues(after);
  if (was === null) return { ...after, current: Math.min(after.current, Math.max(0, issues.length - 1)) };
  const current = issueIndexAt(issues, was.start);
  const same = issues[current];
  const kept = same !== undefined && same.start === was.start && same.end === was.end && same.rule === was.rule;
  return { ...after, current, suggestion: kept ? after.suggestion : 0 };
}

/** The state with a replacement made to its text: findings, dismissals and overrides follow it. */
function replaceText(state: ReviewState, r: Replacement): ReviewState {
  const text = applyReplacement(state.text, r);
  return {
    ...state,
    text,
    recordedText: text,
    findings: mapSpans(state.findings, r),
    dismissedOccurrences: mapSpans(state.dismissedOccurrences, r),
    overrides: mapSpans(state.overrides, r),
  };
}

function withCorrection(list: readonly Correction[], c: Correction): Correction[] {
  const i = list.findIndex((x) => x.id === c.id);
  if (i < 0) return [...list, c];
  const out = [...list];
  out[i] = c;
  return out;
}

function move(state: ReviewState, index: number, at: number | undefined): ReviewState {
  const n = visibleIssues(state).length;
  if (n === 0) return state;
  const current = ((index % n) + n) % n;
  return { ...state, current, suggestion: 0, issueSince: at ?? state.issueSince };
}

function addDismissal(state: ReviewState, c: Correction): ReviewState {
  if (c.dismissScope === 'rule' && c.rule) {
    return { ...state, dismissedRules: [...state.dismissedRules, { rule: c.rule, correctionId: c.id }] };
  }
  const occurrence = { rule: c.rule ?? '', start: c.start, end: c.end, correctionId: c.id };
  return { ...state, dismissedOccurrences: [...state.dismissedOccurrences, occurrence] };
}

function removeDismissal(state: ReviewState, id: string): ReviewState {
  return {
    ...state,
    dismissedOccurrences: state.dismissedOccurrences.filter((d) => d.correctionId !== id),
    dismissedRules: state.dismissedRules.filter((d) => d.correctionId !== id),
  };
}

/** Apply a correction the back end stored (accept, edit or dismissal), or one it flagged not undone again. */
function applyCorrection(state: ReviewState, c: Correction): ReviewState {
  if (c.kind === 'dismiss') return addDismissal(state, c);
  if (c.kind === 'edit' && state.text !== state.recordedText) {
    // A typed edit: the text is already in the editor; the log now accounts for it.
    return { ...state, recordedText: applyReplacement(state.recordedText, { start: c.start, end: c.end, text: c.newText }), touched: [] };
  }
  return { ...replaceText(state, { start: c.start, end: c.end, text: c.newText }), touched: [] };
}

function applyRecorded(state: ReviewState, c: Correction): ReviewState {
  return {
    ...applyCorrection(state, c),
    corrections: withCorrection(state.corrections, c),
    undoStack: [...state.undoStack, c.id],
    redoStack: [],
  };
}

function applyUndo(state: ReviewState, c: Correction): ReviewState {
  const next =
    c.kind === 'dismiss'
      ? removeDismissal(state, c.id)
      : replaceText(state, { start: c.start, end: c.start + c.newText.length, text: c.originalText });
  return {
    ...next,
    corrections: withCorrection(state.corrections, c),
    undoStack: state.undoStack.filter((id) => id !== c.id),
    redoStack: [...state.redoStack, c.id],
  };
}

function applyRedo(state: ReviewState, c: Correction): ReviewState {
  return {
    ...applyCorrection(state, c),
    corrections: withCorrection(state.corrections, c),
    undoStack: [...state.undoStack, c.id],
    redoStack: state.redoStack.filter((id) => id !== c.id),
  };
}

function setOverride(state: ReviewState, patch: Pick<ReviewState['overrides'][number], 'category' | 'severity'>): ReviewState {
  const issue = currentIssue(state);
  if (issue === null) {
    return {
      ...state,
      editCategory: patch.category ?? state.editCategory,
      editSeverity: patch.severity ?? state.editSeverity,
    };
  }
  const others = state.overrides.filter((o) => !(o.rule === issue.rule && o.start === issue.start && o.end === issue.end));
  const old = state.overrides.find((o) => o.rule === issue.rule && o.start === issue.start && o.end === issue.end);
  return { ...state, overrides: [...others, { rule: issue.rule, start: issue.start, end: issue.end, ...old, ...patch }] };
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'load': {
      const { story, corrections } = action;
      const restored = restoreFromLog(story.sourceText, story.currentText, corrections);
      return {
        ...emptyReviewState(),
        editCategory: state.editCategory,
        editSeverity: state.editSeverity,
        storyId: story.id,
        status: story.status,
        sourceText: story.sourceText,
        text: story.currentText,
        recordedText: restored.recordedText,
        dismissedOccurrences: restored.dismissedOccurrences,
        dismissedRules: restored.dismissedRules,
        corrections,
        issueSince: action.at ?? null,
      };
    }
    case 'analyzed': {
      if (action.text !== state.text) return state;
      return reanchor(state, { ...state, findings: action.findings });
    }
    case 'text-edited': {
      if (action.changes.length === 0) return state;
      const next: ReviewState = {
        ...state,
        text: action.text,
        findings: mapThrough(state.findings, action.changes),
        touched: [...state.touched, ...touchedBy(state.findings, action.changes)],
        dismissedOccurrences: mapThrough(state.dismissedOccurrences, action.changes),
        overrides: mapThrough(state.overrides, action.changes),
      };
      return reanchor(state, next);
    }
    case 'next':
      return move(state, state.current + 1, action.at);
    case 'prev':
      return move(state, state.current - 1, action.at);
    case 'go-to':
      return move(state, action.index, action.at);
    case 'cycle-suggestion': {
      const n = currentIssue(state)?.suggestions.length ?? 0;
      if (n < 2) return state;
      return { ...state, suggestion: (((state.suggestion + (action.step ?? 1)) % n) + n) % n };
    }
    case 'choose-suggestion': {
      const n = currentIssue(state)?.suggestions.length ?? 0;
      if (action.index < 0 || action.index >= n) return state;
      return { ...state, suggestion: action.index };
    }
    case 'set-category':
      return setOverride(state, { category: action.category });
    case 'set-severity':
      return setOverride(state, { severity: action.severity });
    case 'request':
      // One correction at a time: their order is the log's order.
      if (state.pending !== null) return state;
      return { ...state, pending: { kind: action.kind }, error: null };
    case 'recorded': {
      const next = reanchor(state, applyRecorded(state, action.correction));
      return { ...next, pending: null, error: null, issueSince: action.at ?? next.issueSince };
    }
    case 'undo-recorded':
      return { ...reanchor(state, applyUndo(state, action.correction)), pending: null, error: null };
    case 'redo-recorded':
      return { ...reanchor(state, applyRedo(state, action.correction)), pending: null, error: null };
    case 'failed':
      return { ...state, pending: null, error: action.message };
    case 'status-set':
      return { ...state, status: action.status, pending: state.pending?.kind === 'status' ? null : state.pending };
    case 'toggle-overlay':
      return { ...state, overlayOpen: !state.overlayOpen };
    case 'close-overlay':
      return state.overlayOpen ? { ...state, overlayOpen: false } : state;
    case 'clear-error':
      return state.error === null ? state : { ...state, error: null };
  }
}
