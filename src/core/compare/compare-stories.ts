import { createNameNormalizer } from '../names/normalize';
import { createRespeller } from '../names/respell';
import { builtinProfiles } from '../profiles/builtin';
import type { Profile } from '../profiles/profile';
import { alignComparable } from './align-sentences';
import { compareFigures, type FigureComparison } from './figure-discrepancies';
import { languageData } from './language-data';
import type { Comparison, Discrepancy } from './model';
import { compareNames } from './name-discrepancies';
import { surname, type NameOccurrence } from './name-occurrences';
import { onlyIn } from './only-facts';
import { cosine, storyVectors } from './similarity';
import { readStory, type Story } from './story';

/**
 * Two stories are taken to report one event when they score at least this
 * as wholes and share at least MIN_SHARED_NAMES names (people, groups,
 * places). Tuned on the seed pair (0.15, ten shared names) against pairs of
 * different stories from the dev corpus.
 */
export const MIN_STORY_SIMILARITY = 0.1;
export const MIN_SHARED_NAMES = 4;

function sharedNames(matched: ReadonlySet<NameOccurrence>): number {
  return new Set([...matched].filter((o) => !o.weak).map((o) => surname(o).key)).size;
}

const NO_FIGURES: FigureComparison = { discrepancies: [], pairedA: new Set(), pairedB: new Set() };

export interface StoryComparer {
  /** Two English reports of one event (an MT story and a native one, say). */
  compare(a: string, b: string): Comparison;
}

/** The sentence of each name occurrence, looked up once: names are compared pair by pair. */
function sentenceIndexer(story: Story): (o: NameOccurrence) => number {
  const index = new Map<NameOccurrence, number>();
  for (const s of story.sentences) for (const o of s.names) index.set(o, s.index);
  return (o) => index.get(o) ?? -1;
}

/** A score per pair of sentences, computed on first use and kept. */
function memo(m: number, n: number, score: (i: number, j: number) => number): (i: number, j: number) => number {
  const table = new Float64Array(m * n).fill(-1);
  return (i, j) => {
    if (i < 0 || j < 0) return 0;
    const k = i * n + j;
    let v = table[k]!;
    if (v < 0) table[k] = v = score(i, j);
    return v;
  };
}

export function byPosition(x: Discrepancy, y: Discrepancy): number {
  return x.a.start - y.a.start || x.a.end - y.a.end || (x.b?.start ?? 0) - (y.b?.start ?? 0);
}

/**
 * Builds a comparer: the name machinery (names/) is compiled once here for
 * the profiles' known spellings, so compare() only reads the two texts.
 */
export function createStoryComparer(profiles: readonly Profile[] = builtinProfiles()): StoryComparer {
  const normalizer = createNameNormalizer(profiles);
  const respeller = createRespeller(profiles);
  const english = languageData('en');
  return {
    compare(textA, textB) {
      const a = readStory(textA, english, normalizer, respeller);
      const b = readStory(textB, english, normalizer, respeller);
      const v = storyVectors(a, b);
      const context = memo(a.sentences.length, b.sentences.length, (i, j) => cosine(v.contextA[i]!, v.contextB[j]!));
      const alignment = alignComparable(a, b, (i, j) => cosine(v.sentenceA[i]!, v.sentenceB[j]!));
      // Figures and dates are only set against each other in reports of one event:
      // two stories about different attacks have different tolls, and that is no discrepancy.
      const namesA = a.sentences.flatMap((s) => s.names);
      const namesB = b.sentences.flatMap((s) => s.names);
      const names = compareNames(
        { text: textA, names: namesA, sentenceOf: sentenceIndexer(a) },
        { text: textB, names: namesB, sentenceOf: sentenceIndexer(b) },
        context,
      );
      const related = cosine(v.storyA, v.storyB) >= MIN_STORY_SIMILARITY && sharedNames(names.matchedA) >= MIN_SHARED_NAMES;
      const figures = related ? compareFigures(a, b, context) : NO_FIGURES;
      return {
        mode: 'comparable',
        discrepancies: [...names.discrepancies, ...figures.discrepancies].sort(byPosition),
        onlyA: onlyIn(a, b, { own: namesA, matched: names.matchedA }, figures.pairedA),
        onlyB: onlyIn(b, a, { own: namesB, matched: names.matchedB }, figures.pairedB),
        sentences: alignment.sentences,
        paragraphs: alignment.paragraphs,
      };
    },
  };
}

let shared: StoryComparer | undefined;

/** Compares two English reports of one event with the built-in profiles. */
export function compareStories(a: string, b: string): Comparison {
  shared ??= createStoryComparer();
  return shared.compare(a, b);
}
