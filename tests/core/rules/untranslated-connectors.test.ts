import { describe, expect, it } from 'vitest';
import { untranslatedRule } from '../../../src/core/rules/untranslated';
import { builtinProfiles } from '../../../src/core/profiles/builtin';
import { runRule } from './run-rule';

/** Flagged text and first suggestion of each finding. */
function fixes(text: string): [string, string | undefined][] {
  return runRule(untranslatedRule, text).map((f) => [f.text, f.suggestions[0]]);
}

describe('untranslated connectors', () => {
  it.each([
    ['The count was slow. Toutefois, the results must still be validated.', 'Toutefois', 'However'],
    ['Sin embargo, analysts warn that the new head of state needs allies.', 'Sin embargo', 'However'],
    ['The mine was shut. Asimismo, the Las Bambas mine reported delays.', 'Asimismo', 'Likewise'],
    ['The talks, par ailleurs, stalled on Monday.', 'par ailleurs', 'meanwhile'],
    ['“Néanmoins, we will go on,” he said.', 'Néanmoins', 'Nevertheless'],
    ['The army withdrew. D’ailleurs, no shots were fired.', 'D’ailleurs', 'Indeed'],
  ])('flags %s', (text, passage, english) => {
    expect(fixes(text)).toEqual([[passage, english]]);
  });

  it('reports one finding for a connector the word list also knows', () => {
    const found = runRule(untranslatedRule, 'The talks, asimismo, stalled.');
    expect(found.map((f) => f.text)).toEqual(['asimismo']);
    expect(found[0]).toMatchObject({ rule: 'untranslated-word', category: 'accuracy/untranslated', profile: 'es' });
    expect(found[0]!.message).toMatch(/^Spanish connector/);
  });

  it.each([
    'Or, as he put it, the game is over.',
    'The band Luego, formed in 2001, played on Friday.',
    'Enfin Capital, a fund based in Paris, bought the stake.',
    'Alors Records signed the band in Lyon.',
  ])('stays quiet on %s', (text) => {
    expect(fixes(text)).toEqual([]);
  });

  it('has lower-case sources and an English fix for every connector', () => {
    for (const profile of builtinProfiles()) {
      const list = profile.untranslated.connectors ?? [];
      expect(list.length, profile.id).toBeGreaterThan(20);
      for (const c of list) {
        expect(c.source).toBe(c.source.toLowerCase());
        expect(c.english.length).toBeGreaterThan(0);
      }
    }
  });
});
