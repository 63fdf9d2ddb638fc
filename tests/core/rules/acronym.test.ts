import { describe, expect, it } from 'vitest';
import { acronymLookalike } from '../../../src/core/places/english-lookalikes';
import { builtinProfiles } from '../../../src/core/profiles/builtin';
import { acronymRule } from '../../../src/core/rules/acronym';
import { flaggedTexts, runRule } from './run-rule';
import { SEED_NATIVE } from '../../fixtures/seeds';

const profiles = builtinProfiles();
const es = profiles.find((p) => p.id === 'es')!;

describe('source-acronym', () => {
  for (const profile of profiles) {
    it(`${profile.id}: flags every acronym in a sentence about its subject and suggests the English one`, () => {
      const only = [profile];
      const failures: string[] = [];
      for (const entry of profile.acronyms) {
        const cue = acronymLookalike(entry.source)?.context[0];
        const sentence = `The ${entry.source} said on Monday.${cue ? ` It spoke of ${cue}.` : ''}`;
        const found = runRule(acronymRule, sentence, only);
        if (found.length !== 1 || found[0]!.text !== entry.source || found[0]!.suggestions[0] !== entry.english[0]) {
          failures.push(`${sentence} -> ${JSON.stringify(found.map((f) => [f.text, f.suggestions]))}`);
        }
      }
      expect(failures).toEqual([]);
    });

    it(`${profile.id}: leaves an acronym that is also English alone when the story is not about its source meaning`, () => {
      const failures = profile.acronyms
        .filter((e) => acronymLookalike(e.source) !== undefined)
        .filter((e) => flaggedTexts(acronymRule, `The ${e.source} said on Monday.`, [profile]).length > 0)
        .map((e) => e.source);
      expect(failures).toEqual([]);
    });
  }

  it('reports what the acronym stands for and which language it comes from', () => {
    const [f] = runRule(acronymRule, 'The OTAN summit opened.');
    expect(f!.text).toBe('OTAN');
    expect(f!.suggestions).toEqual(['NATO']);
    expect(f!.message).toBe('“OTAN” is the French and Spanish form; in English it is NATO (North Atlantic Treaty Organization).');
    expect(f!.rule).toBe('source-acronym');
    expect(f!.category).toBe('terminology/wrong-term');
    expect(f!.severity).toBe('major');
    expect(f!.profile).toBe('fr');
  });

  it('flags acronyms glued to an elided article, a possessive or a hyphen, with exact offsets', () => {
    const text = 'Troops of l’ONU and the ONU’s envoy met pro-OTAN groups.\r\n\r\nThe Finul withdrew.';
    const found = runRule(acronymRule, text);
    expect(found.map((f) => f.text)).toEqual(['ONU', 'ONU', 'OTAN', 'Finul']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found[3]!.suggestions).toEqual(['UNIFIL']);
  });

  it('flags the Spanish United States in its written forms', () => {
    expect(flaggedTexts(acronymRule, 'Talks with EEUU, EE.UU. and EE. UU. stalled.', [es])).toEqual(['EEUU', 'EE.UU.', 'EE. UU.']);
  });

  it('flags the Islamic State with jihadist context, and takes the longest acronym', () => {
    expect(runRule(acronymRule, 'EI jihadists attacked. The EIIL claimed it.').map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['EI', 'IS'],
      ['EIIL', 'ISIL'],
    ]);
  });

  it('flags the court (CPI) and the bank (BCE) only when the story speaks of them', () => {
    expect(flaggedTexts(acronymRule, 'The CPI issued an arrest warrant for him.')).toEqual(['CPI']);
    expect(flaggedTexts(acronymRule, 'The BCE raised rates to fight inflation.')).toEqual(['BCE']);
    expect(flaggedTexts(acronymRule, 'The PAM said hunger is spreading.')).toEqual(['PAM']);
  });

  it('stays quiet on the acronyms of seed 003 (ISIL, ISIS, US, AFP)', () => {
    expect(flaggedTexts(acronymRule, SEED_NATIVE)).toEqual([]);
  });

  describe('stays quiet on native English', () => {
    const quiet = [
      'The CPI rose 3.2% as inflation picked up.',
      'The CPI rose even as the court ruled on warrants; inflation is sticky.',
      'The temple was built around 500 BCE by the bank of the river.',
      'Canadians on EI benefits rose in March.',
      'Pam said she would run again.',
      'HTC unveiled a phone.',
      'ANI reported from New Delhi that Lebanon talks began.',
      'The TVA raised power rates in Tennessee; tax credits helped.',
      'UEFA fined the club. The BLUE team won.',
      'ONU SAYS MORE AID NEEDED',
      'The UN Interim Force in Lebanon (known by its French acronym FINUL) patrols the border.',
      'UNIFIL (FINUL in French) patrols the border.',
      'Investors bought the UA shares after United posted earnings.',
      'The ECB, NATO and the UN met in Brussels.',
    ];
    for (const sentence of quiet) {
      it(sentence, () => {
        expect(flaggedTexts(acronymRule, sentence)).toEqual([]);
      });
    }
  });
});
