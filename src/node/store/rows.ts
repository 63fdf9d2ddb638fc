import type { Correction, CorrectionKind, DismissScope } from '../../core/corrections/correction';
import type { SavedSession } from '../../core/corrections/saved-session';
import type { Story, StoryStatus, StorySummary } from '../../core/corrections/story';
import type { MqmCategory, Severity } from '../../core/model/finding';

/** Rows as SQLite returns them, and their mapping to the records of the core. */

export interface StorySummaryRow {
  id: string;
  path: string | null;
  name: string;
  encoding: string;
  status: string;
  created_at: string;
  updated_at: string;
  review_ms: number;
  cursor: number;
}

export interface StoryRow extends StorySummaryRow {
  source_text: string;
  current_text: string;
}

export const STORY_SUMMARY_COLUMNS = 'id, path, name, encoding, status, created_at, updated_at, review_ms, cursor';

export function toStorySummary(row: StorySummaryRow): StorySummary {
  return {
    id: row.id,
    path: row.path,
    name: row.name,
    encoding: row.encoding,
    status: row.status as StoryStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    reviewMs: row.review_ms,
    cursor: row.cursor,
  };
}

export function toStory(row: StoryRow): Story {
  return { ...toStorySummary(row), sourceText: row.source_text, currentText: row.current_text };
}

export interface CorrectionRow {
  id: string;
  story_id: string;
  kind: string;
  start_offset: number;
  end_offset: number;
  original_text: string;
  new_text: string;
  rule: string | null;
  category: string;
  severity: string;
  dismiss_scope: string | null;
  suggestion_index: number | null;
  editor: string;
  created_at: string;
  started_at: string | null;
  time_spent_ms: number;
  undone: number;
}

export const CORRECTION_COLUMNS =
  'id, story_id, kind, start_offset, end_offset, original_text, new_text, rule, category, severity, ' +
  'dismiss_scope, suggestion_index, editor, created_at, started_at, time_spent_ms, undone';

/** Optional fields are left out rather than set to undefined, so a record read back equals the one written. */
export function toCorrection(row: CorrectionRow): Correction {
  return {
    id: row.id,
    storyId: row.story_id,
    kind: row.kind as CorrectionKind,
    start: row.start_offset,
    end: row.end_offset,
    originalText: row.original_text,
    newText: row.new_text,
    ...(row.rule !== null ? { rule: row.rule } : {}),
    category: row.category as MqmCategory,
    severity: row.severity as Severity,
    ...(row.dismiss_scope !== null ? { dismissScope: row.dismiss_scope as DismissScope } : {}),
    ...(row.suggestion_index !== null ? { suggestionIndex: row.suggestion_index } : {}),
    editor: row.editor,
    createdAt: row.created_at,
    ...(row.started_at !== null ? { startedAt: row.started_at } : {}),
    timeSpentMs: row.time_spent_ms,
    undone: row.undone === 1,
  };
}

export function toCorrectionParams(c: Correction): Record<string, string | number | null> {
  return {
    id: c.id,
    story_id: c.storyId,
    kind: c.kind,
    start_offset: c.start,
    end_offset: c.end,
    original_text: c.originalText,
    new_text: c.newText,
    rule: c.rule ?? null,
    category: c.category,
    severity: c.severity,
    dismiss_scope: c.dismissScope ?? null,
    suggestion_index: c.suggestionIndex ?? null,
    editor: c.editor,
    created_at: c.createdAt,
    started_at: c.startedAt ?? null,
    time_spent_ms: c.timeSpentMs,
    undone: c.undone ? 1 : 0,
  };
}

export interface SessionRow {
  open_story_ids: string;
  current_story_id: string | null;
  compare_story_id: string | null;
  editor: string;
  saved_at: string;
}

export function toSavedSession(row: SessionRow): SavedSession {
  const ids: unknown = JSON.parse(row.open_story_ids);
  return {
    openStoryIds: Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [],
    currentStoryId: row.current_story_id,
    compareStoryId: row.compare_story_id,
    editor: row.editor,
    savedAt: row.saved_at,
  };
}
