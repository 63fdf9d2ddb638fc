import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { SEED_MT, SEED_NATIVE } from '../fixtures/seeds';

// The two seed stories of issue 2: an AFP piece machine-translated from French
// (via Spanish) and a native English report of the same event.
const MT = SEED_MT;
const NATIVE = SEED_NATIVE;

/** Is some finding covering (part of) the first occurrence of `passage` after `after`? */
function flagged(text: string, passage: string, after = ''): boolean {
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(passage, from);
  expect(at, `passage not in seed: ${passage}`).toBeGreaterThanOrEqual(0);
  const end = at + passage.length;
  return analyze(text).findings.some((f) => f.start < end && at < f.end);
}

describe('seed 000 (MT from French)', () => {
  const passages: [string, string?][] = [
    ['Tigre River'],
    ['Iraqi.', 'reported. '],
    ['attack..'],
    ['Hachd al-Chaabi'],
    ['al-Soudani'],
    ['Al-Noujaba'],
    ['international', 'troops. '],
    ['”“said'],
    ['“three Katyusha rockets'],
    ['. ,', 'told AFP'],
    ['the head of US diplomacy'],
  ];
  it.each(passages)('flags %s', (passage, after) => {
    expect(flagged(MT, passage, after)).toBe(true);
  });

  it('reports English and a word count', () => {
    const r = analyze(MT);
    expect(r.language).toBe('eng');
    expect(r.words).toBeGreaterThan(500);
  });
});

describe('seed 003 (native English)', () => {
  it('gets no finding at all', () => {
    const r = analyze(NATIVE);
    expect(r.findings.map((f) => `${f.rule}: ${NATIVE.slice(f.start, f.end)}`)).toEqual([]);
  });
});
