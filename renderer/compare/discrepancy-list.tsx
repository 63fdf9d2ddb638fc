import type { Discrepancy } from '../../src/core/compare/model';

export interface DiscrepancyListProps {
  readonly discrepancies: readonly Discrepancy[];
  readonly current: number | null;
  onGoTo(index: number): void;
}

const KIND_LABEL = { name: 'Name', date: 'Date', number: 'Figure', omission: 'Omitted' } as const;

/**
 * The discrepancies in the order of the story under review. Buttons, so the
 * list works with Tab and Enter too; Alt+PageDown / PageUp walk it from anywhere.
 */
export function DiscrepancyList({ discrepancies, current, onGoTo }: DiscrepancyListProps) {
  if (discrepancies.length === 0) {
    return <p className="side-note">No discrepancies: the two stories agree on the names, dates and figures they share.</p>;
  }
  return (
    <ol className="discrepancy-list" aria-label="Discrepancies with the other story">
      {discrepancies.map((d, i) => (
        <li key={`${d.kind}:${d.a.start}:${d.b?.start ?? -1}`}>
          <button
            type="button"
            className="discrepancy-item"
            data-kind={d.kind}
            data-discrepancy={i}
            aria-current={i === current ? 'true' : undefined}
            title={d.message}
            onClick={() => onGoTo(i)}
          >
            <span className={`discrepancy-kind discrepancy-kind-${d.kind}`}>{KIND_LABEL[d.kind]}</span>
            <span className="discrepancy-here">{d.a.text}</span>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> in the other story: </span>
            <span className="discrepancy-there">{d.b?.text ?? '—'}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
