import { describe, expect, it } from 'vitest';
import { charDistance, postEditDistance, wordDistance } from '../../../src/core/corrections/edit-distance';
import { codePoints, levenshtein } from '../../../src/core/corrections/levenshtein';
import { seededRandom } from './fixtures';

const VOCAB = (
  'the of and a to in is was for on that with by as at from said he it his be has have but are who not were had ' +
  'this which after its an they two their been new year one also more will would people first police government minister président Paris'
).split(' ');

function story(words: number, rnd: () => number): string[] {
  return Array.from({ length: words }, (_, i) => VOCAB[Math.floor(rnd() * VOCAB.length)]! + (i % 17 === 16 ? '.' : '') + (i % 60 === 59 ? '\r\n\r\n' : ''));
}

describe('charDistance', () => {
  it('is zero for an untouched story', () => {
    expect(charDistance('Le président a dit.', 'Le président a dit.')).toEqual({ distance: 0, ratio: 0, mtLength: 19, editedLength: 19, estimated: false });
    expect(charDistance('', '')).toEqual({ distance: 0, ratio: 0, mtLength: 0, editedLength: 0, estimated: false });
  });

  it('counts characters over the longer length', () => {
    const d = charDistance('The colour of Pekin', 'The color of Beijing');
    // colour -> color: 1; Pekin -> Beijing: P->B, k->j, +ing... = 5
    expect(d.distance).toBe(levenshtein(codePoints('The colour of Pekin'), codePoints('The color of Beijing')));
    expect(d.mtLength).toBe(19);
    expect(d.editedLength).toBe(20);
    expect(d.ratio).toBeCloseTo(d.distance / 20, 10);
  });

  it('counts a CRLF turned into LF as one edit per line break', () => {
    expect(charDistance('one\r\ntwo\r\nthree', 'one\ntwo\nthree').distance).toBe(2);
  });

  it('counts an emoji as one character', () => {
    expect(charDistance('Bravo 👏 !', 'Bravo !')).toMatchObject({ distance: 2, mtLength: 9, editedLength: 7 });
  });

  it('measures all of a text deleted or typed in', () => {
    expect(charDistance('abc', '')).toMatchObject({ distance: 3, ratio: 1 });
    expect(charDistance('', 'abcd')).toMatchObject({ distance: 4, ratio: 1 });
  });

  it('equals the exact Levenshtein distance on post-edit-like changes', () => {
    const rnd = seededRandom(99);
    for (let t = 0; t < 400; t++) {
      const words = story(1 + Math.floor(rnd() * 14), rnd);
      const edited = words
        .map((w) => (rnd() < 0.3 ? (rnd() < 0.5 ? `${w}s` : VOCAB[Math.floor(rnd() * VOCAB.length)]!) : w))
        .filter(() => rnd() > 0.1);
      const a = words.join(' ');
      const b = edited.join(' ');
      expect(charDistance(a, b).distance, `${a} / ${b}`).toBe(levenshtein(codePoints(a), codePoints(b)));
    }
  });

  it('is exact on a 10,000-word story with one word in ten changed', () => {
    const rnd = seededRandom(1);
    const words = story(10_000, rnd);
    let changed = 0;
    // Each edit replaces the first letter with q, which no word starts with: one character each.
    const edited = words.map((w) => (rnd() < 0.1 ? (changed++, `q${w.slice(1)}`) : w));
    const d = charDistance(words.join(' '), edited.join(' '));
    expect(d.distance).toBe(changed);
    expect(d.estimated).toBe(false);
    const w = wordDistance(words.join(' '), edited.join(' '));
    expect(w).toMatchObject({ substitutions: changed, insertions: 0, deletions: 0, estimated: false });
  });

  it('stays an upper bound no larger than the longer length on unrelated texts', () => {
    const rnd = seededRandom(2);
    const a = story(10_000, rnd).join(' ');
    const b = story(10_000, rnd).join(' ');
    const d = charDistance(a, b);
    expect(d.estimated).toBe(true);
    expect(d.distance).toBeLessThanOrEqual(Math.max(d.mtLength, d.editedLength));
    expect(d.distance).toBeGreaterThanOrEqual(Math.abs(d.mtLength - d.editedLength));
    expect(d.ratio).toBeGreaterThan(0.5);
    expect(d.ratio).toBeLessThanOrEqual(1);
  });
});

describe('wordDistance', () => {
  it('counts a substituted word', () => {
    expect(wordDistance('He went to Pekin today', 'He went to Beijing today')).toEqual({
      insertions: 0,
      deletions: 0,
      substitutions: 1,
      edits: 1,
      ratio: 1 / 5,
      mtWords: 5,
      editedWords: 5,
      estimated: false,
    });
  });

  it('counts inserted and deleted words against the edited length', () => {
    const d = wordDistance('the the minister said', 'the minister said on Monday');
    expect(d).toMatchObject({ insertions: 2, deletions: 1, substitutions: 0, edits: 3, editedWords: 5 });
    expect(d.ratio).toBeCloseTo(3 / 5, 10);
  });

  it('pairs removed and added words in one place as substitutions first', () => {
    expect(wordDistance('a b c d', 'a x y z w d')).toMatchObject({ substitutions: 2, insertions: 2, deletions: 0 });
  });

  it('treats punctuation as tokens and case as significant', () => {
    expect(wordDistance('Hello world', 'Hello, world')).toMatchObject({ insertions: 1, edits: 1, editedWords: 3 });
    expect(wordDistance('in paris', 'in Paris')).toMatchObject({ substitutions: 1 });
  });

  it('keeps hyphenated and elided words whole', () => {
    expect(wordDistance("al-Sudani didn't come", "al-Soudani didn't come")).toMatchObject({ substitutions: 1, mtWords: 3 });
  });

  it('ignores changes of white space alone', () => {
    expect(wordDistance('one\r\ntwo  three', 'one two three').edits).toBe(0);
  });

  it('handles empty texts', () => {
    expect(wordDistance('', '')).toMatchObject({ edits: 0, ratio: 0 });
    expect(wordDistance('gone now', '')).toMatchObject({ deletions: 2, ratio: 1, editedWords: 0 });
    expect(wordDistance('', 'new text')).toMatchObject({ insertions: 2, ratio: 1 });
  });
});

describe('postEditDistance', () => {
  it('returns both measures', () => {
    const d = postEditDistance('le président Macron', 'President Macron');
    expect(d.chars.distance).toBe(levenshtein(codePoints('le président Macron'), codePoints('President Macron')));
    expect(d.words).toMatchObject({ deletions: 1, substitutions: 1, insertions: 0 });
  });
});
