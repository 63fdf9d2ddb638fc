import { adoptionOf } from '../../src/core/review/adoption';
import { describeDiscrepancy } from './discrepancy-nav';
import type { ComparisonSession } from './use-comparison';

/**
 * What a screen reader hears on moving to a discrepancy (the review view's
 * Announcer pattern). Mounted with the side pane whatever its tab, so the
 * live region exists before the first announcement.
 */
export function CompareAnnouncer({ session }: { session: ComparisonSession }) {
  const { currentDiscrepancy: d, current, result, notice } = session;
  const total = result?.comparison.discrepancies.length ?? 0;
  const text = notice ?? (d === null || current === null ? '' : describeDiscrepancy(d, current, total, adoptionOf(d) !== null));
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="compare-announcer">
      {text}
    </div>
  );
}
