import type { Finding, MqmCategory, Severity } from '../../core/model/finding';
import type { TextEncodingName } from '../import/decode';

/**
 * The JSON report, version 1. Other tools read it: add fields if needed, never
 * rename or drop one without bumping `version`.
 */
export interface JsonReport {
  readonly version: 1;
  readonly files: readonly FileReport[];
}

export interface IssueReport {
  /** UTF-16 offsets into the file's decoded text (byte-order mark removed). */
  readonly start: number;
  readonly end: number;
  /** Exactly text.slice(start, end). */
  readonly text: string;
  readonly rule: string;
  readonly category: MqmCategory;
  readonly severity: Severity;
  readonly message: string;
  readonly suggestions: readonly string[];
}

export interface CheckedFile {
  readonly path: string;
  readonly encoding: TextEncodingName;
  /** franc's ISO 639-3 code for the article ("eng"), "und" when too short to tell. */
  readonly language: string;
  readonly words: number;
  readonly issues: readonly IssueReport[];
}

/** A file that could not be read or checked: listed with why, and an empty issue list so readers can loop over every file alike. */
export interface UnreadableFile {
  readonly path: string;
  readonly error: string;
  readonly issues: readonly [];
}

export type FileReport = CheckedFile | UnreadableFile;

/** Findings as reported, with the text they cover; findings whose range does not fit the text are returned apart. */
export function toIssues(text: string, findings: readonly Finding[]): { issues: IssueReport[]; outOfRange: Finding[] } {
  const issues: IssueReport[] = [];
  const outOfRange: Finding[] = [];
  for (const f of findings) {
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= text.length)) {
      outOfRange.push(f);
      continue;
    }
    issues.push({
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      message: f.message,
      suggestions: [...f.suggestions],
    });
  }
  return { issues, outOfRange };
}
