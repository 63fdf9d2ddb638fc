import { describe, expect, it } from 'vitest';
import { transliterationRule } from '../../../src/core/rules/transliteration';
import { flaggedTexts, runRule } from './run-rule';
import { SEED_NATIVE } from '../../fixtures/seeds';

function fixes(text: string): [string, string][] {
  return runRule(transliterationRule, text).map((f) => [f.text, f.suggestions[0]!]);
}

describe('transliteration: French and Spanish spellings of names', () => {
  it('respells French transliterations inside Arabic names, one finding per name', () => {
    const text = 'Iraqi Prime Minister Mohamed Chia al-Soudani insisted on calm, while the Al-Noujaba group, a faction of Hachd al-Chaabi, organised funerals.';
    const found = runRule(transliterationRule, text);
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Mohamed Chia al-Soudani', 'Mohamed Shia al-Sudani'],
      ['Al-Noujaba', 'Al-Nujaba'],
      ['Hachd al-Chaabi', 'Hashd al-Shaabi'],
    ]);
    expect(found[0]!.rule).toBe('transliteration');
    expect(found[0]!.category).toBe('fluency/spelling');
    expect(found[0]!.severity).toBe('minor');
    expect(found[0]!.profile).toBe('fr');
    expect(found[0]!.message).toBe('French spelling of a name; English copy writes “Mohamed Shia al-Sudani”.');
  });

  it.each([
    ['HTS fighters of Hayat Tahrir al-Cham entered the city.', 'Hayat Tahrir al-Cham', 'Hayat Tahrir al-Sham'],
    ['President Bachar al-Assad vowed to fight.', 'Bachar al-Assad', 'Bashar al-Assad'],
    ['Strikes hit Aita al-Chaab overnight.', 'Aita al-Chaab', 'Aita al-Shaab'],
    ['The spokesman Abou Obeida released a video.', 'Abou Obeida', 'Abu Obeida'],
    ['The leader of Islamic Djihad, Ziad al-Nakhala, spoke.', 'Djihad', 'Jihad'],
    ['Fighters of the Kataëb Sayyid al-Chouhada said so.', 'Kataëb Sayyid al-Chouhada', 'Kataib Sayyid al-Shuhada'],
    ['Crown Prince Mohammed ben Salmane met envoys.', 'Mohammed ben Salmane', 'Mohammed bin Salman'],
    ['Cheikh Tamim ben Hamad Al-Thani received him.', 'Cheikh Tamim ben Hamad Al-Thani', 'Sheikh Tamim bin Hamad Al-Thani'],
    ['The jihadist Abou Moussab al-Zarqaoui was killed in 2006.', 'Abou Moussab al-Zarqaoui', 'Abu Mussab al-Zarqawi'],
    ['Members of Ansar al-Charia were arrested.', 'Ansar al-Charia', 'Ansar al-Sharia'],
    ['The Libyan leader Mouammar Kadhafi was killed.', 'Mouammar Kadhafi', 'Muammar Gaddafi'],
    ['Hamas leader Yahya Sinouar was killed in Rafah.', 'Yahya Sinouar', 'Yahya Sinwar'],
    ['Hezbollah chief Naïm Qassem spoke.', 'Naïm Qassem', 'Naim Qassem'],
    ['The Egyptian President, Abdel Fattah al-Sissi, received him.', 'Abdel Fattah al-Sissi', 'Abdel Fattah al-Sisi'],
    ['Once again, Vladimir Poutine wants to plunge Ukrainians into darkness.', 'Vladimir Poutine', 'Vladimir Putin'],
    ['In the region of Zaporijjia, a man was killed.', 'Zaporijjia', 'Zaporizhzhia'],
    ['Defence Minister Sergueï Choïgou arrived.', 'Sergueï Choïgou', 'Sergei Shoigu'],
  ])('French: %s', (text, flagged, suggestion) => {
    expect(fixes(text)).toEqual([[flagged, suggestion]]);
  });

  it.each([
    ['A delegation of Hamás arrived in Cairo.', 'Hamás', 'Hamas'],
    ['The Lebanese movement Hezbolá launched drones.', 'Hezbolá', 'Hezbollah'],
    ['Supreme Leader Alí Jamenei spoke.', 'Alí Jamenei', 'Ali Khamenei'],
    ['Fighters of Yihad al-Islami fired rockets.', 'Yihad al-Islami', 'Jihad al-Islami'],
    ['President Bachar al Asad fled.', 'Bachar al Asad', 'Bashar al Assad'],
  ])('Spanish: %s', (text, flagged, suggestion) => {
    expect(fixes(text)).toEqual([[flagged, suggestion]]);
  });

  it('flags lower-case words with a known French spelling', () => {
    const found = runRule(transliterationRule, 'The country has faced djihadist violence for ten years.');
    expect(found.map((f) => [f.text, f.suggestions[0], f.message])).toEqual([
      ['djihadist', 'jihadist', 'French spelling of a word; English copy writes “jihadist”.'],
    ]);
  });

  it('keeps a capital the name has at the start of a sentence', () => {
    expect(fixes('Al-Soudani insisted on calm.')).toEqual([['Al-Soudani', 'Al-Sudani']]);
  });

  it('keeps offsets into CRLF text', () => {
    const text = 'Rockets hit Baghdad.\r\n\r\nFighters of Hachd al-Chaabi left.';
    const [f] = runRule(transliterationRule, text);
    expect(text.slice(f!.start, f!.end)).toBe('Hachd al-Chaabi');
  });
});

describe('transliteration: name families respelt by pattern, not by list', () => {
  it.each([
    ['General Oleg Tchoudinov led the assault.', 'Oleg Tchoudinov', 'Oleg Chudinov'],
    ['The separatist leader Denis Pouchilov spoke.', 'Denis Pouchilov', 'Denis Pushilov'],
    ['The Hamas official Moussa Abou Marzouk was named.', 'Moussa Abou Marzouk', 'Moussa Abu Marzouk'],
    ['Deputy minister Ivan Kourtchenko resigned.', 'Ivan Kourtchenko', 'Ivan Kurchenko'],
    ['The Georgian billionaire Bidzina Ivanichvili voted.', 'Bidzina Ivanichvili', 'Bidzina Ivanishvili'],
    ['The Azerbaijani envoy Elnour Mammadaliïev arrived.', 'Elnour Mammadaliïev', 'Elnour Mammadaliyev'],
    ['The COP29 president, Mujtar Babáyev, called it a step.', 'Mujtar Babáyev', 'Mujtar Babayev'],
    ['Governor Nikolái Sobolévski opened the line.', 'Nikolái Sobolévski', 'Nikolai Sobolevski'],
  ])('%s', (text, flagged, suggestion) => {
    expect(fixes(text)).toEqual([[flagged, suggestion]]);
  });

  it.each([
    'Nikita Khrushchev and Mikhail Gorbachev led the Soviet Union.',
    'Taras Shevchenko and Andriy Yermak were named.',
    'Jarosław Kaczyński and Robert Lewandowski spoke in Warsaw.',
    'Karine Touré and Christine Lagarde met in Paris.',
    'Vladimir Padrino López and Iván Duque attended.',
    'The ministers Aliyev, Pashinyan and Tokayev signed the deal.',
  ])('leaves English and other spellings alone: %s', (text) => {
    expect(fixes(text)).toEqual([]);
  });
});

describe('transliteration stays quiet on native English', () => {
  it.each([
    ['established spellings in Arabic names', 'Nouri al-Maliki, Abdul-Malik al-Houthi, Saleh al-Arouri, Mohammed al-Halbousi and Marwan Barghouti were named, with Moussa Abu Marzouk and Yousuf bin Alawi.'],
    ['spellings French and English share', 'Mahmoud Abbas met Abu Mohammed al-Jolani, Sheikh Mansour bin Zayed, Mohammed bin Rashid Al Maktoum and Sheikh Tahnoun bin Zayed in Khartoum.'],
    ['places with French-looking English names', 'Camps at Abu Shouk, the province of Al-Haouz, Khan Younis, Beit Hanoun and Naqoura were hit, as was Sharm el-Sheikh.'],
    ['Maghreb and Sahel names without an Arabic marker', 'Abdelmadjid Tebboune, Abdelaziz Bouteflika, Rached Ghannouchi, Youssef Chahed, Hichem Mechichi, Alassane Ouattara and Mohamed Ould Cheikh El Ghazouani met in Djibouti and Ouagadougou.'],
    ['French-looking spellings outside Arabic names', 'Amos Hochstein met Bezalel Smotrich, Michel Barnier, Chuck Schumer and Novak Djokovic near the town of Chamaa and in Houston.'],
    ['English words in the names of bodies', 'The Abu Dhabi Chamber of Commerce, the Abu Dhabi Securities Exchange, the Abu Dhabi Tourism Authority and the al-Shifa Hospital reported.'],
    ['an English word opening a sentence before a name', 'Chasing Abu Bakr al-Baghdadi took years. Reaches of Abu Dhabi flooded.'],
    ['Ben and El that are not Arabic articles', 'Itamar Ben Gvir met Zine El Abidine Ben Ali, Al Gore and Al Michaels.'],
    ['a dish', 'Diners in Montreal queued for poutine.'],
    ['djinn and Djibouti', 'The djinn of the story lived in Djibouti.'],
    ['the native seed names', 'Prime Minister Mohammed Shia al-Sudani and al-Sudani spoke, with the Islamic Resistance in Iraq.'],
  ])('%s', (_label, text) => {
    expect(flaggedTexts(transliterationRule, text)).toEqual([]);
  });

  it('leaves the native English seed alone', async () => {
    const text = SEED_NATIVE;
    expect(flaggedTexts(transliterationRule, text)).toEqual([]);
  });
});
