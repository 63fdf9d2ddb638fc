import { StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import type { Severity } from '../../src/core/model/finding';

/** An issue as the editor draws it: positions already in editor coordinates. */
export interface GarbleMark {
  readonly from: number;
  readonly to: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly current: boolean;
}

export const setGarbles = StateEffect.define<readonly GarbleMark[]>();

/**
 * The highlights, kept in the editor state so that they move with each
 * keystroke (a mark the typing ran into is dropped at once) before the
 * analyzer has had a chance to run again.
 */
export const garbleField = StateField.define<readonly GarbleMark[]>({
  create: () => [],
  update(marks, tr) {
    for (const e of tr.effects) if (e.is(setGarbles)) return e.value;
    if (!tr.docChanged) return marks;
    const out: GarbleMark[] = [];
    for (const m of marks) {
      if (tr.changes.touchesRange(m.from, m.to)) continue;
      out.push({ ...m, from: tr.changes.mapPos(m.from, 1), to: tr.changes.mapPos(m.to, -1) });
    }
    return out;
  },
});

function markFor(m: GarbleMark): Decoration {
  return Decoration.mark({
    class: `cd-garble cd-garble-${m.severity}${m.current ? ' cd-garble-current' : ''}`,
    attributes: { 'data-rule': m.rule, 'data-severity': m.severity, ...(m.current ? { 'data-current': 'true' } : {}) },
  });
}

/** Decorations for what is on screen only: a long story has hundreds of findings. */
function build(view: EditorView): DecorationSet {
  const marks = view.state.field(garbleField);
  const ranges: Range<Decoration>[] = [];
  for (const { from, to } of view.visibleRanges) {
    for (const m of marks) {
      if (m.to < from || m.from > to || m.from >= m.to) continue;
      ranges.push(markFor(m).range(m.from, m.to));
    }
  }
  return Decoration.set(ranges, true);
}

const garblePlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;

    constructor(view: EditorView) {
      this.decorations = build(view);
    }

    update(u: ViewUpdate) {
      if (u.docChanged || u.viewportChanged || u.startState.field(garbleField) !== u.state.field(garbleField)) {
        this.decorations = build(u.view);
      }
    }
  },
  { decorations: (v) => v.decorations },
);

export function garbleHighlights() {
  return [garbleField, garblePlugin];
}
