import { describe, expect, it } from 'vitest';
import { sentenceBoundaryRule } from '../../../src/core/rules/sentence-boundary';
import { flaggedTexts, runRule } from './run-rule';

function found(text: string, rule: string) {
  return runRule(sentenceBoundaryRule, text).filter((f) => f.rule === rule);
}

describe('stray-sentence', () => {
  it('flags a one-word sentence split off its clause and suggests dropping it', () => {
    const [f, ...rest] = found(
      'At least three rockets were fired at the US embassy, a security official reported. Iraqi.\n\nNo one has claimed responsibility.',
      'stray-sentence',
    );
    expect(rest).toEqual([]);
    expect(f!.text).toBe('reported. Iraqi.');
    expect(f!.suggestions).toEqual(['reported.']);
    expect(f!.severity).toBe('major');
    expect(f!.category).toBe('fluency/grammar');
  });

  it('says where a demonym belongs when the sentence has an "a ... official" phrase', () => {
    const [f] = found('Fighting broke out on Sunday in the south of the capital, a medical source indicated. Sudanese.', 'stray-sentence');
    expect(f!.text).toBe('indicated. Sudanese.');
    expect(f!.message).toContain('“medical source”');
    expect(f!.message).toContain('“Sudanese medical source”');
  });

  it('flags other words, and a fragment in the middle of a paragraph', () => {
    expect(flaggedTexts(sentenceBoundaryRule, 'The talks were suspended, the spokesman said. Military. They may resume next week.')).toEqual([
      'said. Military.',
    ]);
  });

  it('keeps the closing quote of the previous sentence in the fix', () => {
    const [f] = found('He called the strikes “a violation.” Turkish.', 'stray-sentence');
    expect(f!.text).toBe('violation.” Turkish.');
    expect(f!.suggestions).toEqual(['violation.”']);
  });

  it('stays quiet on real one-word sentences', () => {
    const quiet = [
      'Was it worth it? Yes. Several of them said so.',
      'Asked whether he would run again, he paused. Never. Then he left the room.',
      'The answer was clear. No. The board refused.',
      'Rockets. Drones. Missiles. The attacks kept coming.',
      'They tried again. Twice. Both attempts failed.',
      'Who fired the rockets? Hezbollah. The group denied it.',
      'The crowd waited for the verdict... Guilty. Nobody moved.',
    ];
    for (const text of quiet) expect(flaggedTexts(sentenceBoundaryRule, text), text).toEqual([]);
  });

  it('stays quiet inside quotations', () => {
    const quiet = [
      '“It’s over,” she said. “Done. Finished. We’re leaving.”',
      '“We have seen this before,” said Abu Ali. “Rockets, drones, then the Americans come. Always.”',
      'He told the BBC: ‘We simply cannot afford it. Impossible. Not this winter.’',
      '"Will it escalate? Possibly. Nobody knows," he said.',
    ];
    for (const text of quiet) expect(flaggedTexts(sentenceBoundaryRule, text), text).toEqual([]);
  });

  it('stays quiet on datelines, credits and headings', () => {
    expect(flaggedTexts(sentenceBoundaryRule, 'The story was updated. AFP.')).toEqual([]);
    expect(flaggedTexts(sentenceBoundaryRule, 'Clashes in Khartoum\n\nThe army said it held the city. It did.')).toEqual([]);
  });
});

describe('lowercase-sentence-start', () => {
  it('flags a sentence that starts in lower case after a full stop', () => {
    const [f, ...rest] = found(
      'A US military official confirmed the alarms around the Union III base, which houses the coalition troops. international anti-jihadist in the Green Zone.',
      'lowercase-sentence-start',
    );
    expect(rest).toEqual([]);
    expect(f!.text).toBe('troops. international');
    expect(f!.suggestions).toEqual(['troops international', 'troops. International']);
    expect(f!.severity).toBe('major');
  });

  it('puts the capital first when the word is a typical sentence opener', () => {
    const [f] = found('The fighting began at dawn. the army said it had retaken the bridge.', 'lowercase-sentence-start');
    expect(f!.text).toBe('dawn. the');
    expect(f!.suggestions).toEqual(['dawn. The', 'dawn the']);
  });

  it('suggests a comma when a quotation ends with a stop before its attribution', () => {
    const [f, g] = found('“We will not give up.” declared the army spokesman. “We will win.” he added.', 'lowercase-sentence-start');
    expect(f!.text).toBe('up.” declared');
    expect(f!.suggestions).toEqual(['up,” declared', 'up.” Declared']);
    expect(f!.category).toBe('fluency/punctuation');
    expect(g!.text).toBe('win.” he');
    expect(g!.suggestions).toEqual(['win,” he', 'win.” He']);
  });

  it('stays quiet after abbreviations, times and dates', () => {
    const quiet = [
      'The attack came at 9 a.m. local time, the U.S. military said.',
      'He was born in Washington, D.C. on a Monday.',
      'The vote was set for Dec. 7 and the results for Jan. 3.',
      'Apple Inc. said profits rose. Martin Luther King Jr. spoke there. Some allies, e.g. France, agreed.',
      'The paper by Smith et al. found no link. Prices, approx. two dollars, rose.',
      'Shares of Lockheed Martin Corp. rose. He lives on Fifth Ave. in Manhattan.',
      'She studied at Oxford for a Ph.D. in history.',
      'The office is in Portland, Ore. near the river.',
      // Source titles are the honorific rule's: they open a name, not a sentence.
      'Former minister Rachida Dati spoke. Mme. Dati said no.',
      'The tycoon was there. Ing. Carlos Slim arrived later.',
    ];
    for (const text of quiet) expect(flaggedTexts(sentenceBoundaryRule, text), text).toEqual([]);
  });

  it('stays quiet for words that are lower case by nature', () => {
    const quiet = [
      'Sales were strong. iPhone shipments rose. eBay gained. mRNA vaccines were cited.',
      'The prime minister spoke. al-Sudani said the attack was unacceptable.',
      'The general was admired. de Gaulle had led the resistance. van Gogh painted it.',
    ];
    for (const text of quiet) expect(flaggedTexts(sentenceBoundaryRule, text), text).toEqual([]);
  });

  it('stays quiet for addresses and AFP slugs', () => {
    const quiet = [
      'The ministry published the list. bur-ah/jmm',
      'The full report is online. https://www.example.org/report',
      'Details are on the agency site. afp.com has more.',
      'Write to the desk. news@example.org answers.',
    ];
    for (const text of quiet) expect(flaggedTexts(sentenceBoundaryRule, text), text).toEqual([]);
  });

  it('stays quiet after ellipses, question and exclamation marks', () => {
    const quiet = [
      '“Why now?” he asked. “Stop!” she shouted.',
      'We waited… and waited... and nothing came.',
      'He said . . . nothing at all.',
      'Yahoo! said it would appeal.',
    ];
    for (const text of quiet) expect(flaggedTexts(sentenceBoundaryRule, text), text).toEqual([]);
  });

  it('ignores headings', () => {
    expect(flaggedTexts(sentenceBoundaryRule, 'U.S. troops. withdraw\n\nThe troops left on Monday.')).toEqual([]);
  });
});

describe('sentence-boundary on native copy', () => {
  it('finds nothing in a native English report', () => {
    const text = [
      'Iraq links Baghdad US embassy attackers to security services',
      '',
      '-----',
      '',
      'Iraq’s government has said that several people who are alleged to have attacked the US embassy in Baghdad last week have links to the country’s security services.',
      'During this period, the US military said its facilities have been hit 84 times, injuring some 60 service personnel. The US has blamed Iran-backed militias for the attacks and called on Baghdad to rein them in.',
      '“Targeting diplomatic missions is something that cannot be justified,” al-Sudani said last week, adding that such assaults undermine Iraq’s “stability and security”.',
      'The US has roughly 2,500 troops stationed in Iraq and around 900 others in eastern Syria, on missions against ISIL (ISIS).',
    ].join('\n');
    expect(flaggedTexts(sentenceBoundaryRule, text)).toEqual([]);
  });
});
