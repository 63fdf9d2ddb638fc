import type { KeyboardEvent } from 'react';
import { issueKey, type Issue } from '../../src/core/review/issues';

export interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly current: number;
  readonly text: string;
  onGoTo(index: number): void;
  onNext(): void;
  onPrev(): void;
  onAccept(): void;
  onDismiss(): void;
}

const PASSAGE_MAX = 60;

function passage(text: string, issue: Issue): string {
  const s = text.slice(issue.start, issue.end);
  return s.length > PASSAGE_MAX ? `${s.slice(0, PASSAGE_MAX - 1)}…` : s;
}

export function optionId(index: number): string {
  return `issue-${index}`;
}

/**
 * The issues in text order. One tab stop (a listbox with an active
 * descendant): with focus here, bare arrows move, Enter accepts and Delete
 * dismisses, since there is no typing to get in the way.
 */
export function IssueList(props: IssueListProps) {
  const { issues, current, text } = props;

  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const act: Record<string, (() => void) | undefined> = {
      ArrowDown: props.onNext,
      ArrowUp: props.onPrev,
      Home: () => props.onGoTo(0),
      End: () => props.onGoTo(issues.length - 1),
      Enter: props.onAccept,
      Delete: props.onDismiss,
    };
    const f = act[e.key];
    if (f === undefined) return;
    e.preventDefault();
    f();
  }

  return (
    <ul
      className="issue-list"
      role="listbox"
      aria-label="Issues"
      tabIndex={0}
      aria-activedescendant={issues.length > 0 ? optionId(current) : undefined}
      onKeyDown={onKeyDown}
    >
      {issues.map((issue, i) => (
        <li
          key={issueKey(issue)}
          id={optionId(i)}
          role="option"
          aria-selected={i === current}
          className={`issue issue-${issue.severity}${i === current ? ' issue-current' : ''}`}
          data-rule={issue.rule}
          data-severity={issue.severity}
          onClick={() => props.onGoTo(i)}
        >
          <span className="issue-severity">{issue.severity}</span> <span className="issue-rule">{issue.rule}</span>{' '}
          <span className="issue-passage">{passage(text, issue)}</span>
          {issue.suggestions[0] !== undefined && <span className="issue-suggestion"> → {issue.suggestions[0]}</span>}
        </li>
      ))}
      {issues.length === 0 && (
        <li role="option" aria-selected={false} aria-disabled="true" className="issue-none">
          No issues left.
        </li>
      )}
    </ul>
  );
}
