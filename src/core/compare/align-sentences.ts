import type { AlignedPair } from './model';
import type { Story } from './story';

/** Below this score two sentences are not shown as counterparts. */
const MIN_SENTENCE_SCORE = 0.2;

/**
 * Sentences and paragraphs of two reports that correspond. Two reports of
 * one event order their facts differently, so this is not a monotone
 * alignment: each sentence of A is paired with its best match in B when
 * that match is mutual (B's best match is that sentence of A) and scores at
 * least MIN_SENTENCE_SCORE. Paragraphs pair where their sentences do, by
 * the summed score.
 */
export function alignComparable(a: Story, b: Story, score: (sa: number, sb: number) => number): { sentences: AlignedPair[]; paragraphs: AlignedPair[] } {
  const m = a.sentences.length;
  const n = b.sentences.length;
  const bestForA = new Int32Array(m).fill(-1);
  const bestForB = new Int32Array(n).fill(-1);
  const scoreA = new Float64Array(m);
  const scoreB = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const s = score(i, j);
      if (s > scoreA[i]!) {
        scoreA[i] = s;
        bestForA[i] = j;
      }
      if (s > scoreB[j]!) {
        scoreB[j] = s;
        bestForB[j] = i;
      }
    }
  }
  const sentences: AlignedPair[] = [];
  const byParagraph = new Map<string, number>();
  for (let i = 0; i < m; i++) {
    const j = bestForA[i]!;
    if (j < 0 || bestForB[j] !== i || scoreA[i]! < MIN_SENTENCE_SCORE) continue;
    const sa = a.sentences[i]!;
    const sb = b.sentences[j]!;
    sentences.push({ a: { start: sa.start, end: sa.end }, b: { start: sb.start, end: sb.end }, score: round(scoreA[i]!) });
    const key = `${sa.paragraph}:${sb.paragraph}`;
    byParagraph.set(key, (byParagraph.get(key) ?? 0) + scoreA[i]!);
  }
  const paragraphs: AlignedPair[] = [];
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  for (const [key, total] of [...byParagraph].sort((x, y) => y[1] - x[1])) {
    const [pa, pb] = key.split(':').map(Number) as [number, number];
    if (takenA.has(pa) || takenB.has(pb)) continue;
    takenA.add(pa);
    takenB.add(pb);
    const x = a.article.paragraphs[pa]!;
    const y = b.article.paragraphs[pb]!;
    paragraphs.push({ a: { start: x.start, end: x.end }, b: { start: y.start, end: y.end }, score: round(Math.min(1, total)) });
  }
  paragraphs.sort((x, y) => x.a.start - y.a.start);
  return { sentences, paragraphs };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
