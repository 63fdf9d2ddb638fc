import { ENGLISH } from '../lexicon/lexicon';
import data from './name-words.json';
import { compileRewrites, type RewriteSet } from './rewrite';
import { createSimilarity, type Similarity } from './similar';
import { wordTable, type WordTable } from './word-table';

/** Classes of words for the name extractor, as bit flags of one WordTable. */
export const WordClass = {
  /** Function words, days and months: never in a name. */
  stop: 1,
  /** Titles and offices before a name ("Prime", "Minister", "Sheikh"). */
  title: 2,
  /** Common words inside the names of bodies and places ("Hospital", "Islamic"). */
  generic: 4,
  /** Nationality and group words ("Iraqi", "Shia"). */
  demonym: 8,
  /** Lower-case particles that may open a name ("bin Laden"). */
  leadingParticle: 16,
  /** Lower-case particles between two name words ("de", "bin", "al"). */
  innerParticle: 32,
  /** Arabic articles glued to a name by a hyphen ("al", "el", "ash"). */
  article: 64,
  /** English prefixes before a hyphen ("pro", "anti"). */
  englishPrefix: 128,
} as const;

/** The word classes of name-words.json and the English lexicon. */
export interface NameWords {
  readonly table: WordTable;
  /** Matches an Arabic article glued to a name ("al-", "El-", "ash-") at the start of a word, any case. */
  readonly articlePrefix: RegExp;
  readonly keyRewrites: RewriteSet;
  /** The soft edits between two keys of one name (similar.ts). */
  readonly similarity: Similarity;
  /** Pairs of names English keeps apart, as "a|b" in both orders, lower case without diacritics. */
  readonly distinct: ReadonlySet<string>;
  /**
   * A cheap first test for lower-case particles, before any table lookup:
   * for each ASCII first letter, bit n set when a particle of n letters starts with it.
   */
  readonly particleShapes: Uint8Array;
}

function shapesOf(words: readonly string[]): Uint8Array {
  const shapes = new Uint8Array(128);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 128 && w.length < 8) shapes[c]! |= 1 << w.length;
  }
  return shapes;
}

let words: NameWords | undefined;

/** Built once, on first use. */
export function nameWords(): NameWords {
  if (words) return words;
  const demonymNouns: readonly string[] = (ENGLISH as { demonymNouns?: readonly string[] }).demonymNouns ?? [];
  words = {
    table: wordTable([
      [[...data.functionWords, ...ENGLISH.days, ...ENGLISH.months], WordClass.stop],
      [data.titles, WordClass.title],
      [data.genericWords, WordClass.generic],
      [[...ENGLISH.demonyms, ...demonymNouns], WordClass.demonym],
      [data.leadingParticles, WordClass.leadingParticle],
      [data.innerParticles, WordClass.innerParticle],
      [data.articlePrefixes, WordClass.article],
      [data.englishPrefixes, WordClass.englishPrefix],
    ]),
    articlePrefix: new RegExp(`^(?:${data.articlePrefixes.join('|')})[-‐](?=\\p{L})`, 'iu'),
    keyRewrites: compileRewrites(data.keyRewrites as [string, string][], 'name-words.json keyRewrites'),
    similarity: createSimilarity({ pairs: data.softPairs, indels: data.softIndels }),
    distinct: new Set(data.distinctNames.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`])),
    particleShapes: shapesOf([...data.leadingParticles, ...data.innerParticles]),
  };
  return words;
}
