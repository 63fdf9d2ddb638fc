import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../../src/core/profiles/builtin';
import { ProfileError, validateProfile } from '../../../src/core/profiles/validate';

/** A small profile that uses every section and every optional field. */
function goodProfile(): Record<string, unknown> {
  return {
    _comment: 'comments are allowed anywhere as _keys',
    id: 'xx',
    name: 'Testish',
    franc: 'xxx',
    locale: 'fr',
    exonyms: {
      entries: [
        { source: 'Tigre', english: ['Tigris'], kind: 'river', context: { before: ['the'], after: ['River', 'river'] }, unlessNear: ['Buenos Aires'] },
        { source: 'Le Caire', english: ['Cairo'], kind: 'city' },
      ],
      regionNamesFromIcu: true,
      ignore: ['Chine'],
    },
    calques: [
      {
        id: 'head-of-diplomacy',
        pattern: 'the head of {nationality} diplomacy',
        message: 'French calque for the foreign minister',
        suggestions: ['the foreign minister'],
        category: 'style/awkward',
        severity: 'minor',
        examples: { fire: ['the head of US diplomacy'], quiet: ['the foreign minister'] },
      },
      {
        id: 'the-hexagon',
        pattern: '(the) Hexagon',
        message: 'France',
        suggestions: ['$1 country', 'France'],
        category: 'accuracy/mistranslation',
        severity: 'major',
        caseSensitive: true,
        examples: { fire: [], quiet: [] },
      },
    ],
    untranslated: { words: ['selon', 'ainsi'], allowed: ["coup d'état"] },
    acronyms: [{ source: 'EI', english: ['IS', 'ISIS'], meaning: 'Islamic State' }],
    honorifics: [{ source: 'M.', english: ['Mr.'] }, { source: 'Me', english: [] }],
    transliteration: { rewrites: [['ch', 'sh'], ['ou', 'u']], markers: ['al-', 'Abou'], established: ['Houthi'] },
    numbers: { decimalSeparator: ',', groupSeparators: [' ', '\u00a0', '.'] },
  };
}

const DELETE = Symbol('delete');

/** Sets (or deletes) the value at a JSON path such as "calques[1].severity" in a copy of the good profile. */
function changed(changes: readonly (readonly [string, unknown])[]): unknown {
  const profile = goodProfile();
  for (const [path, value] of changes) {
    const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
    let node = profile as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    const last = keys[keys.length - 1]!;
    if (value === DELETE) delete node[last];
    else node[last] = value;
  }
  return profile;
}

/** The message validateProfile throws for the good profile with these changes. */
function messageFor(...changes: (readonly [string, unknown])[]): string {
  try {
    validateProfile(changed(changes), 'xx profile');
  } catch (err) {
    expect(err).toBeInstanceOf(ProfileError);
    return (err as Error).message;
  }
  throw new Error('validateProfile accepted a bad profile');
}

describe('validateProfile', () => {
  it('accepts the built-in profiles', () => {
    const profiles = builtinProfiles();
    expect(profiles.map((p) => p.id)).toEqual(['fr', 'es']);
  });

  it('accepts a profile that uses every field, and returns it', () => {
    const raw = goodProfile();
    expect(validateProfile(raw, 'xx profile')).toBe(raw);
  });

  it('names where and the JSON path, and exposes both', () => {
    let caught: unknown;
    try {
      validateProfile(changed([['calques[1].severity', 'severe']]), 'fr profile');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ProfileError);
    expect((caught as ProfileError).where).toBe('fr profile');
    expect((caught as ProfileError).path).toBe('calques[1].severity');
    expect((caught as ProfileError).message).toBe('fr profile: calques[1].severity must be minor, major or critical (got "severe")');
  });

  it('refuses what is not an object', () => {
    for (const raw of [null, [], 'fr', 3, undefined]) {
      expect(() => validateProfile(raw, 'desk.json')).toThrow(/^desk\.json: the profile must be an object/);
    }
  });

  const cases: [string, string, unknown, string][] = [
    ['missing id', 'id', DELETE, 'id must be a non-empty string (it is missing)'],
    ['id in capitals', 'id', 'FR', 'id must be a lower-case language code such as "fr" (got "FR")'],
    ['numeric name', 'name', 3, 'name must be a non-empty string (got number 3)'],
    ['franc code of two letters', 'franc', 'fr', 'franc must be a three-letter ISO 639-3 code'],
    ['bad locale', 'locale', 'not a locale!', 'locale must be a BCP 47 language tag'],
    ['unknown top-level field', 'calque', [], 'calque is not a known field (known: id, name, franc'],
    ['exonyms not an object', 'exonyms', [], 'exonyms must be an object (got an array)'],
    ['exonym without english', 'exonyms.entries[1].english', [], 'exonyms.entries[1].english must list at least one string'],
    ['exonym english not strings', 'exonyms.entries[0].english', ['Tigris', 7], 'exonyms.entries[0].english[1] must be a non-empty string (got number 7)'],
    ['exonym kind', 'exonyms.entries[0].kind', 'lake', 'exonyms.entries[0].kind must be country, city, river, region, sea, mountain or other (got "lake")'],
    ['exonym context field', 'exonyms.entries[0].context.around', ['x'], 'exonyms.entries[0].context.around is not a known field'],
    ['exonym context after', 'exonyms.entries[0].context.after', 'River', 'exonyms.entries[0].context.after must be an array (got "River")'],
    ['exonym source padded', 'exonyms.entries[0].source', ' Tigre', 'exonyms.entries[0].source must not start or end with white space'],
    ['exonym misspelt optional field', 'exonyms.entries[1].unlesNear', [], 'exonyms.entries[1].unlesNear is not a known field'],
    ['regionNamesFromIcu', 'exonyms.regionNamesFromIcu', 'yes', 'exonyms.regionNamesFromIcu must be true or false (got "yes")'],
    ['exonyms.ignore missing', 'exonyms.ignore', DELETE, 'exonyms.ignore must be an array (it is missing)'],
    ['calques not an array', 'calques', {}, 'calques must be an array (got an object)'],
    ['calque severity', 'calques[0].severity', 'blocker', 'calques[0].severity must be minor, major or critical (got "blocker")'],
    ['calque category', 'calques[0].category', 'style', 'calques[0].category must be accuracy/mistranslation, accuracy/untranslated'],
    ['calque id repeated', 'calques[1].id', 'head-of-diplomacy', 'calques[1].id repeats the id of calques[0] ("head-of-diplomacy")'],
    ['calque pattern does not compile', 'calques[1].pattern', '(the Hexagon', 'calques[1].pattern must be a valid regular expression (Invalid regular expression'],
    ['calque unknown placeholder', 'calques[0].pattern', 'the head of {nationalty} diplomacy', 'calques[0].pattern uses unknown placeholder {nationalty} (known: {nationality}, {day}, {month}, {number})'],
    ['calque pattern invalid only in Unicode mode', 'calques[0].pattern', 'the head\\-of', 'calques[0].pattern must be a valid regular expression (Invalid regular expression: /the head\\-of/u: Invalid escape)'],
    ['calque fix refers to a missing group', 'calques[1].suggestions', ['$2 country'], 'calques[1].suggestions[0] refers to $2, but the pattern has 1 group'],
    ['calque suggestion not a string', 'calques[0].suggestions', [null], 'calques[0].suggestions[0] must be a non-empty string (got null)'],
    ['calque caseSensitive', 'calques[1].caseSensitive', 1, 'calques[1].caseSensitive must be true or false (got number 1)'],
    ['calque examples missing', 'calques[0].examples', DELETE, 'calques[0].examples must be an object (it is missing)'],
    ['calque examples.fire', 'calques[0].examples.fire', [1], 'calques[0].examples.fire[0] must be a non-empty string (got number 1)'],
    ['calque message empty', 'calques[0].message', '', 'calques[0].message must be a non-empty string (got an empty string)'],
    ['untranslated word in capitals', 'untranslated.words', ['selon', 'Ainsi'], 'untranslated.words[1] must be lower case (got "Ainsi")'],
    ['untranslated.allowed', 'untranslated.allowed', 'communiqué', 'untranslated.allowed must be an array'],
    ['lexicon words as an array', 'untranslated.lexicon', { words: ['trocha'], notPlurals: [] }, 'untranslated.lexicon.words must be a string, one word per line'],
    ['lexicon words out of order', 'untranslated.lexicon', { words: 'trocha\nabrazo', notPlurals: [] }, 'untranslated.lexicon.words line 2 must come after line 1'],
    ['lexicon word in capitals', 'untranslated.lexicon', { words: 'abrazo\nTrocha', notPlurals: [] }, 'untranslated.lexicon.words line 2 must be one lower-case word (got "Trocha")'],
    ['lexicon unknown field', 'untranslated.lexicon', { words: 'abrazo', plurals: [] }, 'untranslated.lexicon.plurals is not a known field'],
    ['acronym meaning', 'acronyms[0].meaning', DELETE, 'acronyms[0].meaning must be a non-empty string (it is missing)'],
    ['acronym english empty', 'acronyms[0].english', [], 'acronyms[0].english must list at least one string'],
    ['honorific not an object', 'honorifics[1]', 'Me', 'honorifics[1] must be an object (got "Me")'],
    ['rewrite not a pair', 'transliteration.rewrites[1]', ['ou'], 'transliteration.rewrites[1] must be a pair [source spelling, English spelling] (got 1 item)'],
    ['rewrite empty', 'transliteration.rewrites[0]', ['ch', ''], 'transliteration.rewrites[0][1] must be a non-empty string (got an empty string)'],
    ['rewrite source that does not compile', 'transliteration.rewrites[1]', ['ou(?={C}{V}', 'u'], 'transliteration.rewrites[1][0] must be a valid regular expression (Invalid regular expression: /ou(?=xx/u: Unterminated group)'],
    ['rewrite with an unknown placeholder', 'transliteration.rewrites[1]', ['ou(?={K})', 'u'], 'transliteration.rewrites[1][0] uses unknown placeholder {K} (known: {V}, {C})'],
    ['markers', 'transliteration.markers', [true], 'transliteration.markers[0] must be a non-empty string (got boolean true)'],
    ['decimal separator of two characters', 'numbers.decimalSeparator', ',,', 'numbers.decimalSeparator must be a single character (got ",,")'],
    ['group separator equal to decimal', 'numbers.groupSeparators', [' ', ','], 'numbers.groupSeparators[1] must differ from decimalSeparator (got ",")'],
    ['numbers missing', 'numbers', DELETE, 'numbers must be an object (it is missing)'],
  ];

  it.each(cases)('refuses %s with a precise message', (_name, path, value, expected) => {
    const message = messageFor([path, value]);
    expect(message.startsWith('xx profile: ')).toBe(true);
    expect(message).toContain(expected);
  });

  it('reports the first problem in the order of the profile', () => {
    const message = messageFor(['numbers.decimalSeparator', 1], ['calques[1].severity', 'x']);
    expect(message).toContain('calques[1].severity');
  });

  it('allows placeholders, Unicode property escapes, and references to groups the pattern has', () => {
    const profile = changed([
      ['calques[0].pattern', '(?<=\\p{L} )on ({day}) the (?<n>{number}) of {month}(?= \\p{Lu})'],
      ['calques[0].suggestions', ['on $1, $2', '$& for $$5', '$0']],
      ['transliteration.rewrites', [['ou(?={C}{V})', 'u'], ['^poutine$', 'Putin'], ['\\p{Ll}ch', 'sh']]],
    ]);
    expect(() => validateProfile(profile, 'xx')).not.toThrow();
  });

  it('counts only capturing groups, not lookarounds, non-capturing groups or escaped parentheses', () => {
    const pattern = '(?:a)(?=b)(?<=c)(?<!d)(?!e)\\([(]';
    expect(messageFor(['calques[0].pattern', pattern], ['calques[0].suggestions', ['$1']])).toContain('refers to $1, but the pattern has 0 groups');
  });

  it('stays fast enough to run at every start', () => {
    const raw = changed([['untranslated.words', Array.from({ length: 20000 }, (_, i) => `mot${i}`)]]);
    const t0 = performance.now();
    validateProfile(raw, 'xx');
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
