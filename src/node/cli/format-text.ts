import { SEVERITIES, type Severity } from '../../core/model/finding';
import type { Paint } from './color';
import type { LineColumn } from './line-index';
import type { IssueReport } from './report';

function severityColor(p: Paint, severity: Severity): string {
  if (severity === 'critical') return p.bold(p.red(severity));
  if (severity === 'major') return p.red(severity);
  return p.yellow(severity);
}

/** Line breaks or tabs in a message or fix would break the one-issue-per-line layout. */
function oneLine(s: string): string {
  return s.replace(/\r\n|[\r\n\t]/g, ' ');
}

/**
 * One issue, compiler style, so editors and terminals can jump to it:
 * `path:line:col severity rule message -> "fix"`.
 */
export function formatIssue(path: string, issue: IssueReport, at: LineColumn, p: Paint): string {
  const fixes = issue.suggestions.map((s) => p.green(JSON.stringify(oneLine(s)))).join(' or ');
  const fix = fixes === '' ? '' : ` -> ${fixes}`;
  return `${p.bold(`${path}:${at.line}:${at.column}`)} ${severityColor(p, issue.severity)} ${p.dim(issue.rule)} ${oneLine(issue.message)}${fix}`;
}

export interface Tally {
  files: number;
  unreadable: number;
  bySeverity: Record<Severity, number>;
}

export function emptyTally(): Tally {
  return { files: 0, unreadable: 0, bySeverity: { minor: 0, major: 0, critical: 0 } };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "checked 3 files: 5 issues (1 critical, 2 major, 2 minor); 1 file could not be read" */
export function formatSummary(tally: Tally): string {
  const total = SEVERITIES.reduce((sum, s) => sum + tally.bySeverity[s], 0);
  const parts = [...SEVERITIES].reverse().filter((s) => tally.bySeverity[s] > 0).map((s) => `${tally.bySeverity[s]} ${s}`);
  const issues = total === 0 ? 'no issues' : `${plural(total, 'issue')} (${parts.join(', ')})`;
  const unreadable = tally.unreadable === 0 ? '' : `; ${plural(tally.unreadable, 'file')} could not be read`;
  return `checked ${plural(tally.files, 'file')}: ${issues}${unreadable}`;
}
