import { describe, expect, it } from 'vitest';
import { rangeOf, type Discrepancy } from '../../../src/core/compare/model';
import { otherParagraphs } from '../../../renderer/compare/segments';

const MT = 'First para.\n\nPrime Minister al-Soudani said 78.';
const OTHER = 'Intro line.\nal-Sudani counted 84 times.\nLast line.';

function d(kind: Discrepancy['kind'], a: string, b: string): Discrepancy {
  const as = MT.indexOf(a);
  const bs = OTHER.indexOf(b);
  return { kind, a: rangeOf(MT, as, as + a.length), b: rangeOf(OTHER, bs, bs + b.length), message: '' };
}

const lines = ['Intro line.', 'al-Sudani counted 84 times.', 'Last line.'];
const otherParas = lines.map((l) => ({ start: OTHER.indexOf(l), end: OTHER.indexOf(l) + l.length }));
const mtParas = [
  { start: 0, end: 11 },
  { start: 13, end: MT.length },
];

describe('otherParagraphs', () => {
  it('cuts each paragraph into plain and marked runs that give back its text', () => {
    const discrepancies = [d('name', 'al-Soudani', 'al-Sudani'), d('number', '78', '84')];
    const pairs = [{ a: { start: 13, end: MT.length }, b: otherParas[1]!, score: 0.4 }];
    const paras = otherParagraphs(OTHER, otherParas, discrepancies, pairs, mtParas);
    expect(paras.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(['Intro line.', 'al-Sudani counted 84 times.', 'Last line.']);
    const marked = paras[1]!.segments.filter((s) => s.mark !== null);
    expect(marked.map((s) => [s.text, s.mark!.kind, s.mark!.indexes])).toEqual([
      ['al-Sudani', 'name', [0]],
      ['84', 'number', [1]],
    ]);
    expect(paras.map((p) => p.alignedTo)).toEqual([null, 1, null]);
  });

  it('gives one mark to discrepancies that share a passage, and drops overlaps', () => {
    const one = d('name', 'al-Soudani', 'al-Sudani');
    const overlapping: Discrepancy = { ...d('number', '78', '84'), b: rangeOf(OTHER, 15, 21) };
    const paras = otherParagraphs(OTHER, otherParas, [one, one, overlapping], [], mtParas);
    const marked = paras[1]!.segments.filter((s) => s.mark !== null);
    expect(marked).toHaveLength(1);
    expect(marked[0]!.mark!.indexes).toEqual([0, 1]);
    expect(paras[1]!.segments.map((s) => s.text).join('')).toBe('al-Sudani counted 84 times.');
  });
});
