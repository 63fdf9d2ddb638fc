/**
 * What the desk had open, saved as it changes so that a crash or a restart
 * resumes where the editor was.
 */
export interface SessionState {
  /** Stories open in tabs, in tab order. */
  readonly openStoryIds: readonly string[];
  readonly currentStoryId: string | null;
  /** The story shown beside the current one in compare view, if any. */
  readonly compareStoryId?: string | null;
  /** Name or initials recorded on each correction. */
  readonly editor: string;
}

export interface SavedSession extends SessionState {
  readonly compareStoryId: string | null;
  /** ISO 8601 time it was saved. */
  readonly savedAt: string;
}
