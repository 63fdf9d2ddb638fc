import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article/article';
import { SEED_MT, SEED_NATIVE } from '../../fixtures/seeds';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('parseArticle', () => {
  it('finds the headline, the separator and one paragraph per line (seed 003 layout)', () => {
    const text = 'Iraq links attackers to security services\n\n-----\n\nFirst paragraph ends here.\nSecond one starts on the next line and is long enough not to be hard-wrapped copy, really it is.\n';
    const a = parseArticle(text);
    expect(a.headline && slice(text, a.headline)).toBe('Iraq links attackers to security services');
    expect(a.separator && slice(text, a.separator)).toBe('-----');
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['headline', 'body', 'body']);
    expect(slice(text, a.paragraphs[2]!)).toMatch(/^Second one/);
  });

  it('splits blank-line paragraphs and marks short unpunctuated lines as subheads', () => {
    const text = 'Rockets hit the city on Friday. Nobody was hurt.\n\nNearly 80 attacks recorded\n\nThe ministry said more would follow.';
    const a = parseArticle(text);
    expect(a.headline).toBeUndefined();
    expect(a.paragraphs.map((p) => [p.kind, slice(text, p)])).toEqual([
      ['body', 'Rockets hit the city on Friday. Nobody was hurt.'],
      ['subhead', 'Nearly 80 attacks recorded'],
      ['body', 'The ministry said more would follow.'],
    ]);
  });

  it('keeps CRLF text exact: offsets slice the original', () => {
    const text = 'Headline here\r\n\r\nOne sentence. Another one.\r\nA third paragraph line that is long enough to count as its own paragraph, not hard-wrapped text at all.\r\n';
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => slice(text, p))).toEqual([
      'Headline here',
      'One sentence. Another one.',
      'A third paragraph line that is long enough to count as its own paragraph, not hard-wrapped text at all.',
    ]);
    for (const p of a.paragraphs) expect(slice(text, p)).not.toMatch(/[\r\n]/);
  });

  it('joins a hard-wrapped paragraph and starts a new one at an indented line', () => {
    const text = 'The talks resumed on Monday after a\nweek of delays, officials said.\n  A second paragraph begins with\nan indent.';
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => slice(text, p))).toEqual([
      'The talks resumed on Monday after a\nweek of delays, officials said.',
      'A second paragraph begins with\nan indent.',
    ]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(parseArticle('').paragraphs).toEqual([]);
    expect(parseArticle(' \n\n\t\r\n').paragraphs).toEqual([]);
    expect(parseArticle('').words()).toEqual([]);
  });

  it('gives words as ranges, hyphenated and apostrophised words whole', () => {
    const text = 'Mohammed Shia al-Sudani’s office didn’t reply.';
    const a = parseArticle(text);
    expect(a.words().map((w) => slice(text, w))).toEqual(['Mohammed', 'Shia', 'al-Sudani’s', 'office', 'didn’t', 'reply']);
    expect(a.vocabulary().has('office')).toBe(true);
  });

  it('parses both seeds without losing text', () => {
    for (const text of [SEED_MT, SEED_NATIVE]) {
      const a = parseArticle(text);
      const joined = a.paragraphs.map((p) => slice(text, p)).join(' ').replace(/\s+/g, ' ');
      const separator = a.separator ? slice(text, a.separator) : '';
      expect(joined.length + separator.length).toBeGreaterThan(text.replace(/\s+/g, ' ').trim().length - 10);
    }
  });
});
