import { describe, expect, it } from 'vitest';
import { isHonorificLookalike } from '../../../src/core/places/english-lookalikes';
import { builtinProfiles } from '../../../src/core/profiles/builtin';
import { honorificRule } from '../../../src/core/rules/honorific';
import { flaggedTexts, runRule, type FoundText } from './run-rule';

const profiles = builtinProfiles();

/** Each flagged title with its fixes, for compact assertions. */
const titlesAndFixes = (found: readonly FoundText[]) => found.map((f) => [f.text, f.suggestions]);

describe('source-honorific', () => {
  for (const profile of profiles) {
    it(`${profile.id}: flags every title before a surname the story gives in full`, () => {
      const failures: string[] = [];
      for (const entry of profile.honorifics) {
        const text = `Prime Minister Najib Mikati arrived on Monday.\n\n“We will talk,” ${entry.source} Mikati said.`;
        const found = runRule(honorificRule, text, [profile]);
        if (found.length !== 1 || found[0]!.text !== entry.source || JSON.stringify(found[0]!.suggestions) !== JSON.stringify(entry.english)) {
          failures.push(`${entry.source} -> ${JSON.stringify(found.map((f) => [f.text, f.suggestions]))}`);
        }
      }
      expect(failures).toEqual([]);
    });

    it(`${profile.id}: needs that full name for titles that are also English abbreviations`, () => {
      const failures = profile.honorifics
        .filter((e) => isHonorificLookalike(e.source))
        .filter((e) => flaggedTexts(honorificRule, `“We will talk,” ${e.source} Mikati said.`, [profile]).length > 0)
        .map((e) => e.source);
      expect(failures).toEqual([]);
    });
  }

  it('flags M. and Mme as in the French press, with exact offsets', () => {
    const text = 'Nabih Berri met Élisabeth Borne.\r\n\r\nM. Berri said the talks were useful. Mme Borne agreed.';
    const found = runRule(honorificRule, text);
    expect(titlesAndFixes(found)).toEqual([
      ['M.', ['Mr.']],
      ['Mme', ['Ms.', 'Mrs.']],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found[0]!.message).toBe('“M.” is a French title; in English write Mr., or in wire style the surname alone.');
    expect(found[0]!.rule).toBe('source-honorific');
    expect(found[0]!.category).toBe('accuracy/untranslated');
    expect(found[0]!.severity).toBe('minor');
    expect(found[0]!.profile).toBe('fr');
  });

  it('flags Spanish titles, and takes a stray dot after a dotless one', () => {
    expect(flaggedTexts(honorificRule, 'Claudia Sheinbaum spoke. Later Sra. Sheinbaum left.')).toEqual(['Sra.']);
    expect(flaggedTexts(honorificRule, 'Mme. Borne spoke.')).toEqual(['Mme.']);
  });

  it('flags "Don" before a name the story gives with a title', () => {
    expect(runRule(honorificRule, 'King Felipe visited Valencia. Don Felipe met victims.').map((f) => [f.text, f.suggestions])).toEqual([['Don', []]]);
  });

  describe('stays quiet on native English', () => {
    const quiet = [
      'John M. Smith said on Monday.',
      'M. Night Shyamalan released a film. Night Shyamalan is a director.',
      'DMK patriarch M. Karunanidhi died. Karunanidhi led the party.',
      'Chief Minister M. K. Stalin said.',
      'Martin Luther King Sr. said. King Sr. Smith spoke.',
      'Sr. Helen Prejean said. Helen Prejean is a nun.',
      'The meeting ended at 10 A.M. Mikati left. Najib Mikati flew home.',
      'He left at 5 p.m. Smith said. John Smith agreed.',
      'Don Bacon said he would vote no.',
      'Officers don Kevlar vests.',
      'The rocket rose 5 M. Smith watched. John Smith left.',
      'The car costs M. NATO said.',
      'The Monsignor (Mgr in British style) spoke.',
    ];
    for (const text of quiet) {
      it(text, () => {
        expect(flaggedTexts(honorificRule, text)).toEqual([]);
      });
    }
  });

  it('names the source title an English word renders ("Mister" for Monsieur), and wants the full name first', () => {
    const text = 'Chancellor Friedrich Merz met Christine Lagarde.\n\nMister Merz said rates were too high. Madam Lagarde disagreed.';
    const found = runRule(honorificRule, text);
    expect(titlesAndFixes(found)).toEqual([
      ['Mister', ['Mr.']],
      ['Madam', ['Ms.', 'Mrs.']],
    ]);
    expect(found[0]!.message).toBe('“Mister” renders the French title “Monsieur” word for word; in English write Mr., or in wire style the surname alone.');
    expect(flaggedTexts(honorificRule, '“Thank you, Madam Speaker,” he said. Mister Rogers was on television.')).toEqual([]);
  });

  it('flags a lawyer\'s "Me" only before a surname the story gives in full', () => {
    expect(flaggedTexts(honorificRule, 'Defence lawyer Eric Dupond-Moretti spoke.\n\nMe Dupond-Moretti said his client was innocent.')).toEqual(['Me']);
    expect(flaggedTexts(honorificRule, 'Me Dupond-Moretti said his client was innocent.')).toEqual([]);
  });
});
