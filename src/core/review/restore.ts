import { applyReplacement, mapSpan, replacementOf } from '../corrections/apply';
import type { Correction } from '../corrections/correction';
import type { DismissedOccurrence, DismissedRule } from './review-state';

export interface RestoredReview {
  /** The MT with the log replayed: what the log accounts for. */
  readonly recordedText: string;
  readonly dismissedOccurrences: readonly DismissedOccurrence[];
  readonly dismissedRules: readonly DismissedRule[];
}

/**
 * What a story's correction log says about a session resumed later: which
 * findings were dismissed (their ranges carried through the corrections made
 * after them) and which text the log replays to. When the saved text differs
 * from that replay, the difference is a hand edit typed before the app closed
 * and never recorded; the session records it as soon as it settles.
 */
export function restoreFromLog(sourceText: string, currentText: string, log: readonly Correction[]): RestoredReview {
  let text = sourceText;
  let occurrences: DismissedOccurrence[] = [];
  const rules: DismissedRule[] = [];
  let replayable = true;
  for (const c of log) {
    if (c.undone) continue;
    if (c.kind === 'dismiss') {
      if (c.dismissScope === 'rule' && c.rule) rules.push({ rule: c.rule, correctionId: c.id });
      else if (c.rule) occurrences.push({ rule: c.rule, start: c.start, end: c.end, correctionId: c.id });
      continue;
    }
    if (!replayable || c.end > text.length || text.slice(c.start, c.end) !== c.originalText) {
      // A log that does not replay (edited outside Copydesk?): trust the saved text.
      replayable = false;
      continue;
    }
    const r = replacementOf(c);
    occurrences = occurrences.flatMap((d) => {
      const m = mapSpan(d, r);
      return m === null ? [] : [{ ...d, start: m.start, end: m.end }];
    });
    text = applyReplacement(text, r);
  }
  return { recordedText: replayable ? text : currentText, dismissedOccurrences: occurrences, dismissedRules: rules };
}
