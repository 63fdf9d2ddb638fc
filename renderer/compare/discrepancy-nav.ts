import type { AlignedPair, Discrepancy } from '../../src/core/compare/model';

/** The next (step 1) or previous (-1) discrepancy, wrapping; the first or last when none is current yet. */
export function stepIndex(current: number | null, total: number, step: 1 | -1): number | null {
  if (total === 0) return null;
  if (current === null) return step === 1 ? 0 : total - 1;
  return (((current + step) % total) + total) % total;
}

/**
 * Where the current discrepancy is in a fresh comparison (the text changed
 * and the engine ran again): the same pair of passages if it is still there,
 * nearest the old place; otherwise the one now at its index, so that after an
 * adoption the editor is on the next discrepancy rather than back at the top.
 */
export function carryCurrent(before: Discrepancy | undefined, index: number | null, after: readonly Discrepancy[]): number | null {
  if (index === null || after.length === 0) return null;
  if (before !== undefined) {
    let best = -1;
    for (let i = 0; i < after.length; i++) {
      const d = after[i]!;
      if (d.kind !== before.kind || d.a.text !== before.a.text || d.b?.text !== before.b?.text) continue;
      if (best < 0 || Math.abs(d.a.start - before.a.start) < Math.abs(after[best]!.a.start - before.a.start)) best = i;
    }
    if (best >= 0) return best;
  }
  return Math.min(index, after.length - 1);
}

/**
 * The paragraph pair that goes with an offset of story A (the top of the
 * editor, say): the pair whose A paragraph holds it, else the last pair
 * before it. Pairs need not come in A's order: the engine aligns by content,
 * and two reports of one event tell it in different orders.
 */
export function alignedPairAt(pairs: readonly AlignedPair[], offset: number): AlignedPair | null {
  let best: AlignedPair | null = null;
  for (const p of pairs) {
    if (offset >= p.a.start && offset < p.a.end) return p;
    if (p.a.start <= offset && (best === null || p.a.start > best.a.start)) best = p;
  }
  return best;
}

/** What a screen reader hears on arriving at a discrepancy. */
export function describeDiscrepancy(d: Discrepancy, index: number, total: number, adoptable: boolean): string {
  const other = d.b === null ? 'nothing in the other story' : `“${d.b.text}” in the other story`;
  const adopt = adoptable ? ' Alt+Shift+Enter adopts the other story’s.' : '';
  return `Discrepancy ${index + 1} of ${total}, ${d.kind}: “${d.a.text}” here, ${other}. ${d.message}${adopt}`;
}
