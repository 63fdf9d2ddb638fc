import { Decoration } from '@codemirror/view';
import type { Severity } from '../../src/core/model/finding';
import { markLayer } from './mark-layer';

/** An issue as the editor draws it: positions already in editor coordinates. */
export interface GarbleMark {
  readonly from: number;
  readonly to: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly current: boolean;
}

function markFor(m: GarbleMark): Decoration {
  return Decoration.mark({
    class: `cd-garble cd-garble-${m.severity}${m.current ? ' cd-garble-current' : ''}`,
    attributes: { 'data-rule': m.rule, 'data-severity': m.severity, ...(m.current ? { 'data-current': 'true' } : {}) },
  });
}

/** The highlights, kept in the editor state so that they move with each keystroke before the analyzer runs again. */
const layer = markLayer(markFor);
export const setGarbles = layer.set;
export const garbleField = layer.field;

export function garbleHighlights() {
  return layer.extension;
}
