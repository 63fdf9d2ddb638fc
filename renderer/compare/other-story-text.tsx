import type { EditorView } from '@codemirror/view';
import { memo, useEffect, useMemo, useRef } from 'react';
import { otherParagraphs } from './segments';
import type { ComparisonResult } from './use-comparison';
import { useScrollSync } from './use-scroll-sync';

export interface OtherStoryTextProps {
  readonly result: ComparisonResult;
  readonly current: number | null;
  readonly revealSerial: number;
  /** The editor of the story under review, which this pane follows as it scrolls. */
  readonly view: EditorView | null;
  onGoTo(index: number): void;
}

/**
 * The other story, paragraph by paragraph, its side of each discrepancy
 * highlighted (data-kind, data-discrepancy as in the editor) and the
 * paragraph aligned with the top of the editor marked. Article text is React
 * text only. Memoised: the window re-renders on every keystroke, and this
 * pane changes only with a fresh comparison or a move.
 */
export const OtherStoryText = memo(function OtherStoryText({ result, current, revealSerial, view, onGoTo }: OtherStoryTextProps) {
  const pane = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(
    () => otherParagraphs(result.otherText, result.otherParagraphs, result.comparison.discrepancies, result.comparison.paragraphs, result.paragraphs),
    [result],
  );
  const active = useScrollSync(view, pane, result, revealSerial);

  // Moving to a discrepancy brings its counterpart here into view.
  useEffect(() => {
    if (revealSerial === 0) return;
    const mark = pane.current?.querySelector('mark[data-current=true]');
    if (mark instanceof HTMLElement && typeof mark.scrollIntoView === 'function') mark.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [revealSerial]);

  return (
    // A focusable region: it scrolls on its own, so a keyboard must be able to scroll it too.
    <div className="other-story" data-testid="other-story" ref={pane} role="region" aria-label="The other story" tabIndex={0}>
      {paragraphs.map((p) => (
        <p
          key={p.start}
          data-para-start={p.start}
          data-aligned-to={p.alignedTo ?? undefined}
          className={p.start === active ? 'cd-aligned-active' : undefined}
        >
          {p.alignedTo !== null && (
            <span className="cd-align-badge" title={`Aligned with paragraph ${p.alignedTo + 1} of this story`}>
              ¶{p.alignedTo + 1}
            </span>
          )}
          {p.segments.map((s) =>
            s.mark === null ? (
              <span key={s.start}>{s.text}</span>
            ) : (
              <mark
                key={s.start}
                className={`cd-counterpart cd-counterpart-${s.mark.kind}${current !== null && s.mark.indexes.includes(current) ? ' cd-counterpart-current' : ''}`}
                data-kind={s.mark.kind}
                data-discrepancy={s.mark.indexes.join(' ')}
                data-current={current !== null && s.mark.indexes.includes(current) ? 'true' : undefined}
                onClick={() => onGoTo(s.mark!.indexes[0]!)}
              >
                {s.text}
              </mark>
            ),
          )}
        </p>
      ))}
    </div>
  );
});
