import type { Issue } from '../../src/core/review/issues';

export interface AnnouncerProps {
  readonly issue: Issue | null;
  readonly index: number;
  readonly total: number;
  readonly suggestion: string | null;
  readonly notice: string | null;
  readonly error: string | null;
}

/** What a screen reader hears when the current issue changes. */
export function describeIssue(issue: Issue | null, index: number, total: number, suggestion: string | null): string {
  if (issue === null) return total === 0 ? 'No issues.' : '';
  const fix = suggestion === null ? 'No suggestion.' : `Suggestion: ${suggestion}.`;
  return `Issue ${index + 1} of ${total}, ${issue.severity} ${issue.rule}: ${issue.message} ${fix}`;
}

/**
 * Live regions: the current issue and the last result politely, failures at
 * once. Text only, so article text cannot become markup here either.
 */
export function Announcer(props: AnnouncerProps) {
  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {props.notice !== null ? `${props.notice} ` : ''}
        {describeIssue(props.issue, props.index, props.total, props.suggestion)}
      </div>
      {props.error !== null && (
        <div className="error-banner" role="alert">
          {props.error}
        </div>
      )}
    </>
  );
}
