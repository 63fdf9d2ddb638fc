import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../../src/core/profiles/builtin';
import type { CalqueEntry, Profile } from '../../../src/core/profiles/profile';
import { calqueRule } from '../../../src/core/rules/calque';
import { compilePhrasePattern, fillTemplate, matchFirstLetterCase } from '../../../src/core/rules/phrase-pattern';
import { flaggedTexts, runRule } from './run-rule';
import { SEED_MT, SEED_NATIVE } from '../../fixtures/seeds';

const profiles = builtinProfiles();

/** "He met [the head of US diplomacy]. => the US Secretary of State" -> text, flagged span, first fix. */
function parseFireExample(example: string): { text: string; span: string; fix?: string } {
  const [body, fix] = example.split(' => ');
  const open = body!.indexOf('[');
  const close = body!.indexOf(']', open);
  if (open < 0 || close < 0) throw new Error(`fire example without [span]: ${example}`);
  const text = body!.slice(0, open) + body!.slice(open + 1, close) + body!.slice(close + 1);
  return { text, span: body!.slice(open + 1, close), ...(fix !== undefined ? { fix } : {}) };
}

function only(profile: Profile, entry: CalqueEntry): Profile[] {
  return [{ ...profile, calques: [entry] }];
}

describe('calque data: every example of every entry', () => {
  for (const profile of profiles) {
    describe(`${profile.id} calques`, () => {
      it('has entries with unique ids', () => {
        expect(profile.calques.length).toBeGreaterThan(20);
        expect(new Set(profile.calques.map((e) => e.id)).size).toBe(profile.calques.length);
      });
      for (const entry of profile.calques) {
        describe(entry.id, () => {
          it('has examples both ways', () => {
            expect(entry.examples.fire.length).toBeGreaterThan(0);
            expect(entry.examples.quiet.length).toBeGreaterThan(0);
          });
          it('has an anchor word, so it is skipped on articles without it', () => {
            expect(compilePhrasePattern(entry.pattern, entry.caseSensitive).required.length).toBeGreaterThan(0);
          });
          it.each(entry.examples.fire)('fires: %s', (example) => {
            const { text, span, fix } = parseFireExample(example);
            const found = runRule(calqueRule, text, only(profile, entry));
            expect(found.map((f) => f.text)).toEqual([span]);
            if (fix !== undefined) expect(found[0]!.suggestions[0]).toBe(fix);
            expect(found[0]).toMatchObject({ rule: 'calque', category: entry.category, severity: entry.severity, profile: profile.id });
          });
          it.each(entry.examples.quiet)('stays quiet (all entries): %s', (example) => {
            expect(flaggedTexts(calqueRule, example)).toEqual([]);
          });
        });
      }
    });
  }
  it('holds 60+ entries over both profiles', () => {
    expect(profiles.reduce((n, p) => n + p.calques.length, 0)).toBeGreaterThanOrEqual(60);
  });
});

describe('calque rule', () => {
  it('flags the seed garble with a fix', () => {
    const text = 'One day before, during a telephone conversation with the head of US diplomacy, Antony Blinken, he insisted.';
    const [f] = runRule(calqueRule, text);
    expect(f).toMatchObject({ text: 'the head of US diplomacy', rule: 'calque', category: 'terminology/wrong-term', severity: 'major' });
    expect(f!.suggestions[0]).toBe('the US Secretary of State');
    expect(f!.message).toMatch(/Secretary of State/);
  });

  it('keeps offsets exact with CRLF and matches across a hard-wrapped line', () => {
    const text = 'Title line here\r\n\r\n  The troops were deployed in the\r\nframework of the operation, said a source.\r\n';
    const [f] = runRule(calqueRule, text);
    expect(f!.text).toBe('in the\r\nframework of');
    expect(f!.suggestions[0]).toBe('as part of');
  });

  it('never joins two paragraphs', () => {
    expect(flaggedTexts(calqueRule, 'He spoke of the head\n\nof US diplomacy talks.')).toEqual([]);
  });

  it('matches whole tokens only', () => {
    expect(flaggedTexts(calqueRule, 'They were the also-rans of the race.')).toEqual([]);
    expect(flaggedTexts(calqueRule, 'Reports of unprecised figures.')).toEqual([]);
  });

  it('keeps one finding where two entries overlap', () => {
    const found = runRule(calqueRule, 'He called the head of American diplomacy on Sunday.');
    expect(found.map((f) => f.suggestions[0])).toEqual(['the US Secretary of State']);
  });

  it('capitalises a fix at a sentence start and keeps capitals of a name', () => {
    expect(runRule(calqueRule, 'In the framework of the deal, prisoners go free.')[0]!.suggestions[0]).toBe('As part of');
    expect(runRule(calqueRule, 'prisoners held by the Hebrew state.')[0]!.suggestions[0]).toBe('Israel');
  });

  it('is quiet on the native seed and the native dev stories', () => {
    const texts = [SEED_NATIVE];
    const dir = new URL('../../corpus/dev/native/', import.meta.url);
    for (const name of readdirSync(dir)) texts.push(readFileSync(new URL(name, dir), 'utf8'));
    for (const text of texts) expect(flaggedTexts(calqueRule, text)).toEqual([]);
  });

  it('flags the calques of the MT seed', () => {
    const text = SEED_MT;
    const flagged = flaggedTexts(calqueRule, text);
    expect(flagged).toContain('the head of US diplomacy');
    expect(flagged).toContain('from his original');
    expect(flagged).toContain('the AFP agency');
  });
});

describe('phrase patterns', () => {
  it('derives the words a match needs, with alternatives', () => {
    expect(compilePhrasePattern('in the (?:framework|frame) of').required).toContainEqual(['framework', 'frame']);
    // Most selective first: the longest single word.
    expect(compilePhrasePattern('the Hebrew state').required[0]).toEqual(['hebrew']);
    // "precis" is only part of a word, but the word is spelled through the group.
    expect(compilePhrasePattern('precis(?:ed|ing)').required).toEqual([['precised', 'precising']]);
    expect(compilePhrasePattern('candidates? to').required[0]).toEqual(['candidates', 'candidate']);
    expect(compilePhrasePattern('[Pp]resident').required).toEqual([['president']]);
    // A hyphen class may join two parts of one token: "vice-presidency" holds no token "presidency".
    expect(compilePhrasePattern('vice[- ]presidency').required).toEqual([['vice-presidency', 'presidency']]);
    // A small group glued to letters is read alternative by alternative.
    expect(compilePhrasePattern('in flagran(?:cy|t delict)').required[0]).toEqual(['flagrancy', 'flagrant']);
    expect(compilePhrasePattern('the (?:ex-|old )?metropole').required[0]).toEqual(['ex-metropole', 'metropole']);
    // An open-ended letter ("u+") spells no fixed word.
    expect(compilePhrasePattern('cou+p').required).toEqual([]);
    expect(compilePhrasePattern('(?:precised|precising)').required).toEqual([['precised', 'precising']]);
    // A word right before an optional group still ends on a boundary.
    expect(compilePhrasePattern('the (?:new )?tenant of').required.map((s) => s[0])).toContain('tenant');
  });

  it('expands word classes as non-capturing groups', () => {
    const { regex } = compilePhrasePattern('the head of ({nationality}) diplomacy');
    const m = regex.exec('He met the head of Iranian diplomacy.');
    expect(m?.[1]).toBe('Iranian');
    expect(compilePhrasePattern('since ({number}) years').regex.test('since 10 years')).toBe(true);
  });

  it('fills fixes and carries the first letter case', () => {
    const m = /the (\w+) balance/.exec('the death balance') as RegExpExecArray;
    expect(fillTemplate('$1 toll', m)).toBe('death toll');
    expect(fillTemplate('x$2y', m)).toBe('xy');
    expect(matchFirstLetterCase('The head', 'the foreign minister')).toBe('The foreign minister');
    expect(matchFirstLetterCase('the Hebrew state', 'Israel')).toBe('Israel');
  });
});
