import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../../src/core/profiles/builtin';
import { numberFormatRule } from '../../../src/core/rules/number-format';
import { flaggedTexts, runRule } from './run-rule';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The one finding in `text`: rule, flagged passage, suggestions. */
function only(text: string) {
  const found = runRule(numberFormatRule, text);
  expect(found, `findings in: ${text}`).toHaveLength(1);
  const f = found[0]!;
  return { rule: f.rule, text: f.text, suggestions: f.suggestions, severity: f.severity, profile: f.profile, category: f.category };
}

function quiet(text: string) {
  expect(flaggedTexts(numberFormatRule, text), text).toEqual([]);
}

describe('number-format family', () => {
  it('lists its rule ids', () => {
    const ids = numberFormatRule(builtinProfiles()).rules.map((r) => r.id);
    expect(ids).toEqual(['decimal-comma', 'digit-grouping', 'percent-spacing', 'time-format', 'date-format', 'currency-format']);
  });
});

describe('decimal-comma', () => {
  it.each([
    ['The quake left 1,5 million people homeless.', '1,5', '1.5'],
    ['Inflation reached 3,2% in May.', '3,2', '3.2'],
    ['The index fell 0,8 points on Friday.', '0,8', '0.8'],
    ['The earthquake, of magnitude 6,8 according to the USGS, struck at night.', '6,8', '6.8'],
    ['Estimates range between 1,5 and 2 million people.', '1,5', '1.5'],
    ['The pound lost 0,500 against the dollar.', '0,500', '0.500'],
    ['Growth of 1,75 percent is expected.', '1,75', '1.75'],
    ['It needs 1,5-2 billion euros.', '1,5', '1.5'],
  ])('flags %s', (text, flagged, fix) => {
    const f = only(text);
    expect(f).toMatchObject({ rule: 'decimal-comma', text: flagged, suggestions: [fix], severity: 'minor', category: 'locale-convention/number-format' });
    expect(['fr', 'es']).toContain(f.profile);
  });

  it('rewrites a grouped number with a decimal comma in one finding', () => {
    expect(only('The deficit reached 2 345,6 million euros.')).toMatchObject({ rule: 'decimal-comma', text: '2 345,6', suggestions: ['2,345.6'], severity: 'minor' });
    expect(only('Debt stood at 2.500,75 euros per person.')).toMatchObject({ rule: 'decimal-comma', text: '2.500,75', suggestions: ['2,500.75'], severity: 'major' });
  });

  it('says which languages write it and what English writes', () => {
    const [f] = runRule(numberFormatRule, 'It grew 1,5 percent.');
    expect(f!.message).toBe('French/Spanish decimal comma: in English, 1.5.');
  });

  it.each([
    'About 1,500 people marched.',
    'The fund holds 12,000,000 dollars.',
    'Some 2,500 troops are stationed there.',
    'Gates 1,2 and 3 were closed.',
    'Pages 1,2,3 were missing.',
    'Rooms 1, 2,3 are shut.',
    'They found 1,2-dichloroethane in the water.',
    'The herbicide 2,4-D was banned.',
    'In 2019,20 people died.',
    'India uses lakhs: 1,50,000 rupees.',
    'It cost $1.5 billion, or 3.2% of GDP.',
  ])('stays quiet on %s', quiet);
});

describe('digit-grouping', () => {
  it.each([
    ['Some 2 500 soldiers were deployed.', '2 500', '2,500'],
    [`About 10${NBSP}000 people marched.`, `10${NBSP}000`, '10,000'],
    ['The toll rose to 2 946 dead.', '2 946', '2,946'],
    ['It shelters 1 000 000 displaced people.', '1 000 000', '1,000,000'],
    ['A crowd of 45 000 spectators watched.', '45 000', '45,000'],
  ])('flags %s', (text, flagged, fix) => {
    expect(only(text)).toMatchObject({ rule: 'digit-grouping', text: flagged, suggestions: [fix], severity: 'minor' });
  });

  it.each([
    ['Another 5.000 soldiers were sent.', '5.000', '5,000'],
    ['The war has killed more than 40.000 people.', '40.000', '40,000'],
    ['It seized 2.300 cartridges.', '2.300', '2,300'],
    ['A loan of 20.000 millones de dólares.', '20.000', '20,000'],
    ['The army sent 1.500 new troops.', '1.500', '1,500'],
    ['More than 40.000 Palestinians have died.', '40.000', '40,000'],
    ['It paid 1.500 euros each.', '1.500', '1,500'],
    ['The budget is 1.000.000 dollars.', '1.000.000', '1,000,000'],
    ['Output rises by 411.000 barrels a day.', '411.000', '411,000'],
    ['The metal traded at US$ 9.850 per tonne.', '9.850', '9,850'],
    ['Tickets cost $ 1.200 each.', '1.200', '1,200'],
  ])('flags the Spanish thousands dot in %s as major', (text, flagged, fix) => {
    expect(only(text)).toMatchObject({ rule: 'digit-grouping', text: flagged, suggestions: [fix], severity: 'major' });
  });

  it('knows narrow no-break space grouping is French, not Spanish', () => {
    const text = `About 1${NNBSP}200 migrants arrived.`;
    expect(only(text)).toMatchObject({ text: `1${NNBSP}200`, profile: 'fr' });
    const es = builtinProfiles().filter((p) => p.id === 'es');
    expect(flaggedTexts(numberFormatRule, text, es)).toEqual([]);
  });

  it.each([
    'On December 7 200 people were arrested.',
    'On Dec. 7 200 people were arrested.',
    'In 2023 200 people died.',
    'She won 5 100-metre races.',
    'He ran the 4 400m relays.',
    'Call +33 1 234 567 for details.',
    'Call 020 7946 0958 for details.',
    'Call (202) 555-0123 now.',
    'The Boeing 737 800 series.',
    'Room 1 100 is on the first floor.',
    'The bond pays a 2.500% coupon.',
    'Gas costs $3.459 a gallon.',
    'The Dow rose 1.250 points.',
    'The euro traded at 1.085 dollars.',
    'A yield of 4.125 percent.',
    'The IP address 192.168.100.200 was blocked.',
    'Version 2.0.1 fixed it.',
    'It was 2.500 seconds faster.',
    'He finished 100.000 seconds behind on the timing sheet.',
    'The well pumped 1.000 barrels before it failed.',
    'It scored 4.250 in the test.',
    'Nos. 10 and 11 Downing Street.',
    'F-16 jets, COVID-19 cases, 9/11 and the 1990s.',
    'The A320 and the B-52 flew at 10.30am.',
  ])('stays quiet on %s', quiet);
});

describe('percent-spacing', () => {
  it.each([
    ['Uranium enriched to 60 %, close to weapons grade.', '60 %', '60%'],
    [`Turnout was 45${NBSP}% on Sunday.`, `45${NBSP}%`, '45%'],
  ])('flags %s', (text, flagged, fix) => {
    expect(only(text)).toMatchObject({ rule: 'percent-spacing', text: flagged, suggestions: [fix], severity: 'minor' });
  });

  it('fixes a decimal comma and the space together', () => {
    expect(only('Prices rose 3,2 % in May.')).toMatchObject({ rule: 'decimal-comma', text: '3,2 %', suggestions: ['3.2%'] });
  });

  it.each(['Turnout was 45% on Sunday.', 'Inflation is above 30 percent.', 'It fell 4 per cent.'])('stays quiet on %s', quiet);
});

describe('time-format', () => {
  it.each([
    ['The polls close at 23h30 tonight.', '23h30', ['23:30', '11:30 p.m.']],
    ['Around 04h20 (0120 GMT) rockets fell.', '04h20', ['04:20', '4:20 a.m.']],
    ['The match starts at 20h00 local time.', '20h00', ['20:00', '8 p.m.']],
    ['The curfew starts at 8h.', '8h', ['8:00', '8 a.m.']],
    ['Talks resume at 12h.', '12h', ['12:00', 'noon']],
    ['The strike began at 17 h 30 on Monday.', '17 h 30', ['17:30', '5:30 p.m.']],
    ['The road was closed from 14h30.', '14h30', ['14:30', '2:30 p.m.']],
    ['Fire broke out around 8h (0600 GMT).', '8h', ['8:00', '8 a.m.']],
    ['Marchers set off at 13h GMT.', '13h', ['13:00', '1 p.m.']],
    ['The soldiers were attacked at 18:00 hours on Tuesday.', '18:00 hours', ['18:00', '6 p.m.']],
  ])('flags %s', (text, flagged, fixes) => {
    expect(only(text)).toMatchObject({ rule: 'time-format', text: flagged, suggestions: fixes, category: 'locale-convention/time-format' });
  });

  it('flags both ends of an hour range', () => {
    expect(flaggedTexts(numberFormatRule, 'Ships sailed between 5h and 17h on Monday.')).toEqual(['5h', '17h']);
  });

  it.each([
    'Workers began a 24h strike.',
    'The 24h news cycle never stops.',
    'Results for H1 2024 were strong.',
    'He finished within 48h of the start.',
    'The talks lasted 12h on Friday.',
    'It happened at 10:30 p.m. on Friday.',
    'Fighting resumed at 0600 GMT.',
    'He ran 2h 05min in Berlin.',
    'They won the 4x100m relay.',
  ])('stays quiet on %s', quiet);
});

describe('date-format', () => {
  it.each([
    ['Talks open on the 8 October, officials said.', 'the 8 October', ['October 8', '8 October']],
    ['Shelling has intensified since the 10 May, aid groups said.', 'the 10 May', ['May 10', '10 May']],
    ['The 8 October, the president flew to Paris.', 'The 8 October', ['On October 8', 'On 8 October']],
    ['He announced the 8 October that he would resign.', 'the 8 October', ['on October 8', 'on 8 October']],
    ['Votes are due on the 8 and 9 October.', 'the 8 and 9 October', ['October 8 and 9', '8 and 9 October']],
    ['It was signed on the 8 October 2023.', 'the 8 October 2023', ['October 8, 2023', '8 October 2023']],
    ['The vote of the 20 of June was annulled.', 'the 20 of June', ['June 20', '20 June']],
    ['The storm hit on 29 de octubre in Valencia.', '29 de octubre', ['October 29', '29 October']],
    ['Hamas attacked on 7 of October 2023, killing 1,200.', '7 of October 2023', ['October 7, 2023', '7 October 2023']],
  ])('flags %s', (text, flagged, fixes) => {
    expect(only(text)).toMatchObject({ rule: 'date-format', text: flagged, suggestions: fixes, category: 'locale-convention/date-format' });
  });

  it.each([
    'Since the 7 October attacks, the region has been on edge.',
    'It marked the 7 October Hamas attack.',
    'Ahead of the 1 January deadline, talks stalled.',
    'After the 7 October 2023 massacre, Israel went to war.',
    'Talks open on 8 October in Geneva.',
    'Talks open on October 8 in Geneva.',
    'He was born on the 8th of October.',
    'Three of May’s games were postponed.',
    'Five of the 12 members voted.',
    'Gaza since the 7 October’s events.',
  ])('stays quiet on %s', quiet);
});

describe('currency-format', () => {
  it.each([
    ['Tickets cost 15 € each.', '15 €', '€15', 'minor'],
    ['He was fined 200 $ on Monday.', '200 $', '$200', 'minor'],
    ['Tickets cost 15€ each.', '15€', '€15', 'minor'],
    ['The budget is 3,5 M€ this year.', '3,5 M€', '€3.5 million', 'minor'],
    ['A bonus of 10 000 € was paid.', '10 000 €', '€10,000', 'minor'],
    ['A bonus of 1.500 € was paid.', '1.500 €', '€1,500', 'major'],
    ['The deal is worth 2 Md€.', '2 Md€', '€2 billion', 'minor'],
    ['It raised 200 US$ per share.', '200 US$', 'US$200', 'minor'],
  ])('flags %s', (text, flagged, fix, severity) => {
    expect(only(text)).toMatchObject({ rule: 'currency-format', text: flagged, suggestions: [fix], severity, category: 'locale-convention/currency-format' });
  });

  it.each([
    'Tickets cost €15 each.',
    'It raised $1.5 billion, or £1.2bn.',
    'The US$3 billion deal closed.',
    'She changed 5 $5 bills.',
    'Tickets cost 15 euros each.',
    'Shares of $QQQ rose 2 $QQQ.',
  ])('stays quiet on %s', quiet);
});

describe('native English copy', () => {
  it('gets no finding on wire copy full of numbers', () => {
    const text = [
      'WASHINGTON (AP) — The U.S. military said Thursday that 2,500 troops remain in Iraq and about 900 in Syria.',
      'The attack at 10:45 a.m. on Dec. 7 came after 9/11-style warnings, officials said. F-16s flew from No. 10 Squadron.',
      'The Fed raised rates by 0.25 percentage point to 5.25%-5.5%, the highest since 2001. The Dow fell 1.2%.',
      'In the 1990s, COVID-19 was unknown; now 1 in 5 adults has had it, according to a 2023 study of 12,000 people.',
      'Arsenal won 3-1 on Saturday, their 4th straight win, before 60,000 fans at the Emirates.',
      'On 7 October 2023, Hamas attacked Israel. Since the 7 October attacks, 1,200 Israelis have died, Israel says.',
      'Call 1-800-273-8255 or +44 20 7946 0958. Prices: $1.5 billion, £300m, €2.4bn, ¥150.',
      'The 737-800 left at 7.30pm BST; the 9.15 from Paddington was late. Temperatures hit 40C (104F).',
      'The bill passed 217-213. Some 3.5 million people, or 40 percent, voted. About 1.085 dollars per euro.',
      'He was born on the 8th of October 1975 and died aged 48, on March 3, 2024.',
    ].join('\n\n');
    expect(flaggedTexts(numberFormatRule, text)).toEqual([]);
  });
});

describe('more native look-alikes', () => {
  it.each([
    'The notes traded at 94.125 cents on the dollar.',
    'He bought 1.125 bitcoins.',
    'It was Day 3 of March Madness.',
    'Ahead of the 8 October local elections, parties campaigned.',
    'Game 4 of June was postponed.',
  ])('stays quiet on %s', quiet);

  it('ends a message with one full stop after "p.m."', () => {
    const [f] = runRule(numberFormatRule, 'Polls close at 20h00 tonight.');
    expect(f!.message).toBe('French/Spanish time format: in English, 20:00 or 8 p.m.');
  });
});

describe('time-format cues', () => {
  it.each([
    ['Shops stay shut until 14h on Sunday.', '14h'],
    ['Fighting resumed at around 6h, witnesses said.', '6h'],
  ])('flags %s', (text, flagged) => {
    expect(flaggedTexts(numberFormatRule, text)).toEqual([flagged]);
  });

  it.each(['It lasted around 8h in total.', 'Posted 5h ago by the desk.', 'They have 48h to leave.'])('stays quiet on %s', quiet);
});

describe('round dotted thousands', () => {
  it.each([
    ['The toll rose to 40.000, the ministry said.', '40.000', '40,000'],
    ['Some 5.000 were evacuated.', '5.000', '5,000'],
  ])('flags %s', (text, flagged, fix) => {
    expect(only(text)).toMatchObject({ rule: 'digit-grouping', text: flagged, suggestions: [fix], severity: 'major' });
  });

  it.each(['He hit 1.000 for the week.', 'It took 2.000 seconds.', 'The bond pays 3.000 %.', 'A 4.000% coupon.'])('stays quiet on %s', (text) => {
    expect(flaggedTexts(numberFormatRule, text).filter((t) => !t.endsWith('%'))).toEqual([]);
  });
});
