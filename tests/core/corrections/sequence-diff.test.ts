import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { diffSequences, type SequenceDiff } from '../../../src/core/corrections/sequence-diff';
import { seededRandom } from './fixtures';

/** Why the hunks do not turn a into b, or null when they do (one expect per case keeps the loop fast). */
function scriptProblem(a: ArrayLike<number>, b: ArrayLike<number>, diff: SequenceDiff): string | null {
  const same = (i: number, j: number, n: number) => {
    for (let k = 0; k < n; k++) if (a[i + k] !== b[j + k]) return false;
    return true;
  };
  let pa = 0;
  let pb = 0;
  let edits = 0;
  for (const h of diff.hunks) {
    if (h.aStart < pa || h.bStart < pb) return 'hunks out of order';
    if (h.aStart - pa !== h.bStart - pb) return 'unchanged stretches of different lengths';
    if (!same(pa, pb, h.aStart - pa)) return `stretch before hunk at ${h.aStart} differs`;
    if (h.aEnd === h.aStart && h.bEnd === h.bStart) return 'empty hunk';
    edits += h.aEnd - h.aStart + h.bEnd - h.bStart;
    pa = h.aEnd;
    pb = h.bEnd;
  }
  if (a.length - pa !== b.length - pb || !same(pa, pb, a.length - pa)) return 'tail differs';
  if (edits !== diff.edits) return `edits ${diff.edits} but hunks sum to ${edits}`;
  return null;
}

function expectValidScript(a: ArrayLike<number>, b: ArrayLike<number>, diff: SequenceDiff): void {
  expect(scriptProblem(a, b, diff)).toBeNull();
}

function jsdiffEdits(a: number[], b: number[]): number {
  return diffArrays(a, b).reduce((sum, change) => sum + (change.added || change.removed ? change.count : 0), 0);
}

describe('diffSequences', () => {
  it('finds nothing between equal sequences', () => {
    const d = diffSequences([1, 2, 3], [1, 2, 3]);
    expect(d.hunks).toEqual([]);
    expect(d.edits).toBe(0);
    expect(d.minimal && d.complete).toBe(true);
  });

  it('reports a replacement as one hunk', () => {
    expect(diffSequences([1, 2, 3, 4], [1, 9, 9, 4]).hunks).toEqual([{ aStart: 1, aEnd: 3, bStart: 1, bEnd: 3 }]);
  });

  it('handles empty sides', () => {
    expect(diffSequences([], [5, 6]).hunks).toEqual([{ aStart: 0, aEnd: 0, bStart: 0, bEnd: 2 }]);
    expect(diffSequences([5, 6], []).hunks).toEqual([{ aStart: 0, aEnd: 2, bStart: 0, bEnd: 0 }]);
    expect(diffSequences([], []).hunks).toEqual([]);
  });

  it('finds as few edits as jsdiff (a shortest script) on random sequences', () => {
    const rnd = seededRandom(7);
    for (let t = 0; t < 3000; t++) {
      const alphabet = 1 + Math.floor(rnd() * 5);
      const a = Array.from({ length: Math.floor(rnd() * 30) }, () => Math.floor(rnd() * alphabet));
      const b =
        rnd() < 0.5
          ? Array.from({ length: Math.floor(rnd() * 30) }, () => Math.floor(rnd() * alphabet))
          : a.map((x) => (rnd() < 0.2 ? 9 : x)).filter(() => rnd() > 0.1);
      const d = diffSequences(a, b);
      const problem = scriptProblem(a, b, d) ?? (!d.minimal ? 'not minimal' : d.edits !== jsdiffEdits(a, b) ? `${d.edits} edits, jsdiff ${jsdiffEdits(a, b)}` : null);
      if (problem !== null) expect.fail(`${JSON.stringify(a)} / ${JSON.stringify(b)}: ${problem}`);
    }
  });

  it('still gives a valid script when the cost cap forces heuristic cuts', () => {
    const rnd = seededRandom(11);
    let heuristic = 0;
    for (let t = 0; t < 500; t++) {
      const a = Array.from({ length: Math.floor(rnd() * 80) }, () => Math.floor(rnd() * 3));
      const b = Array.from({ length: Math.floor(rnd() * 80) }, () => Math.floor(rnd() * 3));
      const d = diffSequences(a, b, { maxCost: 1 + Math.floor(rnd() * 4) });
      const problem = scriptProblem(a, b, d) ?? (d.edits < jsdiffEdits(a, b) ? 'shorter than the shortest' : null);
      if (problem !== null) expect.fail(`${JSON.stringify(a)} / ${JSON.stringify(b)}: ${problem}`);
      if (!d.minimal) heuristic++;
    }
    expect(heuristic).toBeGreaterThan(0);
  });

  it('stays near the shortest script on a long, lightly edited sequence despite heuristic cuts', () => {
    const rnd = seededRandom(3);
    const a = Array.from({ length: 20_000 }, () => Math.floor(rnd() * 60));
    const b = a.map((x) => (rnd() < 0.1 ? 1000 + x : x));
    const d = diffSequences(Int32Array.from(a), Int32Array.from(b));
    expectValidScript(a, b, d);
    const changed = a.filter((x, i) => x !== b[i]).length;
    // Each replaced token is one deletion and one insertion at most.
    expect(d.edits).toBeLessThanOrEqual(2 * changed);
    expect(d.edits).toBeGreaterThan(1.8 * changed);
    expect(d.complete).toBe(true);
  });

  it('stops at the work cap on unrelated sequences and says so', () => {
    const rnd = seededRandom(5);
    const a = Array.from({ length: 20_000 }, () => Math.floor(rnd() * 50));
    const b = Array.from({ length: 20_000 }, () => Math.floor(rnd() * 50));
    const d = diffSequences(a, b, { maxWork: 200_000, maxCost: 64 });
    expect(d.complete).toBe(false);
    expect(d.minimal).toBe(false);
    // One split search past the cap at most: maxWork plus about (2 * maxCost)^2.
    expect(d.work).toBeLessThan(200_000 + 4 * 65 * 65 + 1000);
    expectValidScript(a, b, d);
  });
});
