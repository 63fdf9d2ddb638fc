import { describe, expect, it } from 'vitest';
import { repeatedWordRule } from '../../../src/core/rules/repeated-word';
import { flaggedTexts, runRule } from './run-rule';

describe('repeated-word', () => {
  it('flags a doubled word and suggests one', () => {
    const [f, ...rest] = runRule(repeatedWordRule, 'More than 5 million people have fled since the the beginning of the war.');
    expect(rest).toEqual([]);
    expect(f!.text).toBe('the the');
    expect(f!.suggestions).toEqual(['the']);
    expect(f!.rule).toBe('repeated-word');
    expect(f!.category).toBe('fluency/grammar');
  });

  it('is case-insensitive and keeps the first word as written', () => {
    const [f] = runRule(repeatedWordRule, 'The the talks resumed. They went to To Jeddah.');
    expect(f!.text).toBe('The the');
    expect(f!.suggestions).toEqual(['The']);
    expect(flaggedTexts(repeatedWordRule, 'They went to To Jeddah.')).toEqual(['to To']);
  });

  it('flags across a line break inside a paragraph and takes a whole run at once', () => {
    expect(flaggedTexts(repeatedWordRule, 'The envoy went to\nto Port Sudan.')).toEqual(['to\nto']);
    expect(flaggedTexts(repeatedWordRule, 'It was a a a disaster.')).toEqual(['a a a']);
  });

  it('stays quiet for legitimate doubles', () => {
    const quiet = [
      'The decision had had a chilling effect.',
      'He said that that was wrong.',
      'What it is is a war of attrition. What it was was a disaster.',
      'What they do do is listen.',
      'He gave her her first job.',
      'It was a very very long day.',
      'Bye bye, he said.',
    ];
    for (const text of quiet) expect(flaggedTexts(repeatedWordRule, text), text).toEqual([]);
  });

  it('stays quiet for reduplicated names and a name before the same word', () => {
    const quiet = [
      'Duran Duran played in Bora Bora and Walla Walla.',
      'Sirhan Sirhan was denied parole.',
      'Striker Ahmed Ahmed scored twice; Yang Yang won silver.',
      'Theresa May may face a challenge. Their son Will will be there.',
    ];
    for (const text of quiet) expect(flaggedTexts(repeatedWordRule, text), text).toEqual([]);
  });

  it('stays quiet across punctuation, paragraphs and for numbers', () => {
    const quiet = [
      'Yes, yes, we know.',
      'He said. Said nothing more.',
      'They fought (fought hard) for it.',
      'The talks ended in the\n\nthe next day they resumed.',
      'The vote was 52 52 in the first round.',
    ];
    for (const text of quiet) expect(flaggedTexts(repeatedWordRule, text), text).toEqual([]);
  });
});

describe('repeated-word in pseudo-clefts', () => {
  it('flags "was was" and "is is" outside a pseudo-cleft', () => {
    expect(flaggedTexts(repeatedWordRule, 'Residents say the fear was was never so great.')).toEqual(['was was']);
    expect(flaggedTexts(repeatedWordRule, 'The city is is under curfew.')).toEqual(['is is']);
    expect(flaggedTexts(repeatedWordRule, 'They did did not answer.')).toEqual(['did did']);
  });

  it('stays quiet in a pseudo-cleft', () => {
    const quiet = ['What it is is a war of attrition.', 'All he did did not help.', 'The problem is is that nobody listens.', 'What the government really wants is is calm.'];
    for (const text of quiet) expect(flaggedTexts(repeatedWordRule, text), text).toEqual([]);
  });
});
