import { describe, expect, it } from 'vitest';
import { rangeOf, type AlignedPair, type Discrepancy } from '../../../src/core/compare/model';
import { alignedPairAt, carryCurrent, describeDiscrepancy, stepIndex } from '../../../renderer/compare/discrepancy-nav';

const A = 'al-Soudani said 78 on December 8; al-Soudani again.';
const B = 'al-Sudani said 84 on December 7.';

function d(kind: Discrepancy['kind'], a: string, b: string, from = 0): Discrepancy {
  const as = A.indexOf(a, from);
  const bs = B.indexOf(b);
  return { kind, a: rangeOf(A, as, as + a.length), b: rangeOf(B, bs, bs + b.length), message: `${a} or ${b}?` };
}

describe('stepIndex', () => {
  it('starts at the first (or last) and wraps', () => {
    expect(stepIndex(null, 3, 1)).toBe(0);
    expect(stepIndex(null, 3, -1)).toBe(2);
    expect(stepIndex(2, 3, 1)).toBe(0);
    expect(stepIndex(0, 3, -1)).toBe(2);
    expect(stepIndex(null, 0, 1)).toBeNull();
  });
});

describe('carryCurrent', () => {
  const name1 = d('name', 'al-Soudani', 'al-Sudani');
  const num = d('number', '78', '84');
  const name2 = d('name', 'al-Soudani', 'al-Sudani', 20);

  it('follows the same discrepancy when others come and go', () => {
    expect(carryCurrent(num, 1, [num])).toBe(0);
    expect(carryCurrent(name2, 2, [name1, name2])).toBe(1);
  });

  it('goes to the same spelling further on once one is adopted', () => {
    expect(carryCurrent(name1, 0, [num, name2])).toBe(1);
  });

  it('stays at the index when the current one is gone (adopted), clamped', () => {
    expect(carryCurrent(num, 1, [name1, name2])).toBe(1);
    expect(carryCurrent(num, 2, [name1])).toBe(0);
    expect(carryCurrent(name1, 0, [])).toBeNull();
    expect(carryCurrent(undefined, null, [name1])).toBeNull();
  });
});

describe('alignedPairAt', () => {
  const pair = (a0: number, a1: number, b0: number): AlignedPair => ({ a: { start: a0, end: a1 }, b: { start: b0, end: b0 + 10 }, score: 1 });
  // Out of A's order, as the engine returns them for reports told in different orders.
  const pairs = [pair(100, 200, 0), pair(0, 50, 300), pair(400, 500, 50)];

  it('takes the pair holding the offset, else the last one before it', () => {
    expect(alignedPairAt(pairs, 10)?.b.start).toBe(300);
    expect(alignedPairAt(pairs, 150)?.b.start).toBe(0);
    expect(alignedPairAt(pairs, 300)?.b.start).toBe(0);
    expect(alignedPairAt(pairs, 9_999)?.b.start).toBe(50);
    expect(alignedPairAt([pair(100, 200, 0)], 5)).toBeNull();
  });
});

describe('describeDiscrepancy', () => {
  it('says where it is, both texts, the message and the key', () => {
    const s = describeDiscrepancy(d('name', 'al-Soudani', 'al-Sudani'), 0, 4, true);
    expect(s).toBe('Discrepancy 1 of 4, name: “al-Soudani” here, “al-Sudani” in the other story. al-Soudani or al-Sudani? Alt+Shift+Enter adopts the other story’s.');
    expect(describeDiscrepancy(d('number', '78', '84'), 1, 4, false)).not.toContain('Alt+Shift+Enter');
  });
});
