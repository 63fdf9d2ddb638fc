import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../../src/core/profiles/builtin';
import type { Profile } from '../../../src/core/profiles/profile';
import { untranslatedRule } from '../../../src/core/rules/untranslated';
import { flaggedTexts } from './run-rule';

const require = createRequire(import.meta.url);

/** The built-in profiles with their generated lexicons swapped for small, known ones. */
function withLexicon(words: string[], notPlurals: string[] = []): Profile[] {
  const lexicon = { words: [...words].sort().join('\n'), notPlurals };
  return builtinProfiles().map((p) => ({ ...p, untranslated: { ...p.untranslated, lexicon: p.id === 'es' ? lexicon : { words: '', notPlurals: [] } } }));
}

describe('untranslated: the generated source lexicon', () => {
  it('flags a lower-case lexicon word no curated list has, with its plural', () => {
    const profiles = withLexicon(['trocha', 'zanja']);
    expect(flaggedTexts(untranslatedRule, 'Migrants crossed the border through several trochas near the river.', profiles)).toEqual(['trochas']);
    expect(flaggedTexts(untranslatedRule, 'Soldiers dug a zanja along the road.', profiles)).toEqual(['zanja']);
    expect(flaggedTexts(untranslatedRule, 'Migrants crossed the border through several paths near the river.', profiles)).toEqual([]);
  });

  it('finds the first, last and middle words of the list, and nothing between them', () => {
    const profiles = withLexicon(['abrazo', 'madrugada', 'zanja']);
    expect(flaggedTexts(untranslatedRule, 'An abrazo at the madrugada by the zanja.', profiles)).toEqual(['abrazo', 'madrugada', 'zanja']);
    expect(flaggedTexts(untranslatedRule, 'An abrazos at the madrugadas by the zanjas.', profiles)).toEqual(['abrazos', 'madrugadas', 'zanjas']);
    expect(flaggedTexts(untranslatedRule, 'An abraz at the madruga by the zanjaz or aaaa zzzz.', profiles)).toEqual([]);
  });

  it('does not read an English word listed in notPlurals as a plural', () => {
    const profiles = withLexicon(['alie'], ['allies']);
    expect(flaggedTexts(untranslatedRule, 'The alies met. The allies met.', profiles)).toEqual(['alies']);
    expect(flaggedTexts(untranslatedRule, 'The allies met in Brussels.', withLexicon(['allie']))).toEqual(['allies']);
    expect(flaggedTexts(untranslatedRule, 'The allies met in Brussels.', withLexicon(['allie'], ['allies']))).toEqual([]);
  });

  it('reads a hyphenated compound by its first word, unless that word is short or allowed', () => {
    const profiles = withLexicon(['haut', 'sous']);
    expect(flaggedTexts(untranslatedRule, 'Two vehicles burned, the haut-commissariat said.', profiles)).toEqual(['haut-commissariat']);
    expect(flaggedTexts(untranslatedRule, 'The de-escalation plan and a vice-president and a laissez-faire policy.', profiles)).toEqual([]);
  });

  it('leaves capitalised lexicon words (names) and words of web addresses alone', () => {
    const profiles = withLexicon(['trocha', 'noticias', 'elpais']);
    expect(flaggedTexts(untranslatedRule, 'Trocha is a village. Read https://elpais.com/noticias/trocha or @elpais.', profiles)).toEqual([]);
  });

  it('holds no English word and no loanword the profile allows (the generated file is up to date)', () => {
    const english = new Set<string>(require('an-array-of-english-words') as string[]);
    for (const profile of builtinProfiles()) {
      const lexicon = profile.untranslated.lexicon;
      expect(lexicon, profile.id).toBeDefined();
      const words = lexicon!.words.split('\n');
      expect(words.length, profile.id).toBeGreaterThan(10_000);
      const allowed = new Set(profile.untranslated.allowed.map((w) => w.toLowerCase()));
      expect(words.filter((w) => english.has(w) || allowed.has(w)), profile.id).toEqual([]);
      expect([...words].sort(), profile.id).toEqual(words);
    }
  });

  it('flags everyday words of the built-in lexicons in English copy', () => {
    expect(flaggedTexts(untranslatedRule, 'Eleven cabecillas of the riot were moved to another prison.')).toEqual(['cabecillas']);
    expect(flaggedTexts(untranslatedRule, 'The fishermen left at dawn, fearing a nouvelle tempête.')).toEqual(['nouvelle tempête']);
  });
});
