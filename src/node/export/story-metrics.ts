import { countWords } from '../../core/article/words';
import type { Correction } from '../../core/corrections/correction';
import { postEditDistance, type PostEditDistance } from '../../core/corrections/edit-distance';
import { scoreMqm, type MqmScore } from '../../core/corrections/mqm';
import type { Story } from '../../core/corrections/story';

export interface CorrectionCounts {
  /** Every record in the log, undone ones included. */
  readonly total: number;
  /** Records in force (not undone), by kind. */
  readonly accepted: number;
  readonly edited: number;
  readonly dismissed: number;
  readonly undone: number;
}

/** What the desk reports per story (issue 3): MQM score, post-edit distance, time in review. */
export interface StoryMetrics {
  readonly counts: CorrectionCounts;
  readonly mqm: MqmScore;
  readonly postEdit: PostEditDistance;
  readonly reviewMs: number;
}

export function countCorrections(corrections: readonly Correction[]): CorrectionCounts {
  let accepted = 0;
  let edited = 0;
  let dismissed = 0;
  let undone = 0;
  for (const c of corrections) {
    if (c.undone) undone++;
    else if (c.kind === 'accept') accepted++;
    else if (c.kind === 'edit') edited++;
    else dismissed++;
  }
  return { total: corrections.length, accepted, edited, dismissed, undone };
}

/**
 * Metrics of a story against the MT as opened.
 * @param correctedText the text as exported (see correctedText).
 */
export function storyMetrics(story: Story, corrections: readonly Correction[], correctedText: string): StoryMetrics {
  return {
    counts: countCorrections(corrections),
    mqm: scoreMqm(corrections, countWords(story.sourceText)),
    postEdit: postEditDistance(story.sourceText, correctedText),
    reviewMs: story.reviewMs,
  };
}

/** "1 h 02 min", "4 min 05 s", "12 s": time in review as a desk reads it. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  if (h > 0) return `${h} h ${two(m)} min`;
  if (m > 0) return `${m} min ${two(s)} s`;
  return `${s} s`;
}
