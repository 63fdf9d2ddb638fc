import type { Correction } from '../corrections/correction';
import type { Story, StoryStatus } from '../corrections/story';
import type { Finding, MqmCategory, Severity } from '../model/finding';
import type { Span } from '../model/span';

/** One finding the editor said is not an error, kept as a range so it follows later edits. */
export interface DismissedOccurrence extends Span {
  readonly rule: string;
  /** The dismissal record, so that undoing it brings the finding back. */
  readonly correctionId: string;
}

export interface DismissedRule {
  readonly rule: string;
  readonly correctionId: string;
}

/** Category and severity the editor set on one finding, overriding the rule's own. */
export interface IssueOverride extends Span {
  readonly rule: string;
  readonly category?: MqmCategory;
  readonly severity?: Severity;
}

/** What the session is waiting for the back end to confirm. */
export type PendingKind = 'accept' | 'dismiss-occurrence' | 'dismiss-rule' | 'edit' | 'undo' | 'redo' | 'status';

export interface PendingCorrection {
  readonly kind: PendingKind;
}

/**
 * The review session of one story, as plain data. The UI renders it and the
 * keyboard only dispatches actions (DESIGN.md: "the review session is a
 * reducer"); nothing here touches the DOM or the back end, which is why the
 * back end's answers come in as actions too (`recorded`, `failed`).
 */
export interface ReviewState {
  readonly storyId: string | null;
  readonly status: StoryStatus;
  /** The MT as opened, the baseline of the diff and of post-edit distance. */
  readonly sourceText: string;
  /** The text in the editor, typed changes included. */
  readonly text: string;
  /**
   * The text the correction log replays to. It differs from `text` while a
   * hand edit is typed but not yet recorded; accepts and dismissals are only
   * planned when the two agree, so every record's offsets hold in the log.
   */
  readonly recordedText: string;
  /** Findings of the analyzer, sorted by start, mapped through edits made since. */
  readonly findings: readonly Finding[];
  /** Findings that typing not yet recorded ran into: the hand edit answers the first. */
  readonly touched: readonly Finding[];
  readonly dismissedOccurrences: readonly DismissedOccurrence[];
  readonly dismissedRules: readonly DismissedRule[];
  readonly overrides: readonly IssueOverride[];
  /** The story's correction log as the back end returned it, for the MQM score. */
  readonly corrections: readonly Correction[];
  /** Ids of corrections made in this session that undo can take back, latest last. */
  readonly undoStack: readonly string[];
  readonly redoStack: readonly string[];
  /** Index into the visible issues (see issues.ts); 0 when there are none. */
  readonly current: number;
  /** Which suggestion of the current issue accept takes. */
  readonly suggestion: number;
  /** When the editor arrived at the current issue (ms since the epoch), for time spent per issue. */
  readonly issueSince: number | null;
  /** Category and severity a hand edit away from any finding is recorded with. */
  readonly editCategory: MqmCategory;
  readonly editSeverity: Severity;
  readonly pending: PendingCorrection | null;
  /** The last failure, in words, until the editor dismisses it or acts again. */
  readonly error: string | null;
  readonly overlayOpen: boolean;
}

export function emptyReviewState(): ReviewState {
  return {
    storyId: null,
    status: 'new',
    sourceText: '',
    text: '',
    recordedText: '',
    findings: [],
    touched: [],
    dismissedOccurrences: [],
    dismissedRules: [],
    overrides: [],
    corrections: [],
    undoStack: [],
    redoStack: [],
    current: 0,
    suggestion: 0,
    issueSince: null,
    editCategory: 'style/awkward',
    editSeverity: 'minor',
    pending: null,
    error: null,
    overlayOpen: false,
  };
}

/** The fields `load` needs from a story. */
export type LoadedStory = Pick<Story, 'id' | 'status' | 'sourceText' | 'currentText'>;
