import { describe, expect, it } from 'vitest';
import { nameKey, profileExonyms } from '../../../src/core/places/exonym-table';
import { builtinProfiles } from '../../../src/core/profiles/builtin';
import type { ExonymEntry } from '../../../src/core/profiles/profile';
import { acronymRule } from '../../../src/core/rules/acronym';
import { exonymRule } from '../../../src/core/rules/exonym';
import { honorificRule } from '../../../src/core/rules/honorific';
import { flaggedTexts, runRule } from './run-rule';
import { SEED_MT, SEED_NATIVE } from '../../fixtures/seeds';

const profiles = builtinProfiles();
const fr = profiles.find((p) => p.id === 'fr')!;
const es = profiles.find((p) => p.id === 'es')!;

/** A sentence that uses the name as a place, with the cue word it needs, and the text that must be flagged. */
function sample(entry: ExonymEntry): { sentence: string; flagged: string; fix: string } {
  const after = entry.context?.after?.[0];
  if (after !== undefined) {
    return { sentence: `They met near the ${entry.source} ${after} on Monday.`, flagged: `${entry.source} ${after}`, fix: `${entry.english[0]} ${after}` };
  }
  const before = entry.context?.before?.[0];
  if (before !== undefined) return { sentence: `They met ${before} ${entry.source} on Monday.`, flagged: entry.source, fix: entry.english[0]! };
  return { sentence: `They met in ${entry.source} on Monday.`, flagged: entry.source, fix: entry.english[0]! };
}

describe('exonym', () => {
  it('flags the Tigris left in French in seed 000, with the cue word', () => {
    const found = runRule(exonymRule, SEED_MT);
    expect(found.map((f) => f.text)).toEqual(['Tigre River']);
    expect(found[0]!.suggestions[0]).toBe('Tigris River');
    expect(found[0]!.message).toBe('“Tigre” is the French name; in English it is the Tigris.');
    expect(found[0]!.rule).toBe('exonym');
    expect(found[0]!.category).toBe('accuracy/mistranslation');
    expect(found[0]!.severity).toBe('major');
    expect(found[0]!.profile).toBe('fr');
  });

  it('is silent on the native report of the same event (seed 003), as are the acronym and honorific rules', () => {
    const text = SEED_NATIVE;
    expect(flaggedTexts(exonymRule, text)).toEqual([]);
    expect(flaggedTexts(acronymRule, text)).toEqual([]);
    expect(flaggedTexts(honorificRule, text)).toEqual([]);
  });

  for (const profile of profiles) {
    const ignored = new Set(profile.exonyms.ignore.map(nameKey));
    const entries = profileExonyms(profile).filter((e) => !ignored.has(nameKey(e.source)));

    it(`${profile.id}: has several hundred names, curated and from ICU`, () => {
      expect(profile.exonyms.entries.length).toBeGreaterThan(250);
      expect(entries.length).toBeGreaterThan(profile.exonyms.entries.length + 100);
    });

    it(`${profile.id}: flags every name in a plain sentence and suggests its English name`, () => {
      const only = [profile];
      const rule = exonymRule(only);
      const failures: string[] = [];
      for (const entry of entries) {
        const { sentence, flagged, fix } = sample(entry);
        const found = runRule(() => rule, sentence, only);
        if (found.length !== 1 || found[0]!.text !== flagged || !found[0]!.suggestions.includes(fix)) {
          failures.push(`${sentence} -> ${JSON.stringify(found.map((f) => [f.text, f.suggestions]))}`);
        }
      }
      expect(failures).toEqual([]);
    });

    it(`${profile.id}: leaves every ignored name alone`, () => {
      const failures = profile.exonyms.ignore.filter((name) => flaggedTexts(exonymRule, `They met in ${name} on Monday.`).length > 0);
      expect(failures).toEqual([]);
    });
  }

  it('reads country names from ICU, with curated English where the menu name differs', () => {
    expect(runRule(exonymRule, 'Talks in Arabie saoudite and Irak.').map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Arabie saoudite', 'Saudi Arabia'],
      ['Irak', 'Iraq'],
    ]);
    expect(runRule(exonymRule, 'He flew to Turquie.')[0]!.suggestions).toEqual(['Turkey', 'Türkiye']);
    expect(runRule(exonymRule, 'Emiratos Árabes Unidos signed.', [es])[0]!.suggestions).toEqual(['United Arab Emirates']);
  });

  it('takes accent-free, title-cased, hyphen or space spellings', () => {
    expect(flaggedTexts(exonymRule, 'The Etats-Unis and the Etats Unis said.')).toEqual(['Etats-Unis', 'Etats Unis']);
    expect(flaggedTexts(exonymRule, 'He visited Arabie Saoudite and Beyrouth.')).toEqual(['Arabie Saoudite', 'Beyrouth']);
    expect(flaggedTexts(exonymRule, 'Ships in the Mer Rouge and the mer Rouge.')).toEqual(['Mer Rouge', 'mer Rouge']);
    expect(flaggedTexts(exonymRule, 'The Estados Unidos said.', [es])).toEqual(['Estados Unidos']);
  });

  it('handles the source article, or "the" in its place', () => {
    const found = runRule(exonymRule, 'Talks in Le Caire, La Haye and the Haye. El Cairo hosted them.');
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Le Caire', 'Cairo'],
      ['La Haye', 'The Hague'],
      ['the Haye', 'the Hague'],
      ['El Cairo', 'Cairo'],
    ]);
    // "the Cairo government" is English; "Cap" alone is too short to trust.
    expect(flaggedTexts(exonymRule, 'The Cairo government said. He wore the Cap.')).toEqual([]);
  });

  it('finds names inside hyphenated, elided and possessive words, with exact offsets', () => {
    const text = 'The Irak-Syrie border.\r\n\r\nTroops in l’Irak and Liban’s army, pro-Irak groups.';
    const found = runRule(exonymRule, text);
    expect(found.map((f) => f.text)).toEqual(['Irak', 'Syrie', 'l’Irak', 'Liban', 'Irak']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('lets a possessive end a name on either side', () => {
    expect(flaggedTexts(exonymRule, 'Rockets hit Bagdad’s Green Zone. Syria’s Alep was shelled.')).toEqual(['Bagdad', 'Alep']);
  });

  it('matches curly and straight apostrophes alike', () => {
    expect(flaggedTexts(exonymRule, 'Pirates in the golfe d’Aden and the golfe d\'Aden.')).toEqual(['golfe d’Aden', "golfe d'Aden"]);
  });

  it('flags a river with its generic word, and names that need a cue only with one', () => {
    expect(runRule(exonymRule, 'The Euphrate River is low.').map((f) => [f.text, f.suggestions[0]])).toEqual([['Euphrate River', 'Euphrates River']]);
    expect(runRule(exonymRule, 'The Nil Delta flooded.').map((f) => [f.text, f.suggestions[0]])).toEqual([['Nil Delta', 'Nile Delta']]);
    expect(flaggedTexts(exonymRule, 'He flew to Riyad on Sunday, said the Saudi capital Riyad.')).toEqual(['Riyad', 'Riyad']);
    expect(flaggedTexts(exonymRule, 'He traveled to Chili last week.')).toEqual(['Chili']);
  });

  it('says "spelling" when only the accents differ', () => {
    expect(runRule(exonymRule, 'They prayed in Jérusalem.')[0]!.message).toBe('“Jérusalem” is the French spelling; in English it is Jerusalem.');
    expect(runRule(exonymRule, 'They met in Londres.')[0]!.message).toBe('“Londres” is the French and Spanish name; in English it is London.');
  });

  it('flags names inside quotes and headlines too', () => {
    expect(flaggedTexts(exonymRule, 'Rockets hit near Bagdad\n\n“We will leave Irak,” he said.')).toEqual(['Bagdad', 'Irak']);
  });

  describe('stays quiet on native English', () => {
    const quiet = [
      // Foreign proper names that English copy keeps.
      'Credit Suisse shares fell.',
      'The Banque du Liban said reserves fell.',
      'Royal Air Maroc resumed flights.',
      'The Universidad de Chile and Banco de México said.',
      'He spoke at the Université de Montréal.',
      'Forza Italia voted against.',
      'Perú Libre won seats.',
      'Tokio Marine shares rose.',
      'The Jérusalem Post reported.',
      'He lives in Alpes-Maritimes, she in Auvergne-Rhône-Alpes.',
      'The Banque d’Algérie said.',
      // People.
      'Horatio Alger stories and Alger Hiss.',
      'Vice President Francia Márquez visited.',
      'Riyad Mahrez scored twice.',
      'Maurice Greene won; Dominique Strauss-Kahn resigned.',
      'Gareth Bale scored. Bale was booked.',
      'Mauricio Macri spoke.',
      // English words and homonyms.
      'Grenade attacks killed two.',
      'Chili prices rose.',
      'Argentine beef exports rose.',
      'Genes are important.',
      'Domestic workers, mostly Filipinas, protested.',
      'Roma fans rioted as Sevilla beat Real Madrid in the Europa League.',
      'The nil-nil draw.',
      'Dinner at the Tigre was good.',
      'Tigre, a town near Buenos Aires, flooded. Bodies were found in the Tigre River.',
      'The Cairo summit and the Cairo-based league.',
      'Niger and Mali left ECOWAS.',
      'Ukraine ships grain from Odessa.',
      'The chicken Kiev was cold.',
      // Glosses.
      'The Tigris (Tigre in French) is low.',
      'The Nile, known in French as the Nil, floods.',
    ];
    for (const sentence of quiet) {
      it(sentence, () => {
        expect(flaggedTexts(exonymRule, sentence)).toEqual([]);
      });
    }
  });

  it('keeps a French-only profile to French names', () => {
    expect(flaggedTexts(exonymRule, 'They met in Alemania and Allemagne.', [fr])).toEqual(['Allemagne']);
  });
});
