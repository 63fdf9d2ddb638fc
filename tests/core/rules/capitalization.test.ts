import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../../src/core/profiles/builtin';
import { capitalizationRule } from '../../../src/core/rules/capitalization';
import { flaggedTexts, runRule } from './run-rule';

function found(text: string) {
  return runRule(capitalizationRule, text).map((f) => ({ rule: f.rule, text: f.text, fix: f.suggestions[0] }));
}

function quiet(text: string) {
  expect(flaggedTexts(capitalizationRule, text), text).toEqual([]);
}

describe('capitalization family', () => {
  it('lists its rule ids', () => {
    expect(capitalizationRule(builtinProfiles()).rules.map((r) => r.id)).toEqual(['lowercase-day', 'lowercase-month', 'lowercase-nationality']);
  });

  it('files findings as minor spelling', () => {
    const [f] = runRule(capitalizationRule, 'Talks resume on friday.');
    expect(f).toMatchObject({ category: 'fluency/spelling', severity: 'minor', message: 'Days of the week take a capital in English: Friday.' });
  });
});

describe('lowercase-day', () => {
  it.each([
    ['Talks resume on friday in Geneva.', 'friday', 'Friday'],
    ['He spoke last wednesday.', 'wednesday', 'Wednesday'],
    ['Protests are held on mondays.', 'mondays', 'Mondays'],
    ['Until sunday’s vote, nothing changes.', 'sunday', 'Sunday'],
  ])('flags %s', (text, flagged, fix) => {
    expect(found(text)).toEqual([{ rule: 'lowercase-day', text: flagged, fix }]);
  });

  it.each([
    'Talks resume on Friday.',
    'Follow #friday and @sunday_times for updates.',
    'See www.monday.com or https://example.com/friday for details.',
    'Write to tuesday.desk@example.org today.',
    'tags: iraq, friday, embassy',
  ])('stays quiet on %s', quiet);
});

describe('lowercase-month', () => {
  it.each([
    ['Inspectors were refused access in november.', 'november', 'November'],
    ['The offensive began in mid-december.', 'december', 'December'],
    ['Talks are set for march 3, officials said.', 'march', 'March'],
    ['Elections were held in may 2024.', 'may', 'May'],
    ['He was arrested on 5 may, police said.', 'may', 'May'],
    ['The fighting started in early august.', 'august', 'August'],
    ['Fighting resumed in mid-march.', 'march', 'March'],
    ['Voting runs from may 5 to 7.', 'may', 'May'],
    ['The rains fall between may and june.', 'may', 'May'],
    ['The cartel could agree in may on a further rise.', 'may', 'May'],
    ['Prices have climbed since march last year.', 'march', 'March'],
    ['Talks resumed on the 3rd of march.', 'march', 'March'],
    ['The vote is on 5 of may in the capital.', 'may', 'May'],
    ['Elections are due in the month of august.', 'august', 'August'],
    ['It happened last march, officials said.', 'march', 'March'],
    ['The deadline is the end of march.', 'march', 'March'],
  ])('flags %s', (text, flagged, fix) => {
    expect(found(text).filter((f) => f.text === flagged)).toEqual([{ rule: 'lowercase-month', text: flagged, fix }]);
  });

  it.each([
    'The court may decide on Friday.',
    'All 5 may be released.',
    'Thousands will march on the capital.',
    'They plan to march 10 kilometres to the palace.',
    'An august institution, the court, ruled.',
    'He was in august company.',
    'Supporters joined this march.',
    'They planned an early march.',
    'The talks may 2x the budget.',
    'Elections were held in May 2024.',
    'Those who took part may on occasion be paid.',
    'Protesters may march on the ministry.',
    'The ships may of course sail.',
    'The end of may be near, he said.',
    'They will march next.',
    'Thousands joined the last march, organisers said.',
  ])('stays quiet on %s', quiet);
});

describe('lowercase-nationality', () => {
  it.each([
    ['The israeli army said it struck targets.', 'israeli', 'Israeli'],
    ['Officials said iraqi forces were deployed.', 'iraqi', 'Iraqi'],
    ['The aircraft landed. mexican media published images.', 'mexican', 'Mexican'],
    ['A pro-iranian group claimed it.', 'iranian', 'Iranian'],
    ['The israelis said nothing.', 'israelis', 'Israelis'],
    ['The sri lankan navy rescued them.', 'sri lankan', 'Sri Lankan'],
    ['The Costa rican president spoke.', 'Costa rican', 'Costa Rican'],
    ['It was an un-american act.', 'american', 'American'],
    ['The kurds fought on.', 'kurds', 'Kurds'],
    ['The muslim community prayed.', 'muslim', 'Muslim'],
  ])('flags %s', (text, flagged, fix) => {
    expect(found(text)).toEqual([{ rule: 'lowercase-nationality', text: flagged, fix }]);
  });

  it.each([
    'Workers polish the silver.',
    'He ordered french fries and swiss chard.',
    'She ate a danish and some danish pastries.',
    'They decided to go dutch; it was double dutch to me. He used a dutch oven.',
    'The drink contains gum arabic.',
    'Her orthodox views and catholic tastes.',
    'The gulf between them widened.',
    'A game of chinese whispers and turkish delight.',
    'He got off scot-free.',
    'The young turks of the party.',
    'He wore an afro and went nordic skiing.',
    'Follow @israeli_news and #iraqi for more.',
    'Visit www.french-embassy.org today.',
    'The Israeli army and Iraqi forces, the Sri Lankan navy.',
  ])('stays quiet on %s', quiet);
});

describe('native English copy', () => {
  it('gets no finding on ordinary wire copy', () => {
    const text = [
      'BAGHDAD (AFP) - Iraq’s government said on Thursday that people who attacked the US embassy may have links to security forces.',
      'The Iraqi prime minister, Mohammed Shia al-Sudani, may travel to Washington in March, officials said, as protesters march on the capital.',
      'An august body, the Supreme Court will rule in May; the date of May 5 has been set. Polish officials and French diplomats attended.',
      'In late August 2023, pro-Iranian militias struck. Orthodox Jews and Catholic priests prayed. Visit www.example.com/friday.',
    ].join('\n\n');
    expect(flaggedTexts(capitalizationRule, text)).toEqual([]);
  });
});
