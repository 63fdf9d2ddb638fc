import { MQM_CATEGORIES, SEVERITIES, type MqmCategory, type Severity } from '../model/finding';

/**
 * accept: the editor took one of a finding's suggestions.
 * edit: the editor changed the text by hand (with or without a finding).
 * dismiss: the editor judged a finding not to be an error; the text is unchanged.
 */
export type CorrectionKind = 'accept' | 'edit' | 'dismiss';

export const CORRECTION_KINDS: readonly CorrectionKind[] = ['accept', 'edit', 'dismiss'];

/** A dismissal covers this one occurrence, or every finding of the rule in the story. */
export type DismissScope = 'occurrence' | 'rule';

export const DISMISS_SCOPES: readonly DismissScope[] = ['occurrence', 'rule'];

/**
 * One decision of the editor, as recorded in the correction log. The log is
 * append-only: undo and redo flip `undone` and never delete a record, so the
 * desk sees every decision, including the ones taken back.
 */
export interface Correction {
  readonly id: string;
  readonly storyId: string;
  readonly kind: CorrectionKind;
  /**
   * UTF-16 offsets of the replaced range in the story text as it was just
   * before this correction (not in the MT as opened: earlier corrections may
   * have moved it). For a dismissal, the range of the dismissed finding.
   */
  readonly start: number;
  readonly end: number;
  /** The text of [start, end) before the correction. */
  readonly originalText: string;
  /** The text that replaced it; equal to originalText for a dismissal. */
  readonly newText: string;
  /** Id of the rule whose finding this answers; absent for an edit made without a finding. */
  readonly rule?: string;
  /** For a hand edit without a rule: the category the editor chose. */
  readonly category: MqmCategory;
  readonly severity: Severity;
  readonly dismissScope?: DismissScope;
  /** For an accept: which of the finding's suggestions (0 = the first). */
  readonly suggestionIndex?: number;
  /** Who made it: the editor's name or initials as set in the session. */
  readonly editor: string;
  /** ISO 8601 time the correction was made. */
  readonly createdAt: string;
  /** ISO 8601 time the editor began on this issue, when known. */
  readonly startedAt?: string;
  /** Time spent on this issue, in milliseconds. */
  readonly timeSpentMs: number;
  readonly undone: boolean;
}

/** What a caller hands to the store: id, createdAt and undone may be left to it. */
export type CorrectionInput = Omit<Correction, 'id' | 'createdAt' | 'undone'> & {
  readonly id?: string;
  readonly createdAt?: string;
  readonly undone?: boolean;
};

/**
 * Accepted suggestions and hand edits are errors the MT made; a dismissal says
 * the finding was not one; an undone correction was taken back.
 */
export function isCountedError(c: Correction): boolean {
  return !c.undone && c.kind !== 'dismiss';
}

function isIsoTime(value: string): boolean {
  // Date.parse alone accepts "2024" or "March 7"; the log wants full timestamps.
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
}

function isOffset(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/**
 * Problems with a correction record, in words; empty when it is sound. The
 * store refuses unsound records rather than write a log that cannot be replayed.
 */
export function validateCorrection(c: Correction): string[] {
  const problems: string[] = [];
  if (typeof c.id !== 'string' || c.id === '') problems.push('id is empty');
  if (typeof c.storyId !== 'string' || c.storyId === '') problems.push('storyId is empty');
  if (!CORRECTION_KINDS.includes(c.kind)) problems.push(`unknown kind "${String(c.kind)}"`);
  if (!isOffset(c.start) || !isOffset(c.end)) {
    problems.push('start and end must be non-negative integers');
  } else if (c.start > c.end) {
    problems.push(`start ${c.start} is after end ${c.end}`);
  } else if (typeof c.originalText === 'string' && c.originalText.length !== c.end - c.start) {
    problems.push(`originalText has ${c.originalText.length} UTF-16 units but the range [${c.start}, ${c.end}) has ${c.end - c.start}`);
  }
  if (typeof c.originalText !== 'string' || typeof c.newText !== 'string') problems.push('originalText and newText must be strings');
  if (c.kind === 'dismiss') {
    if (c.newText !== c.originalText) problems.push('a dismissal leaves the text as it is: newText must equal originalText');
    if (c.dismissScope === undefined || !DISMISS_SCOPES.includes(c.dismissScope)) problems.push('a dismissal needs a dismissScope ("occurrence" or "rule")');
    if (c.dismissScope === 'rule' && !c.rule) problems.push('a dismissal of a whole rule needs the rule id');
  } else {
    if (c.dismissScope !== undefined) problems.push('dismissScope is only for dismissals');
    if (c.newText === c.originalText) problems.push(`an ${c.kind} must change the text`);
  }
  if (c.kind === 'accept') {
    if (!c.rule) problems.push('an accepted suggestion needs the rule id of its finding');
    if (!isOffset(c.suggestionIndex)) problems.push('an accepted suggestion needs its suggestionIndex');
  } else if (c.suggestionIndex !== undefined) {
    problems.push('suggestionIndex is only for accepted suggestions');
  }
  if (c.rule !== undefined && (typeof c.rule !== 'string' || c.rule === '')) problems.push('rule, when given, must be a non-empty id');
  if (!MQM_CATEGORIES.includes(c.category)) problems.push(`unknown MQM category "${String(c.category)}"`);
  if (!SEVERITIES.includes(c.severity)) problems.push(`unknown severity "${String(c.severity)}"`);
  if (typeof c.editor !== 'string' || c.editor.trim() === '') problems.push('editor is empty');
  if (typeof c.createdAt !== 'string' || !isIsoTime(c.createdAt)) problems.push(`createdAt "${String(c.createdAt)}" is not an ISO 8601 time`);
  if (c.startedAt !== undefined && (typeof c.startedAt !== 'string' || !isIsoTime(c.startedAt))) problems.push(`startedAt "${String(c.startedAt)}" is not an ISO 8601 time`);
  if (typeof c.timeSpentMs !== 'number' || !Number.isFinite(c.timeSpentMs) || c.timeSpentMs < 0) problems.push('timeSpentMs must be a finite number of milliseconds, 0 or more');
  if (typeof c.undone !== 'boolean') problems.push('undone must be true or false');
  return problems;
}
