import { Decoration } from '@codemirror/view';
import { markLayer } from './mark-layer';
import type { DiscrepancyKind } from '../../src/core/compare/model';

/**
 * A passage of the story under review that the other story says differently
 * (issue 4), in editor coordinates. A second kind of highlight beside the
 * garbles: it answers "what does the other report say here", not "what is
 * wrong with the English", so it is drawn apart (garble-decorations.ts).
 */
export interface CounterpartMark {
  readonly from: number;
  readonly to: number;
  readonly kind: DiscrepancyKind;
  /** Index of the discrepancy in the comparison, shared with the other pane's highlight. */
  readonly index: number;
  readonly current: boolean;
}

function markFor(m: CounterpartMark): Decoration {
  return Decoration.mark({
    class: `cd-counterpart cd-counterpart-${m.kind}${m.current ? ' cd-counterpart-current' : ''}`,
    attributes: { 'data-discrepancy': String(m.index), 'data-kind': m.kind, ...(m.current ? { 'data-current': 'true' } : {}) },
  });
}

/** Kept in the state so that the marks follow typing until the next comparison replaces them; an edited passage loses its mark. */
const layer = markLayer(markFor);
export const setCounterparts = layer.set;
export const counterpartField = layer.field;

export function counterpartHighlights() {
  return layer.extension;
}
