import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../src/core/names/word-table';

describe('wordTable', () => {
  const table = wordTable([
    [['the', 'of', 'Friday'], 1],
    [['President', 'the'], 2],
    [['éire'], 4],
  ]);

  it('looks words up in a range of the text, in any case, with their flags combined', () => {
    const text = 'The President said THE of x';
    expect(table.flagsOf(text, 0, 3)).toBe(3);
    expect(table.flagsOf(text, 4, 13)).toBe(2);
    expect(table.flagsOf(text, 19, 22)).toBe(3);
    expect(table.flagsOf(text, 23, 25)).toBe(1);
    expect(table.flagsOf(text, 14, 18)).toBe(0);
    expect(table.flagsOf(text, 26, 27)).toBe(0);
  });

  it('tells apart words that share a prefix or a length', () => {
    const text = 'then them friday fridays';
    expect(table.flagsOf(text, 0, 4)).toBe(0);
    expect(table.flagsOf(text, 5, 9)).toBe(0);
    expect(table.flagsOf(text, 10, 16)).toBe(1);
    expect(table.flagsOf(text, 17, 24)).toBe(0);
  });

  it('matches non-ASCII words as listed', () => {
    expect(table.flagsOf('éire', 0, 4)).toBe(4);
  });
});
