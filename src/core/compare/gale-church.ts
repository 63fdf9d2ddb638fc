/**
 * Sentence alignment of a text and its translation by length, after Gale &
 * Church, "A Program for Aligning Sentences in Bilingual Corpora" (1993):
 * a dynamic programme over beads of 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2
 * sentences, each costed by how far the translation's length strays from
 * the source's (a normal model of the length ratio) plus the bead's prior.
 * The caller adds its own cost per bead: here, anchors (numbers and names
 * both sides share) pull beads together.
 */

export interface Bead {
  /** Sentence indexes [aStart, aEnd) of the source and [bStart, bEnd) of the translation. */
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
}

/**
 * Priors of the bead shapes. Gale & Church measured 1-1 .89, 1-0 and 0-1
 * .0099 together, 2-1 and 1-2 .089 together, 2-2 .011 on human translation.
 * Machine translation works sentence by sentence, so it merges and splits
 * far less: 2-1 and 1-2 are left for the sentence splitter's disagreements
 * between the languages, and made as rare as an omission, so that a dropped
 * sentence is not hidden in its neighbour's bead.
 */
const SHAPES: readonly { a: number; b: number; cost: number }[] = [
  { a: 1, b: 1, cost: -Math.log(0.95) },
  { a: 1, b: 0, cost: -Math.log(0.0099 / 2) },
  { a: 0, b: 1, cost: -Math.log(0.0099 / 2) },
  { a: 2, b: 1, cost: -Math.log(0.02 / 2) },
  { a: 1, b: 2, cost: -Math.log(0.02 / 2) },
  { a: 2, b: 2, cost: -Math.log(0.005) },
];

/** Variance of the length ratio per source character (Gale & Church's s² = 6.8). */
const VARIANCE = 6.8;

/** Two-sided tail of the standard normal, 2(1 - Φ(|z|)), by Abramowitz & Stegun 7.1.26. */
function twoSidedTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-x * x);
}

/** Cost of l1 source characters against l2 translation characters, `ratio` being the expected l2 / l1. */
export function lengthCost(l1: number, l2: number, ratio: number): number {
  if (l1 === 0 && l2 === 0) return 0;
  const mean = (l1 + l2 / ratio) / 2;
  const z = (l2 - l1 * ratio) / Math.sqrt(VARIANCE * Math.max(mean, 1));
  return -Math.log(Math.max(twoSidedTail(z), 1e-300));
}

/**
 * The cheapest sequence of beads over both sentence lists. `extra` costs a
 * bead beyond its length and shape (negative for a bead the caller likes).
 */
export function alignByLength(
  lengthsA: readonly number[],
  lengthsB: readonly number[],
  extra: (aStart: number, aEnd: number, bStart: number, bEnd: number) => number,
): Bead[] {
  const m = lengthsA.length;
  const n = lengthsB.length;
  const totalA = lengthsA.reduce((s, x) => s + x, 0);
  const totalB = lengthsB.reduce((s, x) => s + x, 0);
  const ratio = totalA > 0 && totalB > 0 ? totalB / totalA : 1;
  const width = n + 1;
  const cost = new Float64Array((m + 1) * width).fill(Infinity);
  const back = new Int8Array((m + 1) * width).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      const here = cost[i * width + j]!;
      if (here === Infinity) continue;
      SHAPES.forEach((shape, k) => {
        const i2 = i + shape.a;
        const j2 = j + shape.b;
        if (i2 > m || j2 > n) return;
        let l1 = 0;
        let l2 = 0;
        for (let x = i; x < i2; x++) l1 += lengthsA[x]!;
        for (let y = j; y < j2; y++) l2 += lengthsB[y]!;
        // A sentence left out or added has no length to compare: only the prior counts. (Gale & Church
        // cost it as a match against nothing, which makes an omission dearer than merging it into a
        // neighbour's bead, and omissions are what this alignment is for.)
        const length = shape.a === 0 || shape.b === 0 ? 0 : lengthCost(l1, l2, ratio);
        const c = here + shape.cost + length + extra(i, i2, j, j2);
        if (c < cost[i2 * width + j2]!) {
          cost[i2 * width + j2] = c;
          back[i2 * width + j2] = k;
        }
      });
    }
  }
  const beads: Bead[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const shape = SHAPES[back[i * width + j]!]!;
    beads.push({ aStart: i - shape.a, aEnd: i, bStart: j - shape.b, bEnd: j });
    i -= shape.a;
    j -= shape.b;
  }
  return beads.reverse();
}
