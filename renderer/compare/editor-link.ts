import { EditorSelection, type EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect } from 'react';
import { counterpartField, setCounterparts, type CounterpartMark } from '../review/counterpart-decorations';
import { lineSeparatorOf, offsetMap } from '../review/doc-offsets';
import type { ComparisonSession } from './use-comparison';

/** The comparison's passages of the story under review as editor highlights, the current one marked. */
export function counterpartMarks(state: EditorState, session: Pick<ComparisonSession, 'result' | 'current'>): CounterpartMark[] | null {
  const { result, current } = session;
  if (result === null) return [];
  // Offsets hold only in the text compared; while typing runs ahead, the field maps the old marks.
  if (state.sliceDoc() !== result.text) return null;
  const map = offsetMap(state.doc, lineSeparatorOf(result.text));
  return result.comparison.discrepancies.map((d, index) => ({
    from: map.toDoc(d.a.start),
    to: map.toDoc(d.a.end),
    kind: d.kind,
    index,
    current: index === current,
  }));
}

/** Selects the current discrepancy's passage in the editor and scrolls it to the middle. */
export function revealCounterpart(view: EditorView, index: number): boolean {
  const mark = view.state.field(counterpartField, false)?.find((m) => m.index === index);
  if (mark === undefined) return false;
  view.dispatch({
    selection: EditorSelection.range(mark.from, mark.to),
    effects: EditorView.scrollIntoView(mark.from, { y: 'center' }),
  });
  return true;
}

/**
 * Keeps the editor's counterpart highlights in step with the comparison,
 * and shows the current discrepancy there when the editor moves to one.
 */
export function useEditorCounterparts(view: EditorView | null, session: ComparisonSession): void {
  const { result, current, revealSerial } = session;
  useEffect(() => {
    if (view === null) return;
    const marks =
      counterpartMarks(view.state, { result, current }) ??
      // Behind the text: keep the mapped marks and move only which one is current.
      view.state.field(counterpartField).map((m) => ({ ...m, current: m.index === current }));
    view.dispatch({ effects: setCounterparts.of(marks) });
  }, [view, result, current]);

  useEffect(() => {
    if (view === null || current === null || revealSerial === 0) return;
    revealCounterpart(view, current);
    // Only navigation reveals (current is read, not watched): a fresh comparison must not move the selection.
  }, [view, revealSerial]);
}
