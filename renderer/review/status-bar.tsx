import { useEffect, useMemo, useState } from 'react';
import { countWords } from '../../src/core/article/words';
import type { Correction } from '../../src/core/corrections/correction';
import { postEditDistance, type PostEditDistance } from '../../src/core/corrections/edit-distance';
import { scoreMqm } from '../../src/core/corrections/mqm';
import { tooLongForWindow } from '../app/limits';
import type { StoryStatus } from '../../src/core/corrections/story';

export interface StatusBarProps {
  readonly sourceText: string;
  readonly text: string;
  readonly corrections: readonly Correction[];
  /** Time in review stored before this session, in ms. */
  readonly reviewMs: number;
  readonly issuesLeft: number;
  readonly status: StoryStatus;
}

/** Post-edit distance takes ~70 ms on 10,000 words: computed when typing pauses, not per key. */
const DISTANCE_DELAY_MS = 400;

function formatTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

export function StatusBar(props: StatusBarProps) {
  const { sourceText, text, corrections } = props;
  const words = useMemo(() => countWords(sourceText), [sourceText]);
  const mqm = useMemo(() => scoreMqm(corrections, words), [corrections, words]);
  const [distance, setDistance] = useState<PostEditDistance | null>(null);
  const [since] = useState(() => Date.now());
  // The stored time as it was when the story opened: later reads include the slices this session sent.
  const [base] = useState(props.reviewMs);
  const [now, setNow] = useState(since);

  const tooLong = tooLongForWindow(sourceText, text);
  useEffect(() => {
    if (tooLong) return;
    const t = setTimeout(() => setDistance(postEditDistance(sourceText, text)), DISTANCE_DELAY_MS);
    return () => clearTimeout(t);
  }, [sourceText, text, tooLong]);

  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);

  const perK = mqm.perThousandWords === null ? '–' : mqm.perThousandWords.toFixed(1);
  return (
    <footer className="status-bar" aria-label="Story status">
      <span data-testid="mqm">
        MQM {perK} per 1000 words ({mqm.errors} errors, penalty {mqm.penalty})
      </span>
      <span data-testid="distance">
        Post-edit distance {tooLong ? 'in the export (story too long to measure here)' : distance === null ? '…' : `${(distance.chars.ratio * 100).toFixed(1)}% chars, ${distance.words.edits} word edits`}
      </span>
      <span data-testid="review-time">In review {formatTime(base + now - since)}</span>
      <span data-testid="issues-left">{props.issuesLeft} issues left</span>
      <span data-testid="story-status">Status: {props.status === 'in-review' ? 'in review' : props.status}</span>
    </footer>
  );
}
