import type { Replacement } from '../corrections/apply';
import type { Correction } from '../corrections/correction';
import type { StoryStatus } from '../corrections/story';
import type { Finding, MqmCategory, Severity } from '../model/finding';
import type { LoadedStory, PendingKind } from './review-state';

/**
 * Everything that can happen to a review session. Times (`at`) come in with
 * the action so that the reducer stays pure.
 */
export type ReviewAction =
  /** A story opened: its texts, and its correction log to restore dismissals and the recorded text. */
  | { readonly type: 'load'; readonly story: LoadedStory; readonly corrections: readonly Correction[]; readonly at?: number }
  /** The analyzer's findings for `text`; ignored when the text has moved on since. */
  | { readonly type: 'analyzed'; readonly text: string; readonly findings: readonly Finding[] }
  /** The editor typed: `changes` are in offsets of the text before, sorted and not overlapping. */
  | { readonly type: 'text-edited'; readonly text: string; readonly changes: readonly Replacement[] }
  | { readonly type: 'next'; readonly at?: number }
  | { readonly type: 'prev'; readonly at?: number }
  | { readonly type: 'go-to'; readonly index: number; readonly at?: number }
  | { readonly type: 'cycle-suggestion'; readonly step?: 1 | -1 }
  | { readonly type: 'choose-suggestion'; readonly index: number }
  | { readonly type: 'set-category'; readonly category: MqmCategory }
  | { readonly type: 'set-severity'; readonly severity: Severity }
  /** The UI is about to call the back end; until it answers, no other correction starts. */
  | { readonly type: 'request'; readonly kind: PendingKind }
  /** The back end stored a correction (accept, edit or dismissal). */
  | { readonly type: 'recorded'; readonly correction: Correction; readonly at?: number }
  /** The back end flagged a correction undone (undo) or not undone (redo). */
  | { readonly type: 'undo-recorded'; readonly correction: Correction }
  | { readonly type: 'redo-recorded'; readonly correction: Correction }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'status-set'; readonly status: StoryStatus }
  | { readonly type: 'toggle-overlay' }
  | { readonly type: 'close-overlay' }
  | { readonly type: 'clear-error' };
