/**
 * A story on the review desk, as the store keeps it. Plain data, here in the
 * pure core so that the API contract and the UI can share the shape with the
 * store without reaching into Node code.
 */
export type StoryStatus = 'new' | 'in-review' | 'done';

export const STORY_STATUSES: readonly StoryStatus[] = ['new', 'in-review', 'done'];

/** What the desk knows about a story without its texts (which can be megabytes). */
export interface StorySummary {
  readonly id: string;
  /** The file it was opened from; null for text pasted or received without a file. */
  readonly path: string | null;
  /** Shown in the queue: usually the file name or the slug. */
  readonly name: string;
  /** Encoding the file was decoded from ("utf-8", "windows-1252"), kept for export. */
  readonly encoding: string;
  readonly status: StoryStatus;
  /** ISO 8601 times. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Time spent reviewing it, in milliseconds, summed over sessions. */
  readonly reviewMs: number;
  /** UTF-16 offset of the caret in currentText when last saved, to resume there. */
  readonly cursor: number;
}

export interface Story extends StorySummary {
  /** The MT as opened: never changed, the baseline for post-edit distance and MQM word counts. */
  readonly sourceText: string;
  /** The text as the editor left it, saved or not yet exported. */
  readonly currentText: string;
}

export interface NewStory {
  readonly path?: string | null;
  readonly name: string;
  readonly sourceText: string;
  readonly encoding: string;
}
