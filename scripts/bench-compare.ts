// Speed of the compare engine (issue 4: a pair of 1000-word stories in under
// 20 ms once warm). Run with `npx tsx scripts/bench-compare.ts`. The stories
// are the seed pair, each repeated to about 1000 words (and the French
// fixture against its translation for source mode), so the figure is for copy
// of the real shape rather than for random words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareStories } from '../src/core/compare/compare-stories';
import { compareWithSource } from '../src/core/compare/compare-with-source';
import { countWords } from '../src/core/article/words';

const root = join(fileURLToPath(import.meta.url), '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The text repeated, paragraph by paragraph, until it has at least `words` words. */
function grow(text: string, words: number): string {
  let out = text;
  while (countWords(out) < words) out += `\n\n${text}`;
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(label: string, run: () => unknown, words: [number, number]): void {
  for (let i = 0; i < 20; i++) run(); // warm up: JIT, caches of the name machinery
  const runs: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    run();
    runs.push(performance.now() - t0);
  }
  console.log(`${label}: ${words[0]} + ${words[1]} words, median ${median(runs).toFixed(2)} ms, slowest ${Math.max(...runs).toFixed(2)} ms (50 runs, warm)`);
}

const a = grow(read('samples/afp-baghdad-embassy-mt.txt'), 1000);
const b = grow(read('samples/native-baghdad-embassy.txt'), 1000);
time('compare (two reports)', () => compareStories(a, b), [countWords(a), countWords(b)]);

const fr = grow(read('tests/fixtures/compare/niger-convoy.fr.txt'), 1000);
const en = grow(read('tests/fixtures/compare/niger-convoy.en.txt'), 1000);
time('compare (original and translation)', () => compareWithSource(fr, en, 'fr'), [countWords(fr), countWords(en)]);
