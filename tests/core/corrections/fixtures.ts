import type { Correction } from '../../../src/core/corrections/correction';

/** A sound correction with the given fields changed. */
export function makeCorrection(fields: Partial<Correction> = {}): Correction {
  return {
    id: 'c1',
    storyId: 's1',
    kind: 'accept',
    start: 4,
    end: 9,
    originalText: 'Pékin',
    newText: 'Beijing',
    rule: 'exonym',
    category: 'accuracy/untranslated',
    severity: 'major',
    suggestionIndex: 0,
    editor: 'JD',
    createdAt: '2025-03-07T10:15:00.000Z',
    timeSpentMs: 1200,
    undone: false,
    ...fields,
  };
}

/** Small seeded generator (mulberry32), so property tests fail the same way every run. */
export function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
