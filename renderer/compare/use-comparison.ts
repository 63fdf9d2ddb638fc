import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CopydeskApi } from '../../src/core/api/contract';
import { parseArticle } from '../../src/core/article/article';
import type { Comparison, Discrepancy } from '../../src/core/compare/model';
import type { Story } from '../../src/core/corrections/story';
import type { Span } from '../../src/core/model/span';
import { adoptionOf, type Adoption } from '../../src/core/review/adoption';
import { errorMessage } from '../api/api-error';
import { tooLongForWindow } from '../app/limits';
import { carryCurrent, stepIndex } from './discrepancy-nav';

/**
 * The engine takes about 20 ms for a pair of 1000-word stories: run it when
 * typing pauses, not on every keystroke. The first comparison of a pair runs
 * at once.
 */
export const COMPARE_DELAY_MS = 250;

type Engine = typeof import('../../src/core/compare/compare-stories');
let engine: Promise<Engine> | undefined;
/**
 * The engine and the name data it reads are loaded on first use, in a chunk
 * of their own: a desk with no second story never pays for them at start-up.
 */
function loadEngine(): Promise<Engine> {
  engine ??= import('../../src/core/compare/compare-stories');
  return engine;
}

/** A comparison and the two texts it was made on: its offsets hold in those, and only those. */
export interface ComparisonResult {
  readonly comparison: Comparison;
  readonly text: string;
  readonly otherText: string;
  readonly paragraphs: readonly Span[];
  readonly otherParagraphs: readonly Span[];
}

export interface ComparisonSession {
  readonly other: Story | null;
  readonly loadError: string | null;
  readonly result: ComparisonResult | null;
  /** Index into result.comparison.discrepancies; null until the editor moves to one. */
  readonly current: number | null;
  readonly currentDiscrepancy: Discrepancy | null;
  /** Changes when the panes should show the current discrepancy (navigation, not recomputing). */
  readonly revealSerial: number;
  /** The last thing to tell the editor that is not a discrepancy ("Choose another story…"). */
  readonly notice: string | null;
  next(): void;
  prev(): void;
  goTo(index: number): void;
  /** What adopting the current discrepancy would replace; null (with a notice why) when nothing. */
  adoption(): Adoption | null;
}

/**
 * The story under review compared with the one beside it (issue 4), in the
 * renderer: the engine is pure TypeScript, so no back-end call beyond
 * fetching the other story. `text` is the text as currently edited.
 */
export function useComparison(api: CopydeskApi, storyId: string | null, compareId: string | null, text: string): ComparisonSession {
  const [other, setOther] = useState<Story | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [result, setResult] = useState<ComparisonResult | null>(null);
  const [current, setCurrent] = useState<number | null>(null);
  const [since, setSince] = useState<number | null>(null);
  const [revealSerial, setRevealSerial] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    setOther(null);
    setLoadError(null);
    setResult(null);
    setCurrent(null);
    setNotice(null);
    if (compareId === null || compareId === storyId) return;
    let live = true;
    api.getStory(compareId).then(
      (s) => live && setOther(s),
      (e: unknown) => live && setLoadError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [api, compareId, storyId]);

  // Recompute when the text changes; the first run for a pair goes at once.
  const resultRef = useRef(result);
  resultRef.current = result;
  useEffect(() => {
    if (other === null || storyId === null || text === '') return;
    if (tooLongForWindow(text, other.currentText)) {
      setResult(null);
      setNotice('These stories are too long to compare in the window; use copydesk compare on the files.');
      return;
    }
    const last = resultRef.current;
    if (last !== null && last.text === text && last.otherText === other.currentText) return;
    const first = last === null || last.otherText !== other.currentText;
    let live = true;
    const timer = setTimeout(
      () => {
        loadEngine().then(
          ({ compareStories }) => {
            if (!live) return;
            setResult({
              comparison: compareStories(text, other.currentText),
              text,
              otherText: other.currentText,
              paragraphs: parseArticle(text).paragraphs,
              otherParagraphs: parseArticle(other.currentText).paragraphs,
            });
          },
          (e: unknown) => live && setLoadError(`Could not compare: ${errorMessage(e)}`),
        );
      },
      first ? 0 : COMPARE_DELAY_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [other, storyId, text]);

  // A fresh comparison keeps the editor on the same discrepancy where it can.
  const previous = useRef<ComparisonResult | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = result;
    if (before === null || result === null || before === result) return;
    setCurrent((i) => carryCurrent(i === null ? undefined : before.comparison.discrepancies[i], i, result.comparison.discrepancies));
  }, [result]);

  const discrepancies = result?.comparison.discrepancies;
  const currentDiscrepancy = current === null ? null : (discrepancies?.[current] ?? null);

  const move = useCallback(
    (to: (current: number | null, total: number) => number | null) => {
      if (compareId === null) {
        setNotice('Choose another story of the same event to compare with (Other story, in the side pane).');
        return;
      }
      const total = resultRef.current?.comparison.discrepancies.length;
      if (total === undefined) {
        setNotice('Still comparing the two stories…');
        return;
      }
      if (total === 0) {
        setNotice('The two stories agree on the names, dates and figures they share.');
        return;
      }
      setNotice(null);
      setCurrent((c) => to(c, total));
      setSince(Date.now());
      setRevealSerial((n) => n + 1);
    },
    [compareId],
  );

  return useMemo<ComparisonSession>(
    () => ({
      other,
      loadError,
      result,
      current,
      currentDiscrepancy,
      revealSerial,
      notice,
      next: () => move((c, n) => stepIndex(c, n, 1)),
      prev: () => move((c, n) => stepIndex(c, n, -1)),
      goTo: (index) => move((_, n) => Math.max(0, Math.min(index, n - 1))),
      adoption: () => {
        if (currentDiscrepancy === null) {
          setNotice('Move to a discrepancy first (Alt+PageDown).');
          return null;
        }
        const a = adoptionOf(currentDiscrepancy);
        if (a === null) {
          setNotice('The other story has nothing here to adopt.');
          return null;
        }
        setNotice(null);
        return since === null ? a : { ...a, since };
      },
    }),
    [other, loadError, result, current, currentDiscrepancy, revealSerial, notice, move, since],
  );
}
