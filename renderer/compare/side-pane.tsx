import { useEffect, useState } from 'react';
import type { CopydeskApi } from '../../src/core/api/contract';
import type { Story, StorySummary } from '../../src/core/corrections/story';
import { errorMessage } from '../api/api-error';
import { textDiff, type DiffPart } from './text-diff';

export type SideMode = 'diff' | 'story';

export interface SidePaneProps {
  readonly api: CopydeskApi;
  readonly mode: SideMode;
  readonly sourceText: string;
  readonly text: string;
  readonly stories: readonly StorySummary[];
  readonly currentId: string | null;
  readonly compareId: string | null;
  onMode(mode: SideMode): void;
  onCompare(id: string | null): void;
}

/** Diffing waits for typing to pause: jsdiff on 10,000 words takes tens of ms. */
const DIFF_DELAY_MS = 300;

/** Beside the story: the corrected text against the MT, or another report of the same event. */
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
        <OtherStory api={props.api} others={others} compareId={props.compareId} onCompare={props.onCompare} />
      )}
    </aside>
  );
}

function DiffView({ sourceText, text }: { sourceText: string; text: string }) {
  const [parts, setParts] = useState<DiffPart[] | null>(null);
  useEffect(() => {
    const t = setTimeout(() => setParts(textDiff(sourceText, text)), DIFF_DELAY_MS);
    return () => clearTimeout(t);
  }, [sourceText, text]);
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

function OtherStory(props: { api: CopydeskApi; others: readonly StorySummary[]; compareId: string | null; onCompare(id: string | null): void }) {
  const { api, compareId } = props;
  const [story, setStory] = useState<Story | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setStory(null);
    setError(null);
    if (compareId === null) return;
    let live = true;
    api.getStory(compareId).then(
      (s) => live && setStory(s),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [api, compareId]);
  return (
    <div className="side-body" role="tabpanel" aria-label="Other story">
      <label className="side-pick">
        Beside it{' '}
        <select value={compareId ?? ''} onChange={(e) => props.onCompare(e.target.value === '' ? null : e.target.value)}>
          <option value="">(none)</option>
          {props.others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {error !== null && <p role="alert">Could not open it: {error}</p>}
      {story !== null && (
        <div className="other-story" data-testid="other-story">
          {story.currentText.split(/\r?\n\s*\r?\n/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
      )}
      {compareId === null && <p className="side-note">Choose another story of the same event to read beside this one.</p>}
    </div>
  );
}
