import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article/article';
import { extractNames, namesOf } from '../../../src/core/names/extract-names';

/** The mentions of a text, each as its exact text. */
function names(text: string): string[] {
  return extractNames(parseArticle(text)).map((m) => text.slice(m.start, m.end));
}

/** The parts of the first mention, kind-tagged where not a plain name word. */
function partsOfFirst(text: string): string[] {
  const [first] = extractNames(parseArticle(text));
  return first!.parts.map((p) => (p.kind === 'name' ? '' : `${p.kind}:`) + text.slice(p.start, p.end));
}

describe('extractNames', () => {
  it('finds runs of capitalised words with Arabic particles and hyphenated articles', () => {
    expect(names('Prime Minister Mohamed Chia al-Soudani met fighters of Hachd al-Chaabi in Baghdad.')).toEqual([
      'Mohamed Chia al-Soudani',
      'Hachd al-Chaabi',
      'Baghdad',
    ]);
    expect(names('The crown prince, Mohammed bin Salman, met Abu Mohammed al-Jolani and Sheikh Tamim bin Hamad Al Thani.')).toEqual([
      'Mohammed bin Salman',
      'Abu Mohammed al-Jolani',
      'Tamim bin Hamad Al Thani',
    ]);
  });

  it('keeps a lower-case leading particle on a later reference', () => {
    expect(names('He said bin Laden had fled, and al Asad too.')).toEqual(['bin Laden', 'al Asad']);
  });

  it('leaves out titles, leading demonyms, days, months and function words', () => {
    expect(names('On Friday, Iraqi Prime Minister Mohammed Shia al-Sudani said in December that the US embassy was hit.')).toEqual([
      'Mohammed Shia al-Sudani',
    ]);
    expect(names('This Friday, three rockets were fired.')).toEqual([]);
  });

  it('keeps a demonym inside a name', () => {
    expect(partsOfFirst('They met Mohammed Shia al-Sudani on Monday.')).toEqual(['Mohammed', 'demonym:Shia', 'al-Sudani']);
  });

  it('strips possessives and ends the name there', () => {
    const text = 'Iraq’s government and Baghdad\'s Green Zone were named, as was al-Sudani’s office.';
    expect(names(text)).toEqual(['Iraq', 'Baghdad', 'al-Sudani']);
  });

  it('does not take acronyms, initials, numbers or English compounds for names', () => {
    expect(names('The US and AFP said Iran-backed and US-led groups, pro-Iran factions and Pro-Iran militias hit Union III.')).toEqual([]);
  });

  it('marks the article prefix so that the name proper can be compared', () => {
    const text = 'They met al-Sudani.';
    const [m] = extractNames(parseArticle(text));
    expect(text.slice(m!.parts[0]!.coreStart, m!.parts[0]!.end)).toBe('Sudani');
  });

  it('keeps generic words inside a name out of its ends', () => {
    expect(names('The strikes hit the al-Shifa Hospital and the Islamic State group near the Tigre River.')).toEqual(['al-Shifa', 'Tigre']);
    expect(partsOfFirst('The bank listed on the Abu Dhabi Securities Exchange.')).toEqual(['Abu', 'Dhabi', 'Securities']);
    expect(partsOfFirst('The head of the Abu Dhabi Chamber of Commerce spoke.')).toEqual(['Abu', 'Dhabi']);
  });

  it('takes a capitalised word opening a sentence, noting that its capital proves nothing', () => {
    const text = 'Rockets hit Baghdad.';
    expect(extractNames(parseArticle(text)).map((m) => [text.slice(m.start, m.end), m.sentenceStart])).toEqual([
      ['Rockets', true],
      ['Baghdad', false],
    ]);
  });

  it('notes a capital that only opens a sentence or a quotation', () => {
    const text = 'Washington agreed. “Hamas must go,” said an official from Israel.';
    const ms = extractNames(parseArticle(text));
    expect(ms.map((m) => [text.slice(m.start, m.end), m.sentenceStart])).toEqual([
      ['Washington', true],
      ['Hamas', true],
      ['Israel', false],
    ]);
  });

  it('stops a name at punctuation and at a blank line', () => {
    expect(names('They named Ali, Hassan and Omar.')).toEqual(['Ali', 'Hassan', 'Omar']);
    expect(names('The rockets hit Baghdad\n\nKirkuk was calm.')).toEqual(['Baghdad', 'Kirkuk']);
  });

  it('takes each word of a title-case heading on its own', () => {
    const text = 'Iraqi Forces Hunt Al-Soudani Attackers In Baghdad\n\nThe hunt went on.';
    const ms = extractNames(parseArticle(text));
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['Hunt', 'Al-Soudani', 'Attackers', 'Baghdad']);
    expect(ms.every((m) => m.titleCase)).toBe(true);
  });

  it('reads a sentence-case heading like body text', () => {
    const text = 'Iraq links Baghdad US embassy attackers to security services\n\n-----\n\nThe story.';
    expect(names(text)).toEqual(['Iraq', 'Baghdad']);
  });

  it('keeps offsets into CRLF text', () => {
    const text = 'The rockets hit Baghdad.\r\n\r\nHashd al-Shaabi fighters left.';
    expect(names(text)).toEqual(['Baghdad', 'Hashd al-Shaabi']);
  });

  it('computes the names of an article once', () => {
    const article = parseArticle('Mohammed Shia al-Sudani spoke.');
    expect(namesOf(article)).toBe(namesOf(article));
  });
});
