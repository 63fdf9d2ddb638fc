import type { AlignedPair, Discrepancy, DiscrepancyKind } from '../../src/core/compare/model';
import type { Span } from '../../src/core/model/span';

/** A run of the other story's text, highlighted when a discrepancy points at it. */
export interface Segment {
  readonly start: number;
  readonly text: string;
  readonly mark: { readonly kind: DiscrepancyKind; readonly indexes: readonly number[] } | null;
}

export interface ParagraphView {
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph of the story under review that the engine aligned with this one. */
  readonly alignedTo: number | null;
  readonly segments: readonly Segment[];
}

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly kind: DiscrepancyKind;
  readonly indexes: number[];
}

/** The other story's side of each discrepancy, one mark per passage (several discrepancies may share one), overlaps dropped. */
function marksOf(discrepancies: readonly Discrepancy[]): Mark[] {
  const byRange = new Map<string, Mark>();
  discrepancies.forEach((d, i) => {
    if (d.b === null || d.b.start >= d.b.end) return;
    const key = `${d.b.start}:${d.b.end}`;
    const m = byRange.get(key);
    if (m === undefined) byRange.set(key, { start: d.b.start, end: d.b.end, kind: d.kind, indexes: [i] });
    else m.indexes.push(i);
  });
  const sorted = [...byRange.values()].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Mark[] = [];
  for (const m of sorted) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}

/**
 * The other story as paragraphs of plain runs and marked runs, for the
 * compare pane. Only ranges: the view renders the slices as React text, so
 * nothing from either article becomes markup.
 */
export function otherParagraphs(
  text: string,
  paragraphs: readonly Span[],
  discrepancies: readonly Discrepancy[],
  pairs: readonly AlignedPair[],
  mtParagraphs: readonly Span[],
): ParagraphView[] {
  const marks = marksOf(discrepancies);
  let k = 0;
  return paragraphs.map((p) => {
    const segments: Segment[] = [];
    let at = p.start;
    while (k < marks.length && marks[k]!.end <= p.start) k++;
    for (let j = k; j < marks.length && marks[j]!.start < p.end; j++) {
      const m = marks[j]!;
      const from = Math.max(m.start, p.start);
      const to = Math.min(m.end, p.end);
      if (from > at) segments.push({ start: at, text: text.slice(at, from), mark: null });
      segments.push({ start: from, text: text.slice(from, to), mark: { kind: m.kind, indexes: m.indexes } });
      at = to;
    }
    if (at < p.end) segments.push({ start: at, text: text.slice(at, p.end), mark: null });
    const pair = pairs.find((x) => x.b.start === p.start);
    const aligned = pair === undefined ? -1 : mtParagraphs.findIndex((q) => q.start === pair.a.start);
    return { start: p.start, end: p.end, alignedTo: aligned < 0 ? null : aligned, segments };
  });
}
