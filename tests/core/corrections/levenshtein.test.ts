import { describe, expect, it } from 'vitest';
import { codePointLength, codePoints, editCounts, levenshtein } from '../../../src/core/corrections/levenshtein';
import { seededRandom } from './fixtures';

const lev = (a: string, b: string) => levenshtein(codePoints(a), codePoints(b));

/** The textbook full table, as an independent oracle. */
function reference(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
  }
  return d[x.length]![y.length]!;
}

describe('levenshtein', () => {
  it('knows the textbook cases', () => {
    expect(lev('kitten', 'sitting')).toBe(3);
    expect(lev('', 'abc')).toBe(3);
    expect(lev('abc', '')).toBe(3);
    expect(lev('same', 'same')).toBe(0);
    expect(lev('flaw', 'lawn')).toBe(2);
    expect(lev('abc', 'cde')).toBe(3);
  });

  it('counts a character outside the BMP as one', () => {
    expect(lev('a😀b', 'ab')).toBe(1);
    expect(lev('😀', '😁')).toBe(1);
  });

  it('agrees with the full table on random strings', () => {
    const rnd = seededRandom(42);
    const word = () => Array.from({ length: Math.floor(rnd() * 12) }, () => 'abcé'[Math.floor(rnd() * 4)]).join('');
    for (let i = 0; i < 500; i++) {
      const a = word();
      const b = word();
      expect(lev(a, b), `${a} / ${b}`).toBe(reference(a, b));
    }
  });
});

describe('editCounts', () => {
  const ids = (words: string) => words.split(' ').filter(Boolean).map((w) => w.charCodeAt(0));

  it('prefers substitutions to an insertion plus a deletion', () => {
    // "b" -> "x" is one substitution, not a deletion of b and an insertion of x.
    expect(editCounts(ids('a b c'), ids('a x c'))).toEqual({ insertions: 0, deletions: 0, substitutions: 1 });
    // Sliding the match over the repeated "t" would give 1 insertion + 1 deletion; one substitution is fewer edits.
    expect(editCounts(ids('t t'), ids('q t'))).toEqual({ insertions: 0, deletions: 0, substitutions: 1 });
  });

  it('splits the rest into insertions and deletions', () => {
    expect(editCounts(ids('a b c d'), ids('a d'))).toEqual({ insertions: 0, deletions: 2, substitutions: 0 });
    expect(editCounts(ids('a'), ids('x y z'))).toEqual({ insertions: 2, deletions: 0, substitutions: 1 });
    expect(editCounts([], [])).toEqual({ insertions: 0, deletions: 0, substitutions: 0 });
  });

  it('adds up to the Levenshtein distance, with the length difference as insertions minus deletions', () => {
    const rnd = seededRandom(8);
    for (let i = 0; i < 300; i++) {
      const a = Array.from({ length: Math.floor(rnd() * 10) }, () => Math.floor(rnd() * 3));
      const b = Array.from({ length: Math.floor(rnd() * 10) }, () => Math.floor(rnd() * 3));
      const c = editCounts(a, b);
      expect(c.insertions + c.deletions + c.substitutions).toBe(levenshtein(a, b));
      expect(c.insertions - c.deletions).toBe(b.length - a.length);
      expect(Math.min(c.insertions, c.deletions, c.substitutions)).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('code points', () => {
  it('joins surrogate pairs and keeps lone surrogates', () => {
    expect(Array.from(codePoints('a😀'))).toEqual([0x61, 0x1f600]);
    expect(codePointLength('a😀\r\n')).toBe(4);
    expect(codePointLength('\ud800x')).toBe(2);
    expect(codePoints('\ud800').length).toBe(1);
  });
});
