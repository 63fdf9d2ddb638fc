import type { EditorView } from '@codemirror/view';
import { useEffect, useState } from 'react';
import type { StorySummary } from '../../src/core/corrections/story';
import { CompareAnnouncer } from './compare-announcer';
import { CompareView } from './compare-view';
import { tooLongForWindow } from '../app/limits';
import { textDiff, type DiffPart } from './text-diff';
import type { ComparisonSession } from './use-comparison';

export type SideMode = 'diff' | 'story';

export interface SidePaneProps {
  readonly mode: SideMode;
  readonly sourceText: string;
  readonly text: string;
  readonly stories: readonly StorySummary[];
  readonly currentId: string | null;
  readonly compareId: string | null;
  /** The comparison with the story beside this one (issue 4). */
  readonly compare: ComparisonSession;
  /** The story editor, which the compared story follows as it scrolls. */
  readonly view: EditorView | null;
  onMode(mode: SideMode): void;
  onCompare(id: string | null): void;
  onGoToDiscrepancy(index: number): void;
  onAdopt(): void;
}

/** Diffing waits for typing to pause: jsdiff on 10,000 words takes tens of ms. */
const DIFF_DELAY_MS = 300;

/** Beside the story: the corrected text against the MT, or another report of the same event compared with it. */
export function SidePane(props: SidePaneProps) {
  const others = props.stories.filter((s) => s.id !== props.currentId);
  return (
    <aside className="side-pane" aria-label="Side pane">
      <div className="side-tabs" role="tablist" aria-label="Side pane view">
        <button type="button" role="tab" aria-selected={props.mode === 'diff'} onClick={() => props.onMode('diff')}>
          Changes
        </button>
        <button type="button" role="tab" aria-selected={props.mode === 'story'} onClick={() => props.onMode('story')}>
          Other story
        </button>
      </div>
      {props.mode === 'diff' ? (
        <DiffView sourceText={props.sourceText} text={props.text} />
      ) : (
        <CompareView
          session={props.compare}
          others={others}
          compareId={props.compareId}
          view={props.view}
          onCompare={props.onCompare}
          onGoTo={props.onGoToDiscrepancy}
          onAdopt={props.onAdopt}
        />
      )}
      <CompareAnnouncer session={props.compare} />
    </aside>
  );
}

function DiffView({ sourceText, text }: { sourceText: string; text: string }) {
  const [parts, setParts] = useState<DiffPart[] | null>(null);
  const tooLong = tooLongForWindow(sourceText, text);
  useEffect(() => {
    if (tooLong) return;
    const t = setTimeout(() => setParts(textDiff(sourceText, text)), DIFF_DELAY_MS);
    return () => clearTimeout(t);
  }, [sourceText, text, tooLong]);
  if (tooLong) {
    return (
      <div className="side-body" role="tabpanel" aria-label="Changes against the machine translation">
        <p className="side-note">This story is too long to diff in the window; the exported diff has every change.</p>
      </div>
    );
  }
  if (parts === null) return <div className="side-body">Comparing…</div>;
  const changed = parts.filter((p) => p.kind !== 'same').length;
  return (
    <div className="side-body diff-view" role="tabpanel" aria-label="Changes against the machine translation" data-testid="diff-view">
      <p className="side-note">{changed === 0 ? 'No changes yet.' : `${changed} changed passages against the MT.`}</p>
      <div className="diff-text">
        {parts.map((p, i) =>
          p.kind === 'added' ? <ins key={i}>{p.text}</ins> : p.kind === 'removed' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>,
        )}
      </div>
    </div>
  );
}
