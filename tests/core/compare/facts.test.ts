import { describe, expect, it } from 'vitest';
import { conflictingDates, describeDate, findDates, sameDate } from '../../../src/core/compare/date-facts';
import { languageData } from '../../../src/core/compare/language-data';
import { describeNumber, findNumbers, sameNumber } from '../../../src/core/compare/number-facts';

const en = languageData('en');
const fr = languageData('fr');

function dates(text: string, lang = en) {
  return findDates(text, lang).map((d) => ({ text: text.slice(d.start, d.end), value: describeDate(d) }));
}

function numbers(text: string, lang = en) {
  const skip = findDates(text, lang);
  return findNumbers(text, lang, skip).map((n) => ({ text: text.slice(n.start, n.end), value: describeNumber(n), kind: n.kind }));
}

describe('dates', () => {
  it('reads the ways English copy writes a date', () => {
    expect(dates('on Dec. 7 and on 7 December, then Friday, December 8, 2023, and Monday.')).toEqual([
      { text: 'Dec. 7', value: 'December 7' },
      { text: '7 December', value: 'December 7' },
      { text: 'Friday, December 8, 2023', value: 'Friday, December 8, 2023' },
      { text: 'Monday', value: 'Monday' },
    ]);
  });

  it('leaves lower-case "may" and month names without a day alone', () => {
    expect(dates('Talks may 3 times fail; in December they resumed.')).toEqual([]);
  });

  it('reads French dates', () => {
    expect(dates('Le vendredi 8 décembre 2023, puis le 1er mars et jeudi.', fr)).toEqual([
      { text: 'vendredi 8 décembre 2023', value: 'Friday, December 8, 2023' },
      { text: '1er mars', value: 'March 1' },
      { text: 'jeudi', value: 'Thursday' },
    ]);
  });

  it('tells one date from a conflicting one', () => {
    const [a, b, c] = findDates('December 8, Dec. 8, December 7', en) as [never, never, never];
    expect(sameDate(a, b)).toBe(true);
    expect(conflictingDates(a, c)).toBe(true);
    const [fri, thu] = findDates('Friday and Thursday', en) as [never, never];
    expect(conflictingDates(fri, thu)).toBe(true);
    // A weekday against a bare day of the month cannot be checked without the year.
    expect(conflictingDates(fri, a)).toBe(false);
  });
});

describe('figures', () => {
  it('reads English figures, scales and times, and not the day of a date', () => {
    expect(numbers('On December 8, 2,500 troops and 1.5 million dollars; at 11:30 p.m. three rockets; the 78th day.')).toEqual([
      { text: '2,500', value: '2,500', kind: 'count' },
      { text: '1.5 million', value: '1.5 million', kind: 'count' },
      { text: '11:30 p.m.', value: '23:30', kind: 'time' },
      { text: 'three', value: '3', kind: 'count' },
    ]);
  });

  it('reads French conventions as the same values', () => {
    const f = findNumbers('1,5 million de dollars, 2 500 soldats, à 23h30, 60 %', fr);
    const e = findNumbers('1.5 million dollars, 2,500 soldiers, at 11:30 p.m., 60%', en);
    expect(f).toHaveLength(4);
    expect(e).toHaveLength(4);
    f.forEach((n, i) => expect(sameNumber(n, e[i]!)).toBe(true));
    const t = findNumbers('at 23:30', en)[0]!;
    expect(sameNumber(f[2]!, t)).toBe(true);
  });

  it('reads "1,5 million" left in English copy for the value it gives', () => {
    expect(numbers('some 1,5 million people')).toEqual([{ text: '1,5 million', value: '1.5 million', kind: 'count' }]);
  });

  it('takes an "11:30" with no a.m. or p.m. as either half of the day', () => {
    const [bare] = findNumbers('at 11:30', en);
    const [late] = findNumbers('à 23h30', fr);
    const [early] = findNumbers('à 10h30', fr);
    expect(sameNumber(bare!, late!)).toBe(true);
    expect(sameNumber(bare!, early!)).toBe(false);
  });
});
