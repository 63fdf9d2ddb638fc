import type { Correction } from '../../core/corrections/correction';
import type { Story } from '../../core/corrections/story';
import { toCsv, type CsvValue } from './csv';
import type { StoryMetrics } from './story-metrics';

/** Bumped when a field changes meaning or goes away; new fields do not bump it. */
export const LOG_JSON_VERSION = 1;

const CSV_HEADER = [
  'seq',
  'id',
  'story',
  'kind',
  'start',
  'end',
  'original_text',
  'new_text',
  'rule',
  'category',
  'severity',
  'dismiss_scope',
  'suggestion_index',
  'editor',
  'created_at',
  'started_at',
  'time_spent_ms',
  'undone',
] as const;

/**
 * The correction log as CSV, one record per row in log order, undone ones
 * included and flagged (the log is append-only; the desk sees every
 * decision). A UTF-8 byte-order mark leads, because spreadsheets otherwise
 * read UTF-8 as a legacy code page and garble every accented name.
 */
export function correctionLogCsv(story: Story, corrections: readonly Correction[]): string {
  const rows: CsvValue[][] = [[...CSV_HEADER]];
  corrections.forEach((c, i) => {
    rows.push([
      i + 1,
      c.id,
      story.name,
      c.kind,
      c.start,
      c.end,
      c.originalText,
      c.newText,
      c.rule,
      c.category,
      c.severity,
      c.dismissScope,
      c.suggestionIndex,
      c.editor,
      c.createdAt,
      c.startedAt,
      c.timeSpentMs,
      c.undone,
    ]);
  });
  return `\ufeff${toCsv(rows)}`;
}

export interface LogJsonContext {
  readonly exportedAt: string;
  readonly appVersion: string;
  readonly metrics: StoryMetrics;
}

/** The correction log as JSON, versioned, with the story's metrics beside it so one file tells the whole review. */
export function correctionLogJson(story: Story, corrections: readonly Correction[], context: LogJsonContext): string {
  const { metrics } = context;
  const doc = {
    format: 'copydesk-correction-log',
    version: LOG_JSON_VERSION,
    exportedAt: context.exportedAt,
    appVersion: context.appVersion,
    story: {
      id: story.id,
      name: story.name,
      path: story.path,
      encoding: story.encoding,
      status: story.status,
      createdAt: story.createdAt,
      updatedAt: story.updatedAt,
      reviewMs: story.reviewMs,
    },
    metrics: {
      counts: metrics.counts,
      mqm: metrics.mqm,
      postEditDistance: metrics.postEdit,
      reviewMs: metrics.reviewMs,
    },
    corrections,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
