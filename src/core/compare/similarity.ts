import { surname } from './name-occurrences';
import type { Sentence, Story } from './story';

/**
 * Sparse weighted features of a sentence (and its neighbours), as feature
 * numbers in increasing order with their weights: cosines are taken between
 * every sentence of one story and every sentence of the other, so a merge of
 * two sorted arrays beats hashing strings.
 */
export interface Vector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly norm: number;
}

function vectorOf(entries: Map<number, number>): Vector {
  const ids = Int32Array.from(entries.keys()).sort();
  const weights = new Float64Array(ids.length);
  let norm = 0;
  ids.forEach((id, k) => {
    const w = entries.get(id)!;
    weights[k] = w;
    norm += w * w;
  });
  return { ids, weights, norm: Math.sqrt(norm) };
}

/** Weight of a neighbouring sentence's features in a sentence's context: reports order facts differently, but keep them near. */
const NEIGHBOUR_WEIGHT = 0.5;

/** Content stems, name keys, figures and dates of one sentence, as feature strings. */
function featuresOf(story: Story, s: Sentence): Set<string> {
  const out = new Set<string>();
  for (let i = s.firstWord; i < s.endWord; i++) {
    const stem = story.stems[i];
    if (stem) out.add(stem);
  }
  // Names by key, so that "al-Soudani" and "al-Sudani" count as shared.
  for (const n of s.names) out.add(`n:${surname(n).key}`);
  for (const n of s.numbers) out.add(`#${n.kind}:${n.value}`);
  for (const d of s.dates) if (d.day !== undefined) out.add(`d:${d.month}-${d.day}`);
  return out;
}

export interface StoryVectors {
  /** Each sentence with half the weight of its neighbours: for judging whether two facts sit in passages about one thing. */
  readonly contextA: readonly Vector[];
  readonly contextB: readonly Vector[];
  /** Each sentence on its own: for pairing sentences. */
  readonly sentenceA: readonly Vector[];
  readonly sentenceB: readonly Vector[];
  /** Whole stories: how far they are about one event at all. */
  readonly storyA: Vector;
  readonly storyB: Vector;
}

/**
 * Feature vectors of both stories, weighted by inverse document frequency
 * over the sentences of both: a word every sentence has says little; a
 * name or a figure both stories give once says much.
 */
export function storyVectors(a: Story, b: Story): StoryVectors {
  const numbers = new Map<string, number>();
  const intern = (set: Set<string>) => {
    const out: number[] = [];
    for (const f of set) {
      let id = numbers.get(f);
      if (id === undefined) numbers.set(f, (id = numbers.size));
      out.push(id);
    }
    return out;
  };
  const fa = a.sentences.map((s) => intern(featuresOf(a, s)));
  const fb = b.sentences.map((s) => intern(featuresOf(b, s)));
  const df = new Float64Array(numbers.size);
  for (const list of [...fa, ...fb]) for (const id of list) df[id]!++;
  const n = fa.length + fb.length;
  const idf = Float64Array.from(df, (d) => Math.log(1 + n / Math.max(d, 1)));
  const own = (features: number[][]) => features.map((list) => vectorOf(new Map(list.map((id) => [id, idf[id]!]))));
  const context = (features: number[][]) =>
    features.map((list, i) => {
      const v = new Map<number, number>();
      for (const j of [i - 1, i + 1]) {
        const near = features[j];
        if (near) for (const id of near) v.set(id, NEIGHBOUR_WEIGHT * idf[id]!);
      }
      for (const id of list) v.set(id, idf[id]!);
      return vectorOf(v);
    });
  const whole = (features: number[][]) => {
    const v = new Map<number, number>();
    for (const list of features) for (const id of list) v.set(id, idf[id]!);
    return vectorOf(v);
  };
  return { contextA: context(fa), contextB: context(fb), sentenceA: own(fa), sentenceB: own(fb), storyA: whole(fa), storyB: whole(fb) };
}

export function cosine(x: Vector, y: Vector): number {
  if (x.norm === 0 || y.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  const xi = x.ids;
  const yi = y.ids;
  while (i < xi.length && j < yi.length) {
    const d = xi[i]! - yi[j]!;
    if (d === 0) dot += x.weights[i++]! * y.weights[j++]!;
    else if (d < 0) i++;
    else j++;
  }
  return dot / (x.norm * y.norm);
}
