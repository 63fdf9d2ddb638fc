import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CopydeskApi } from '../../src/core/api/contract';
import type { Replacement } from '../../src/core/corrections/apply';
import type { Correction, DismissScope } from '../../src/core/corrections/correction';
import type { Story } from '../../src/core/corrections/story';
import type { MqmCategory, Severity } from '../../src/core/model/finding';
import type { Adoption } from '../../src/core/review/adoption';
import { visibleIssues, type Issue } from '../../src/core/review/issues';
import { planAccept, planAdopt, planDismiss, planEdit, planRedo, planUndo, type CorrectionPlan } from '../../src/core/review/plan-correction';
import type { ReviewAction } from '../../src/core/review/review-actions';
import { reviewReducer } from '../../src/core/review/review-reducer';
import { emptyReviewState, type PendingKind, type ReviewState } from '../../src/core/review/review-state';
import type { AnalysisRunner } from '../analysis/analysis-runner';
import { errorMessage } from '../api/api-error';

/** Typing is recorded as one edit once it pauses this long (or before any other decision). */
export const EDIT_SETTLE_MS = 4_000;
/** The text is saved for resume this long after the last keystroke. */
export const SAVE_TEXT_MS = 600;
const REVIEW_TIME_FLUSH_MS = 30_000;
/** Marked each time fresh findings reach the session. */
export const ANALYZED_MARK = 'copydesk:analyzed';

export interface ReviewSession {
  readonly state: ReviewState;
  readonly issues: readonly Issue[];
  readonly story: Story | null;
  readonly loadError: string | null;
  /** The last thing done, for the live region ("Accepted “Beijing”."). */
  readonly notice: string | null;
  readonly revealSerial: number;
  readonly readOnly: boolean;
  next(): void;
  prev(): void;
  goTo(index: number): void;
  cycleSuggestion(): void;
  chooseSuggestion(index: number): void;
  accept(): Promise<void>;
  fix(issueIndex: number, suggestionIndex: number): Promise<void>;
  dismiss(scope: DismissScope): Promise<void>;
  /**
   * Take the other story's spelling or figure into the text (issue 4): an
   * accept under `compare-<kind>`, in the same queue as every decision, and
   * undone by undo like one. Resolves true once it is recorded.
   */
  adopt(adoption: Adoption): Promise<boolean>;
  setCategory(category: MqmCategory): void;
  setSeverity(severity: Severity): void;
  onEdit(text: string, changes: readonly Replacement[]): void;
  /** Session undo of the latest correction; false when typed changes are pending, for the editor's own undo. */
  undo(): boolean;
  redo(): boolean;
  /** Record pending typing, save the text, mark the story done; resolves true when all of it is stored. */
  markDone(): Promise<boolean>;
  /** Record pending typing and save the text now (before an export, a story switch). */
  settle(): Promise<void>;
  toggleOverlay(): void;
  closeOverlay(): void;
  clearError(): void;
}

function describe(c: Correction): string {
  if (c.kind === 'accept' && c.rule?.startsWith('compare-')) return `Adopted “${c.newText}” from the other story.`;
  if (c.kind === 'accept') return `Accepted “${c.newText}”.`;
  if (c.kind === 'edit') return 'Edit recorded.';
  return c.dismissScope === 'rule' ? `Dismissed every ${c.rule} issue in this story.` : 'Dismissed this occurrence.';
}

/**
 * The review session of one story wired to the back end: the reducer holds
 * the state, and every decision goes to the back end first and into the
 * state only when the back end has stored it. Calls run one at a time, in
 * order, so the log's order is the order of the editor's decisions.
 */
export function useReviewSession(
  api: CopydeskApi,
  runner: AnalysisRunner,
  storyId: string | null,
  editor: string,
  cursor: () => number,
): ReviewSession {
  const ref = useRef<ReviewState>(emptyReviewState());
  const [state, setState] = useState<ReviewState>(ref.current);
  const [story, setStory] = useState<Story | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [revealSerial, setRevealSerial] = useState(0);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const editorRef = useRef(editor);
  editorRef.current = editor;
  const cursorRef = useRef(cursor);
  cursorRef.current = cursor;

  // Dispatch updates the ref at once, so that async steps read the state they just made.
  const dispatch = useCallback((action: ReviewAction) => {
    ref.current = reviewReducer(ref.current, action);
    setState(ref.current);
  }, []);

  const enqueue = useCallback((task: () => Promise<void>): Promise<void> => {
    const run = chain.current.then(task);
    chain.current = run.catch(() => undefined);
    return run;
  }, []);

  const ctx = () => ({ editor: editorRef.current || 'editor', now: Date.now() });

  const send = useCallback(
    async (kind: PendingKind, plan: CorrectionPlan): Promise<boolean> => {
      if (!plan.ok) {
        setNotice(plan.reason);
        return false;
      }
      dispatch({ type: 'request', kind });
      try {
        const c = await api.recordCorrection(plan.input, plan.text);
        dispatch({ type: 'recorded', correction: c, at: Date.now() });
        setNotice(describe(c));
        return true;
      } catch (e) {
        dispatch({ type: 'failed', message: `Not recorded: ${errorMessage(e)}` });
        return false;
      }
    },
    [api, dispatch],
  );

  const flushEdit = useCallback(async () => {
    const s = ref.current;
    if (s.storyId === null || s.text === s.recordedText) return;
    await send('edit', planEdit(s, ctx()));
  }, [send]);

  // Load the story and its log.
  useEffect(() => {
    if (storyId === null) return;
    let live = true;
    setStory(null);
    setLoadError(null);
    Promise.all([api.getStory(storyId), api.listCorrections(storyId)])
      .then(async ([loaded, log]) => {
        if (!live) return;
        setStory(loaded);
        dispatch({ type: 'load', story: loaded, corrections: log, at: Date.now() });
        if (loaded.status === 'new') {
          const summary = await api.setStatus(loaded.id, 'in-review');
          if (live) dispatch({ type: 'status-set', status: summary.status });
        }
      })
      .catch((e: unknown) => {
        if (live) setLoadError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, [api, storyId, dispatch]);

  // Analysis follows the text; a result for an older text is dropped by the reducer.
  const text = state.text;
  const loadedId = state.storyId;
  useEffect(() => {
    if (loadedId === null) return;
    let live = true;
    const timer = setTimeout(() => {
      runner.analyze(text).then(
        (findings) => {
          if (!live) return;
          dispatch({ type: 'analyzed', text, findings });
          // User Timing mark: scripts/bench-ui.ts reads it to time keystroke-to-highlights.
          performance.mark(ANALYZED_MARK);
        },
        (e: unknown) => {
          if (live) setNotice(`Analysis failed: ${errorMessage(e)}`);
        },
      );
    }, 25);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [runner, text, loadedId, dispatch]);

  // Save the text for resume, and record typing once it settles.
  const recordedText = state.recordedText;
  useEffect(() => {
    if (loadedId === null || story === null || (text === story.currentText && text === recordedText)) return;
    const save = setTimeout(() => {
      api.saveText(loadedId, text, cursorRef.current()).catch((e: unknown) => setNotice(`Text not saved: ${errorMessage(e)}`));
    }, SAVE_TEXT_MS);
    const settle = text === recordedText ? undefined : setTimeout(() => void enqueue(flushEdit), EDIT_SETTLE_MS);
    return () => {
      clearTimeout(save);
      if (settle !== undefined) clearTimeout(settle);
    };
  }, [api, text, recordedText, loadedId, story, enqueue, flushEdit]);

  // Time in review, sent in slices so that a crash loses at most one.
  useEffect(() => {
    if (storyId === null) return;
    let since = Date.now();
    const flush = () => {
      const now = Date.now();
      const ms = now - since;
      since = now;
      if (ms > 0) api.addReviewTime(storyId, ms).catch(() => undefined);
    };
    const timer = setInterval(flush, REVIEW_TIME_FLUSH_MS);
    return () => {
      clearInterval(timer);
      flush();
    };
  }, [api, storyId]);

  const issues = visibleIssues(state);

  return useMemo<ReviewSession>(() => {
    const navigate = (action: ReviewAction) => {
      dispatch(action);
      setRevealSerial((n) => n + 1);
      // Leaving a passage settles what was typed there.
      void enqueue(flushEdit);
    };
    const decide = (kind: PendingKind, plan: () => CorrectionPlan) =>
      enqueue(async () => {
        await flushEdit();
        if (await send(kind, plan())) setRevealSerial((n) => n + 1);
      });
    const undoRedo = (undone: boolean): boolean => {
      const s = ref.current;
      if (s.text !== s.recordedText) return false;
      void enqueue(async () => {
        const plan = undone ? planUndo(ref.current) : planRedo(ref.current);
        if (!plan.ok) {
          setNotice(plan.reason);
          return;
        }
        dispatch({ type: 'request', kind: undone ? 'undo' : 'redo' });
        try {
          const c = await api.setCorrectionUndone(plan.correction.id, undone, plan.text);
          dispatch({ type: undone ? 'undo-recorded' : 'redo-recorded', correction: c });
          setNotice(undone ? 'Undone.' : 'Redone.');
        } catch (e) {
          dispatch({ type: 'failed', message: `${undone ? 'Undo' : 'Redo'} failed: ${errorMessage(e)}` });
        }
      });
      return true;
    };
    const settle = () =>
      enqueue(async () => {
        await flushEdit();
        const s = ref.current;
        if (s.storyId !== null) await api.saveText(s.storyId, s.text, cursorRef.current());
      });
    return {
      state,
      issues,
      story,
      loadError,
      notice,
      revealSerial,
      readOnly: state.pending !== null && state.pending.kind !== 'edit',
      next: () => navigate({ type: 'next', at: Date.now() }),
      prev: () => navigate({ type: 'prev', at: Date.now() }),
      goTo: (index) => navigate({ type: 'go-to', index, at: Date.now() }),
      cycleSuggestion: () => dispatch({ type: 'cycle-suggestion' }),
      chooseSuggestion: (index) => dispatch({ type: 'choose-suggestion', index }),
      accept: () => decide('accept', () => planAccept(ref.current, ctx())),
      fix: (issueIndex, suggestionIndex) =>
        decide('accept', () => {
          dispatch({ type: 'go-to', index: issueIndex, at: ref.current.issueSince ?? Date.now() });
          dispatch({ type: 'choose-suggestion', index: suggestionIndex });
          return planAccept(ref.current, ctx());
        }),
      dismiss: (scope) => decide(scope === 'rule' ? 'dismiss-rule' : 'dismiss-occurrence', () => planDismiss(ref.current, scope, ctx())),
      adopt: async (adoption) => {
        let ok = false;
        // No reveal afterwards: the editor stays on the adopted passage rather than jump to the current issue.
        await enqueue(async () => {
          await flushEdit();
          ok = await send('accept', planAdopt(ref.current, adoption, ctx()));
        });
        return ok;
      },
      setCategory: (category) => dispatch({ type: 'set-category', category }),
      setSeverity: (severity) => dispatch({ type: 'set-severity', severity }),
      onEdit: (newText, changes) => dispatch({ type: 'text-edited', text: newText, changes }),
      undo: () => undoRedo(true),
      redo: () => undoRedo(false),
      markDone: async () => {
        let ok = false;
        await enqueue(async () => {
          await flushEdit();
          const s = ref.current;
          if (s.storyId === null) return;
          if (s.text !== s.recordedText) return; // the edit failed; its error is showing
          dispatch({ type: 'request', kind: 'status' });
          try {
            await api.saveText(s.storyId, s.text, cursorRef.current());
            const summary = await api.setStatus(s.storyId, 'done');
            dispatch({ type: 'status-set', status: summary.status });
            setNotice('Story marked done.');
            ok = true;
          } catch (e) {
            dispatch({ type: 'failed', message: `Not marked done: ${errorMessage(e)}` });
          }
        });
        return ok;
      },
      settle,
      toggleOverlay: () => dispatch({ type: 'toggle-overlay' }),
      closeOverlay: () => dispatch({ type: 'close-overlay' }),
      clearError: () => dispatch({ type: 'clear-error' }),
    };
    // ctx reads refs only; the session object changes with what it shows.
  }, [state, issues, story, loadError, notice, revealSerial, api, dispatch, enqueue, flushEdit, send]);
}
