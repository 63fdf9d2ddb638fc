import { join } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult } from '../../core/api/contract';
import type { Correction } from '../../core/corrections/correction';
import type { Story } from '../../core/corrections/story';
import { prepareAtomicWrite, type PreparedWrite } from '../fs/atomic-write';
import { correctedText } from './corrected-text';
import { correctionLogCsv, correctionLogJson } from './correction-log';
import { exportFileName, safeBaseName } from './file-names';
import { htmlReport } from './html-report';
import { storyMetrics } from './story-metrics';
import { unifiedDiff } from './unified-diff';

export interface StoryExportInput {
  readonly story: Story;
  /** The whole log of the story, undone records included, in log order. */
  readonly corrections: readonly Correction[];
  readonly appVersion: string;
  /** Pinned by tests. */
  readonly exportedAt?: Date;
}

/** The content of each chosen export file, built in memory before anything is written. */
export function buildExportFiles(input: StoryExportInput, formats: readonly ExportFormat[]): Map<ExportFormat, string> {
  const { story, corrections, appVersion } = input;
  const exportedAt = (input.exportedAt ?? new Date()).toISOString();
  const text = correctedText(story);
  const metrics = storyMetrics(story, corrections, text);
  const files = new Map<ExportFormat, string>();
  for (const format of EXPORT_FORMATS) {
    if (!formats.includes(format)) continue;
    switch (format) {
      case 'text':
        files.set(format, text);
        break;
      case 'log-csv':
        files.set(format, correctionLogCsv(story, corrections));
        break;
      case 'log-json':
        files.set(format, correctionLogJson(story, corrections, { exportedAt, appVersion, metrics }));
        break;
      case 'diff':
        files.set(format, unifiedDiff(safeBaseName(story.name), story.sourceText, text));
        break;
      case 'report-html':
        files.set(format, htmlReport(story, corrections, { exportedAt, appVersion, metrics, correctedText: text }));
        break;
    }
  }
  return files;
}

/**
 * Writes the chosen export files of a story into `dir`, all or none: every
 * file is first written and synced to a temp file beside its target, and only
 * when all of them are ready are they renamed into place. A folder that is
 * missing, read-only or full fails at the first step and leaves nothing
 * behind (AtomicWriteError, with a message fit to show). Existing exports of
 * the same story are replaced whole.
 */
export async function writeStoryExport(input: StoryExportInput, dir: string, formats: readonly ExportFormat[]): Promise<ExportResult> {
  const contents = buildExportFiles(input, formats);
  const prepared: PreparedWrite[] = [];
  try {
    for (const [format, content] of contents) {
      prepared.push(await prepareAtomicWrite(join(dir, exportFileName(input.story.name, format)), content));
    }
  } catch (err) {
    await Promise.all(prepared.map((p) => p.abort()));
    throw err;
  }
  for (let i = 0; i < prepared.length; i++) {
    try {
      await prepared[i]!.commit();
    } catch (err) {
      await Promise.all(prepared.slice(i + 1).map((p) => p.abort()));
      throw err;
    }
  }
  return { dir, files: prepared.map((p) => p.target) };
}
