import { describe, expect, it } from 'vitest';
import { abbreviationBefore, splitSentences } from '../../../src/core/article/sentences';

function split(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(split('Rockets hit the base. Nobody was hurt! Who fired them? Officials did not say.')).toEqual([
      'Rockets hit the base.',
      'Nobody was hurt!',
      'Who fired them?',
      'Officials did not say.',
    ]);
  });

  it('keeps titles, initials and dates inside the sentence', () => {
    expect(split('Gen. Pat Ryder met Sen. Jack Reed on Dec. 7 in St. Louis. John F. Kennedy was cited.')).toEqual([
      'Gen. Pat Ryder met Sen. Jack Reed on Dec. 7 in St. Louis.',
      'John F. Kennedy was cited.',
    ]);
  });

  it('keeps decimals, web addresses and hyphenated abbreviations whole', () => {
    expect(split('Growth was 3.5 percent, afp.com said. The U.S.-led coalition agreed.')).toEqual([
      'Growth was 3.5 percent, afp.com said.',
      'The U.S.-led coalition agreed.',
    ]);
  });

  it('ends a sentence after a.m., U.S. or Inc. only before a typical opener', () => {
    expect(split('It began at 9 a.m. local time in the U.S. capital. Apple Inc. said so at 5 p.m. The talks ended.')).toEqual([
      'It began at 9 a.m. local time in the U.S. capital.',
      'Apple Inc. said so at 5 p.m.',
      'The talks ended.',
    ]);
    expect(split('Voting closed in the U.S. It was late.')).toEqual(['Voting closed in the U.S.', 'It was late.']);
  });

  it('ends a sentence after a time when a title follows', () => {
    expect(split('The Senate adjourned at 6 p.m. Sen. Chuck Schumer spoke.')).toEqual([
      'The Senate adjourned at 6 p.m.',
      'Sen. Chuck Schumer spoke.',
    ]);
  });

  it('never ends a sentence after e.g., i.e. or vs.', () => {
    expect(split('Some allies, e.g. France, agreed. It was Iraq vs. Iran. Then peace.')).toEqual([
      'Some allies, e.g. France, agreed.',
      'It was Iraq vs. Iran.',
      'Then peace.',
    ]);
  });

  it('keeps "No. 10" together but lets "No." answer', () => {
    expect(split('He went to No. 10 Downing Street. No. He did not.')).toEqual(['He went to No. 10 Downing Street.', 'No.', 'He did not.']);
  });

  it('takes closing quotes and brackets into the sentence', () => {
    expect(split('“We will respond.” The Pentagon agreed. (It said so.) Then it left.')).toEqual([
      '“We will respond.”',
      'The Pentagon agreed.',
      '(It said so.)',
      'Then it left.',
    ]);
  });

  it('does not break at ?” or !” before the attribution', () => {
    expect(split('“Why now?” he asked. “Stop!” she shouted.')).toEqual(['“Why now?” he asked.', '“Stop!” she shouted.']);
  });

  it('breaks after an ellipsis only before a capital', () => {
    expect(split('We waited… and waited... Then it came. He said . . . nothing . . . The end.')).toEqual([
      'We waited… and waited...',
      'Then it came.',
      'He said . . . nothing . . .',
      'The end.',
    ]);
  });

  it('breaks before a lower-case word after an ordinary word (a broken MT boundary)', () => {
    expect(split('the coalition troops. international anti-jihadist forces stayed.')).toEqual([
      'the coalition troops.',
      'international anti-jihadist forces stayed.',
    ]);
  });

  it('splits off a one-word fragment', () => {
    expect(split('a security official reported. Iraqi.')).toEqual(['a security official reported.', 'Iraqi.']);
  });

  it('does not break at a stop followed by another mark', () => {
    expect(split('an official told AFP. , on condition of anonymity.')).toEqual(['an official told AFP. , on condition of anonymity.']);
  });

  it('does not break at a stop glued to the next quote mark', () => {
    expect(split('if any.”“said the officer.')).toEqual(['if any.”“said the officer.']);
  });

  it('works on a range of a larger text, with CRLF and offsets into the whole text', () => {
    const text = 'Headline\r\n\r\nFirst one. Second one.\r\n';
    const start = text.indexOf('First');
    const end = text.lastIndexOf('.') + 1;
    const spans = splitSentences(text, start, end);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
    expect(spans[0]!.start).toBe(start);
  });

  it('returns nothing for blank text and one span without a stop', () => {
    expect(split('   ')).toEqual([]);
    expect(split('Nearly 80 attacks recorded in Iraq and Syria ')).toEqual(['Nearly 80 attacks recorded in Iraq and Syria']);
  });

  it('stays linear on junk: many stops, no stops', () => {
    const dots = 'a. '.repeat(100_000);
    const t0 = performance.now();
    split(dots);
    split('word '.repeat(200_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('abbreviationBefore', () => {
  const kind = (token: string) => abbreviationBefore(`${token}.`, token.length, 0);

  it('knows titles, Latin abbreviations, number prefixes and ones that may end a sentence', () => {
    expect(kind('Gen')).toBe('title');
    expect(kind('e.g')).toBe('neverEnd');
    expect(kind('No')).toBe('number');
    expect(kind('Inc')).toBe('mayEnd');
    expect(kind('Dec')).toBe('mayEnd');
    expect(kind('U.S')).toBe('mayEnd');
    expect(kind('F')).toBe('mayEnd');
  });

  it('treats ordinary words and numbers as no abbreviation', () => {
    expect(kind('reported')).toBeUndefined();
    expect(kind('2019')).toBeUndefined();
    expect(kind('wash')).toBeUndefined();
    expect(kind('Wash')).toBe('mayEnd');
  });
});
