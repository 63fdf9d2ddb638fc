import { memo, useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import type { Severity } from '../../src/core/model/finding';
import type { Issue } from '../../src/core/review/issues';

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

/**
 * How many issues the list renders around the current one. A 20 MB feed can
 * have a hundred thousand findings; rendering them all would freeze the
 * window, and nobody scrolls a list that long. The window moves with the
 * current issue, and each item says its place in the whole list.
 */
export const LIST_WINDOW = 200;

/** The slice of issues shown: LIST_WINDOW of them, the current one inside. */
export function listWindow(total: number, current: number): { from: number; to: number } {
  if (total <= LIST_WINDOW) return { from: 0, to: total };
  const from = Math.min(Math.max(0, current - Math.floor(LIST_WINDOW / 4)), total - LIST_WINDOW);
  return { from, to: from + LIST_WINDOW };
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
  const { from, to } = listWindow(issues.length, current);
  const shown = issues.slice(from, to);
  const list = useRef<HTMLUListElement>(null);
  // One function for every item across renders, so that memo() can skip the items that did not change.
  const goToRef = useRef(props.onGoTo);
  goToRef.current = props.onGoTo;
  const goTo = useCallback((i: number) => goToRef.current(i), []);
  // Keep the current issue in sight as the keyboard moves through the list.
  useEffect(() => {
    list.current?.querySelector(`#${optionId(current)}`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

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
      ref={list}
      className="issue-list"
      role="listbox"
      aria-label="Issues"
      tabIndex={0}
      aria-activedescendant={issues.length > 0 ? optionId(current) : undefined}
      onKeyDown={onKeyDown}
    >
      {from > 0 && (
        <li role="presentation" className="issue-more">
          {from} earlier issues
        </li>
      )}
      {shown.map((issue, k) => {
        const i = from + k;
        return (
          <IssueItem
            // By place, not by rule and range: typing shifts the ranges of every issue after the caret,
            // and range keys would make React rebuild the whole list on each keystroke.
            key={i}
            index={i}
            total={issues.length}
            selected={i === current}
            rule={issue.rule}
            severity={issue.severity}
            passage={passage(text, issue)}
            suggestion={issue.suggestions[0]}
            onGoTo={goTo}
          />
        );
      })}
      {to < issues.length && (
        <li role="presentation" className="issue-more">
          {issues.length - to} more issues
        </li>
      )}
      {issues.length === 0 && (
        <li role="option" aria-selected={false} aria-disabled="true" className="issue-none">
          No issues left.
        </li>
      )}
    </ul>
  );
}

interface IssueItemProps {
  readonly index: number;
  readonly total: number;
  readonly selected: boolean;
  readonly rule: string;
  readonly severity: Severity;
  readonly passage: string;
  readonly suggestion: string | undefined;
  onGoTo(index: number): void;
}

/**
 * One issue, re-rendered only when what it shows changes: a keystroke maps
 * every issue after the caret to new offsets, but their passages, rules and
 * suggestions stay the same, so the list costs nothing per key.
 */
const IssueItem = memo(function IssueItem(props: IssueItemProps) {
  const { index: i, selected } = props;
  return (
    <li
      id={optionId(i)}
      role="option"
      aria-selected={selected}
      aria-posinset={i + 1}
      aria-setsize={props.total}
      className={`issue issue-${props.severity}${selected ? ' issue-current' : ''}`}
      data-rule={props.rule}
      data-severity={props.severity}
      onClick={() => props.onGoTo(i)}
    >
      <span className="issue-severity">{props.severity}</span> <span className="issue-rule">{props.rule}</span>{' '}
      <span className="issue-passage">{props.passage}</span>
      {props.suggestion !== undefined && <span className="issue-suggestion"> → {props.suggestion}</span>}
    </li>
  );
});
