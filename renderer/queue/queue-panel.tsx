import type { RecentFile } from '../../src/core/api/contract';
import type { StorySummary } from '../../src/core/corrections/story';

export interface QueuePanelProps {
  readonly stories: readonly StorySummary[];
  readonly currentId: string | null;
  readonly compareId: string | null;
  readonly recent: readonly RecentFile[];
  onSelect(id: string): void;
  onCompare(id: string | null): void;
  onRemove(id: string): void;
  onOpenRecent(path: string): void;
}

const STATUS_LABEL = { new: 'new', 'in-review': 'in review', done: 'done' } as const;

/** The stories on the desk, in queue order, with their status and the queue's progress. */
export function QueuePanel(props: QueuePanelProps) {
  const { stories, currentId, compareId } = props;
  const done = stories.filter((s) => s.status === 'done').length;
  const recent = props.recent.filter((r) => !stories.some((s) => s.path === r.path)).slice(0, 8);
  return (
    <nav className="queue" aria-label="Story queue">
      <h2 className="queue-title">
        Queue <span data-testid="queue-progress">{stories.length === 0 ? 'empty' : `${done} of ${stories.length} done`}</span>
      </h2>
      {stories.length > 0 && <progress className="queue-progress" max={stories.length} value={done} aria-label="Stories done" />}
      <ul className="queue-list">
        {stories.map((s) => (
          <li key={s.id} className={`queue-item status-${s.status}${s.id === currentId ? ' queue-current' : ''}`} data-story={s.name}>
            <button type="button" className="queue-open" aria-current={s.id === currentId ? 'true' : undefined} onClick={() => props.onSelect(s.id)} title={s.path ?? s.name}>
              <span className="queue-name">{s.name}</span> <span className={`queue-status status-badge-${s.status}`}>{STATUS_LABEL[s.status]}</span>
            </button>
            {s.id !== currentId && (
              <button
                type="button"
                className="queue-compare"
                aria-pressed={s.id === compareId}
                title={s.id === compareId ? 'Stop showing beside the current story' : 'Show beside the current story'}
                onClick={() => props.onCompare(s.id === compareId ? null : s.id)}
              >
                beside
              </button>
            )}
            <button type="button" className="queue-remove" aria-label={`Close ${s.name}`} title="Close (its corrections stay in the log)" onClick={() => props.onRemove(s.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {recent.length > 0 && (
        <section aria-label="Recent files" className="recent">
          <h3>Recent</h3>
          <ul>
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" onClick={() => props.onOpenRecent(r.path)} title={r.path}>
                  {r.path.split(/[\\/]/).pop()}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </nav>
  );
}
