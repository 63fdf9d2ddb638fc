import { StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
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

export const setCounterparts = StateEffect.define<readonly CounterpartMark[]>();

/** Kept in the state so that the marks follow typing until the next comparison replaces them. */
export const counterpartField = StateField.define<readonly CounterpartMark[]>({
  create: () => [],
  update(marks, tr) {
    for (const e of tr.effects) if (e.is(setCounterparts)) return e.value;
    if (!tr.docChanged) return marks;
    const out: CounterpartMark[] = [];
    for (const m of marks) {
      // A passage that was edited (or adopted) no longer says what was compared.
      if (tr.changes.touchesRange(m.from, m.to)) continue;
      out.push({ ...m, from: tr.changes.mapPos(m.from, 1), to: tr.changes.mapPos(m.to, -1) });
    }
    return out;
  },
});

function markFor(m: CounterpartMark): Decoration {
  return Decoration.mark({
    class: `cd-counterpart cd-counterpart-${m.kind}${m.current ? ' cd-counterpart-current' : ''}`,
    attributes: { 'data-discrepancy': String(m.index), 'data-kind': m.kind, ...(m.current ? { 'data-current': 'true' } : {}) },
  });
}

function build(view: EditorView): DecorationSet {
  const marks = view.state.field(counterpartField);
  const ranges: Range<Decoration>[] = [];
  for (const { from, to } of view.visibleRanges) {
    for (const m of marks) {
      if (m.to < from || m.from > to || m.from >= m.to) continue;
      ranges.push(markFor(m).range(m.from, m.to));
    }
  }
  return Decoration.set(ranges, true);
}

const counterpartPlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;

    constructor(view: EditorView) {
      this.decorations = build(view);
    }

    update(u: ViewUpdate) {
      if (u.docChanged || u.viewportChanged || u.startState.field(counterpartField) !== u.state.field(counterpartField)) {
        this.decorations = build(u.view);
      }
    }
  },
  { decorations: (v) => v.decorations },
);

export function counterpartHighlights() {
  return [counterpartField, counterpartPlugin];
}
