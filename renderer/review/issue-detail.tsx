import { MQM_CATEGORIES, SEVERITIES, type MqmCategory, type Severity } from '../../src/core/model/finding';
import type { Issue } from '../../src/core/review/issues';
import type { ReviewState } from '../../src/core/review/review-state';
import { ariaKeys, displayKeys } from '../shortcuts/match-key';
import { shortcutFor, type CommandId } from '../../src/core/commands/keymap';

export interface IssueDetailProps {
  readonly issue: Issue | null;
  readonly state: ReviewState;
  readonly busy: boolean;
  onChooseSuggestion(index: number): void;
  onCategory(category: MqmCategory): void;
  onSeverity(severity: Severity): void;
  onCommand(command: CommandId): void;
}

function CommandButton(props: { command: CommandId; label?: string; disabled?: boolean; onCommand(c: CommandId): void }) {
  const s = shortcutFor(props.command);
  return (
    <button
      type="button"
      disabled={props.disabled}
      aria-keyshortcuts={ariaKeys(s)}
      title={`${s.label} (${s.keys.map(displayKeys).join(', ')})`}
      onClick={() => props.onCommand(props.command)}
    >
      {props.label ?? s.label}
    </button>
  );
}

/** The current issue: what is wrong, the suggestions, and its MQM category and severity. */
export function IssueDetail(props: IssueDetailProps) {
  const { issue, state, busy } = props;
  if (issue === null) {
    return (
      <section className="issue-detail" aria-label="Current issue">
        <p>No issue selected. Hand edits are recorded as</p>
        <CategoryPickers category={state.editCategory} severity={state.editSeverity} {...props} />
      </section>
    );
  }
  const chosen = state.suggestion;
  return (
    <section className="issue-detail" aria-label="Current issue">
      <p className="issue-message">
        <span className={`badge badge-${issue.severity}`}>{issue.severity}</span> <strong>{issue.rule}</strong>: {issue.message}
      </p>
      <p className="issue-passage-full">
        “<span>{state.text.slice(issue.start, issue.end)}</span>”
      </p>
      {issue.suggestions.length > 0 ? (
        <div role="radiogroup" aria-label="Suggestions" className="suggestions">
          {issue.suggestions.map((s, i) => (
            <button
              key={`${i}:${s}`}
              type="button"
              role="radio"
              aria-checked={i === chosen % issue.suggestions.length}
              onClick={() => props.onChooseSuggestion(i)}
            >
              {s}
            </button>
          ))}
        </div>
      ) : (
        <p>No suggestion: edit the passage in the text.</p>
      )}
      <CategoryPickers category={issue.category} severity={issue.severity} {...props} />
      <div className="issue-actions" role="group" aria-label="Issue actions">
        <CommandButton command="accept" label="Accept" disabled={busy || issue.suggestions.length === 0} onCommand={props.onCommand} />
        <CommandButton command="dismiss-occurrence" label="Dismiss" disabled={busy} onCommand={props.onCommand} />
        <CommandButton command="dismiss-rule" label="Dismiss rule" disabled={busy} onCommand={props.onCommand} />
        <CommandButton command="edit-inline" label="Edit" onCommand={props.onCommand} />
      </div>
    </section>
  );
}

function CategoryPickers(props: { category: MqmCategory; severity: Severity } & Pick<IssueDetailProps, 'onCategory' | 'onSeverity'>) {
  return (
    <div className="pickers">
      <label>
        MQM category{' '}
        <select id="mqm-category" value={props.category} onChange={(e) => props.onCategory(e.target.value as MqmCategory)}>
          {MQM_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Severity{' '}
        <select value={props.severity} onChange={(e) => props.onSeverity(e.target.value as Severity)}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
