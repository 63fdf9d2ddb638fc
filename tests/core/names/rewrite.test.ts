import { describe, expect, it } from 'vitest';
import { applyPatterns, compileRewrites, matchCase, rewriteWord } from '../../../src/core/names/rewrite';

describe('compileRewrites', () => {
  const set = compileRewrites(
    [
      ['^poutine$', 'Putin'],
      ['^djihadist$', 'jihadist'],
      ['ou(?={C}{V})', 'u'],
      ['(?<=\\p{L}{2})oua', 'wa'],
    ],
    'test',
  );

  it('keeps whole words apart from patterns, and notes which are common words', () => {
    expect(set.words.get('poutine')).toEqual({ text: 'putin', common: false });
    expect(set.words.get('djihadist')).toEqual({ text: 'jihadist', common: true });
    expect(set.patterns).toHaveLength(2);
  });

  it('expands {V} and {C} but leaves \\p{L} alone', () => {
    expect(applyPatterns('soudani', set.patterns)).toBe('sudani');
    expect(applyPatterns('sinouar', set.patterns)).toBe('sinwar');
    expect(applyPatterns('fouad', set.patterns)).toBe('fouad');
  });

  it('refuses unknown placeholders and broken patterns, naming the data', () => {
    expect(() => compileRewrites([['{X}a', 'b']], 'fr rewrites')).toThrow(/fr rewrites\[0\].*\{X\}/);
    expect(() => compileRewrites([['(a', 'b']], 'fr rewrites')).toThrow(/fr rewrites\[0\]/);
  });
});

describe('rewriteWord', () => {
  const set = compileRewrites([['^chaabi$', 'Shaabi'], ['ch', 'sh'], ['ou$', 'u']], 'test');

  it('uses a known spelling first, then the patterns if asked', () => {
    expect(rewriteWord('chaabi', set, false)).toBe('shaabi');
    expect(rewriteWord('hachd', set, false)).toBe('hachd');
    expect(rewriteWord('hachd', set, true)).toBe('hashd');
  });

  it('rewrites each hyphen-separated piece on its own, so anchors hold per piece', () => {
    expect(rewriteWord('abou-chaabi', set, true)).toBe('abu-shaabi');
  });
});

describe('matchCase', () => {
  it.each([
    ['Chia', 'shia', 'Shia'],
    ['Noujaba', 'nujaba', 'Nujaba'],
    ['Al-Noujaba', 'al-nujaba', 'Al-Nujaba'],
    ['djihadist', 'jihadist', 'jihadist'],
    ['HACHD', 'hashd', 'HASHD'],
    ['Abou-Bakr', 'abu-bakr', 'Abu-Bakr'],
    ['Abdelfatah', 'abdel fattah', 'Abdel Fattah'],
    ['abdelfatah', 'abdel fattah', 'abdel fattah'],
  ])('%s gives its case to %s', (model, lower, out) => {
    expect(matchCase(model, lower)).toBe(out);
  });
});
