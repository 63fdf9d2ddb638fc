import type { EditorView } from '@codemirror/view';
import type { Fact } from '../../src/core/compare/model';
import type { StorySummary } from '../../src/core/corrections/story';
import { adoptionOf } from '../../src/core/review/adoption';
import { DiscrepancyList } from './discrepancy-list';
import { OtherStoryText } from './other-story-text';
import type { ComparisonSession } from './use-comparison';

export interface CompareViewProps {
  readonly session: ComparisonSession;
  readonly others: readonly StorySummary[];
  readonly compareId: string | null;
  readonly view: EditorView | null;
  onCompare(id: string | null): void;
  onGoTo(index: number): void;
  onAdopt(): void;
}

function FactList({ title, facts }: { title: string; facts: readonly Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <details className="compare-facts">
      <summary>
        {title} ({facts.length})
      </summary>
      <ul>
        {facts.map((f) => (
          <li key={`${f.kind}:${f.start}`} data-kind={f.kind}>
            {f.text}
            {f.occurrences > 1 ? ` ×${f.occurrences}` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The other story compared with the one under review (issue 4): which story,
 * the discrepancies, the current one with its adopt button, and the other
 * story aligned and highlighted.
 */
export function CompareView({ session, others, compareId, view, onCompare, onGoTo, onAdopt }: CompareViewProps) {
  const { other, result, current, currentDiscrepancy: d } = session;
  const adoptable = d !== null && adoptionOf(d) !== null;
  return (
    <div className="side-body compare-view" role="tabpanel" aria-label="Other story" data-testid="compare-view">
      <label className="side-pick">
        Beside it{' '}
        <select value={compareId ?? ''} onChange={(e) => onCompare(e.target.value === '' ? null : e.target.value)}>
          <option value="">(none)</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {session.loadError !== null && <p role="alert">Could not open it: {session.loadError}</p>}
      {compareId === null && <p className="side-note">Choose another story of the same event to read beside this one.</p>}
      {compareId !== null && other !== null && result === null && <p className="side-note">{session.notice ?? 'Comparing…'}</p>}
      {result !== null && (
        <>
          <DiscrepancyList discrepancies={result.comparison.discrepancies} current={current} onGoTo={onGoTo} />
          {d !== null && (
            <div className="discrepancy-detail" data-testid="discrepancy-detail">
              <p>{d.message}</p>
              {adoptable && (
                <button type="button" onClick={onAdopt} aria-keyshortcuts="Alt+Shift+Enter">
                  Adopt “{adoptionOf(d)!.text}” (Alt+Shift+Enter)
                </button>
              )}
            </div>
          )}
          <OtherStoryText result={result} current={current} revealSerial={session.revealSerial} view={view} onGoTo={onGoTo} />
          <FactList title="Only in this story" facts={result.comparison.onlyA} />
          <FactList title="Only in the other story" facts={result.comparison.onlyB} />
        </>
      )}
    </div>
  );
}
