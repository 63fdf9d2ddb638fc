import { StateEffect, StateField, type Extension, type Range, type StateEffectType } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';

/** A highlighted passage, in editor coordinates. */
export interface RangeMark {
  readonly from: number;
  readonly to: number;
}

export interface MarkLayer<M extends RangeMark> {
  /** Replaces the layer's marks (fresh findings, a new comparison). */
  readonly set: StateEffectType<readonly M[]>;
  /** The marks as they stand (mapped through edits since the last set). */
  readonly field: StateField<readonly M[]>;
  readonly extension: Extension;
}

/**
 * One kind of highlight over the story: its marks kept in the editor state,
 * so that they follow each keystroke before the next analysis replaces them
 * (a mark the typing ran into is dropped at once: it no longer shows what
 * was found), and drawn only for the visible ranges, since a long story has
 * hundreds of them. Garbles and compare counterparts are two such layers.
 */
export function markLayer<M extends RangeMark>(decorate: (mark: M) => Decoration): MarkLayer<M> {
  const set = StateEffect.define<readonly M[]>();
  const field = StateField.define<readonly M[]>({
    create: () => [],
    update(marks, tr) {
      for (const e of tr.effects) if (e.is(set)) return e.value;
      if (!tr.docChanged) return marks;
      const out: M[] = [];
      for (const m of marks) {
        if (tr.changes.touchesRange(m.from, m.to)) continue;
        out.push({ ...m, from: tr.changes.mapPos(m.from, 1), to: tr.changes.mapPos(m.to, -1) });
      }
      return out;
    },
  });
  const build = (view: EditorView): DecorationSet => {
    const marks = view.state.field(field);
    const ranges: Range<Decoration>[] = [];
    for (const { from, to } of view.visibleRanges) {
      for (const m of marks) {
        if (m.to < from || m.from > to || m.from >= m.to) continue;
        ranges.push(decorate(m).range(m.from, m.to));
      }
    }
    return Decoration.set(ranges, true);
  };
  const plugin = ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;

      constructor(view: EditorView) {
        this.decorations = build(view);
      }

      update(u: ViewUpdate) {
        if (u.docChanged || u.viewportChanged || u.startState.field(field) !== u.state.field(field)) this.decorations = build(u.view);
      }
    },
    { decorations: (v) => v.decorations },
  );
  return { set, field, extension: [field, plugin] };
}
