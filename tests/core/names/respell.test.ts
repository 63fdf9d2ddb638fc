import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article/article';
import { extractNames } from '../../../src/core/names/extract-names';
import { createRespeller } from '../../../src/core/names/respell';
import { builtinProfiles } from '../../../src/core/profiles/builtin';

const respeller = createRespeller(builtinProfiles());
const respelt = (core: string, marked = true) => respeller.respell(core, marked)?.text;

function markedNames(text: string): string[] {
  return extractNames(parseArticle(text))
    .filter((m) => respeller.marked(text, m))
    .map((m) => text.slice(m.start, m.end));
}

describe('respeller', () => {
  it('respells French transliterations inside Arabic names', () => {
    expect(respelt('Soudani')).toBe('Sudani');
    expect(respelt('Noujaba')).toBe('Nujaba');
    expect(respelt('Chia')).toBe('Shia');
    expect(respelt('Hachd')).toBe('Hashd');
    expect(respelt('Abou')).toBe('Abu');
    expect(respelt('Djihad')).toBe('Jihad');
    expect(respelt('Boukhari')).toBe('Bukhari');
    expect(respelt('Mouammar')).toBe('Muammar');
    expect(respelt('Salmane')).toBe('Salman');
    expect(respelt('Chouhada')).toBe('Shuhada');
    expect(respelt('ben')).toBe('bin');
  });

  it('leaves established English spellings alone', () => {
    for (const word of ['Houthi', 'Houthis', 'Mahmoud', 'Nouri', 'Youssef', 'Moussa', 'Barghouti', 'Arouri', 'Khoury', 'Mansour', 'Djibouti', 'Ghannouchi']) {
      expect(respelt(word), word).toBeUndefined();
    }
  });

  it('leaves spellings that French and English share', () => {
    for (const word of ['Sudani', 'Mahmoud', 'Daoud', 'Khartoum', 'Shouk', 'Haouz', 'Hassan', 'Aoun', 'Sheikh', 'Abu']) {
      expect(respelt(word), word).toBeUndefined();
    }
  });

  it('outside Arabic-marked names uses known spellings only', () => {
    expect(respelt('Chaabi', false)).toBeUndefined();
    expect(respelt('Poutine', false)).toBe('Putin');
    expect(respelt('Sinouar', false)).toBe('Sinwar');
    expect(respelt('Hezbolá', false)).toBe('Hezbollah');
    expect(respeller.respell('Hezbolá', false)?.profile.id).toBe('es');
  });

  it('keeps lower-case known words for a scan of the whole text', () => {
    expect(respeller.commonWords.get('djihadist')?.text).toBe('jihadist');
    expect(respeller.commonWords.has('poutine')).toBe(false);
  });

  it('marks names by their Arabic particles, case-sensitively', () => {
    expect(markedNames('They saw Hachd al-Chaabi, Abou Obeida, Mohammed ben Salmane, Bachar al Asad, Abdel Fattah and Ibn Saud.')).toEqual([
      'Hachd al-Chaabi',
      'Abou Obeida',
      'Mohammed ben Salmane',
      'Bachar al Asad',
      'Abdel Fattah',
      'Ibn Saud',
    ]);
    expect(markedNames('They saw Itamar Ben Gvir, Zine El Abidine Ben Ali, Al Gore and Alassane Ouattara.')).toEqual([]);
  });
});

describe('respeller and Unicode forms', () => {
  it('does not flag a decomposed (NFD) word that no rewrite changes', () => {
    expect(respelt('Muñoz'.normalize('NFD'), true)).toBeUndefined();
    expect(respelt('Ismaïl'.normalize('NFD'), false)).toBe('Ismail');
  });
});
