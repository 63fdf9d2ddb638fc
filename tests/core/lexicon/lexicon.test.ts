import { describe, expect, it } from 'vitest';
import { ENGLISH, monthIndex } from '../../../src/core/lexicon/lexicon';

const duplicates = (words: readonly string[]) => words.filter((w, i) => words.indexOf(w) !== i);

describe('English lexicon', () => {
  it('has the seven days and twelve months in order', () => {
    expect(ENGLISH.days).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(ENGLISH.months).toHaveLength(12);
    expect(ENGLISH.months[0]).toBe('January');
    expect(ENGLISH.months[11]).toBe('December');
  });

  it('writes every month abbreviation with its dot', () => {
    for (const a of ENGLISH.monthAbbreviations) expect(a).toMatch(/^\p{Lu}\p{Ll}{2,3}\.$/u);
  });

  it('capitalises every word of every demonym and lists each once', () => {
    for (const list of [ENGLISH.demonyms, ENGLISH.demonymNouns]) {
      expect(duplicates(list)).toEqual([]);
      for (const d of list) for (const part of d.split(/[ -]/)) expect(part, d).toMatch(/^\p{Lu}/u);
    }
  });

  it('knows nationalities MT often leaves in lower case', () => {
    for (const d of ['Israeli', 'Iraqi', 'Korean', 'Sri Lankan', 'Mexican']) expect(ENGLISH.demonyms).toContain(d);
    expect(ENGLISH.demonymNouns).toContain('Kurd');
  });

  it('finds a month by name in any case', () => {
    expect(monthIndex('January')).toBe(0);
    expect(monthIndex('october')).toBe(9);
    expect(monthIndex('DECEMBER')).toBe(11);
    expect(monthIndex('Octubre')).toBe(-1);
    expect(monthIndex('Dec.')).toBe(-1);
  });
});
