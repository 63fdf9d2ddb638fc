import type { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { offsetMap } from '../review/doc-offsets';
import { alignedPairAt } from './discrepancy-nav';
import type { ComparisonResult } from './use-comparison';

/**
 * After moving to a discrepancy both panes show it; the editor's scroll that
 * follows must not then pull the other pane to the aligned paragraph instead.
 */
const REVEAL_QUIET_MS = 600;

/** The story offset at the top of the editor's visible area. */
function topOffset(view: EditorView): number {
  const top = view.scrollDOM.getBoundingClientRect().top - view.documentTop;
  const pos = view.lineBlockAtHeight(Math.max(0, top)).from;
  return offsetMap(view.state.doc, view.state.lineBreak).toText(pos);
}

/**
 * The other pane follows the editor: as the story under review scrolls, the
 * paragraph the engine aligned with the one at the top of the editor comes
 * to the top of the pane. Returns that paragraph's start (in the other
 * story), to mark it.
 */
export function useScrollSync(view: EditorView | null, pane: RefObject<HTMLElement | null>, result: ComparisonResult | null, revealSerial: number): number | null {
  const [active, setActive] = useState<number | null>(null);
  const quietUntil = useRef(0);

  useEffect(() => {
    if (revealSerial > 0) quietUntil.current = performance.now() + REVEAL_QUIET_MS;
  }, [revealSerial]);

  useEffect(() => {
    if (view === null || result === null) {
      setActive(null);
      return;
    }
    const pairs = result.comparison.paragraphs;
    let frame = 0;
    const sync = () => {
      frame = 0;
      const pair = alignedPairAt(pairs, topOffset(view));
      setActive(pair?.b.start ?? null);
      if (pair === null || performance.now() < quietUntil.current) return;
      const box = pane.current;
      const target = box?.querySelector<HTMLElement>(`[data-para-start="${pair.b.start}"]`);
      if (box && target) box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top;
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(sync);
    };
    view.scrollDOM.addEventListener('scroll', onScroll, { passive: true });
    onScroll();
    return () => {
      view.scrollDOM.removeEventListener('scroll', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [view, pane, result]);

  return active;
}
