import { describe, expect, it } from 'vitest';
import { paint } from '../../../src/node/cli/color';
import { emptyTally, formatIssue, formatSummary } from '../../../src/node/cli/format-text';
import type { IssueReport } from '../../../src/node/cli/report';

const issue: IssueReport = {
  start: 10,
  end: 21,
  text: 'Tigre River',
  rule: 'exonym',
  category: 'accuracy/mistranslation',
  severity: 'major',
  message: '"Tigre" is the French name of the Tigris',
  suggestions: ['Tigris River', 'Tigris'],
};

describe('formatIssue', () => {
  it('writes path:line:col severity rule message and the fixes', () => {
    expect(formatIssue('a.txt', issue, { line: 3, column: 7 }, paint(false))).toBe(
      'a.txt:3:7 major exonym "Tigre" is the French name of the Tigris -> "Tigris River" or "Tigris"',
    );
  });

  it('leaves out the arrow when there is no fix, and keeps one line', () => {
    const bare = { ...issue, suggestions: [], message: 'two\nlines' };
    expect(formatIssue('a.txt', bare, { line: 1, column: 1 }, paint(false))).toBe('a.txt:1:1 major exonym two lines');
  });

  it('colours severity and fixes when asked', () => {
    const line = formatIssue('a.txt', { ...issue, severity: 'critical' }, { line: 1, column: 1 }, paint(true));
    expect(line).toContain('\u001b[1m\u001b[31mcritical\u001b[39m\u001b[22m');
    expect(line).toContain('\u001b[32m"Tigris River"\u001b[39m');
  });
});

describe('formatSummary', () => {
  it('counts issues by severity, worst first, and unreadable files', () => {
    const tally = emptyTally();
    tally.files = 3;
    tally.unreadable = 1;
    tally.bySeverity.minor = 2;
    tally.bySeverity.critical = 1;
    expect(formatSummary(tally)).toBe('checked 3 files: 3 issues (1 critical, 2 minor); 1 file could not be read');
    expect(formatSummary({ ...emptyTally(), files: 1 })).toBe('checked 1 file: no issues');
  });
});
