// Speed benchmark for the engine and the CLI (issue 2). Figures go in the README.
// Run: npm run bench   (builds the CLI bundle first). Not a test: timings vary by machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, createAnalyzer } from '../src/core/analyze';
import { loadCorpus } from './measure';

const root = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');

/** Stories to time: the bundled samples and every corpus story, markup removed. */
function corpus(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const f of readdirSync(join(root, 'samples'))) out.push({ name: `samples/${f}`, text: readFileSync(join(root, 'samples', f), 'utf8') });
  for (const story of loadCorpus(join(root, 'tests', 'corpus'), ['dev', 'holdout'])) out.push({ name: story.file, text: story.text });
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeIt(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const words = (t: string) => (t.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
const mb = (t: string) => new TextEncoder().encode(t).length / 1e6;
const fmt = (n: number, d = 2) => n.toFixed(d);

const lines: string[] = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};

// 1. Cold: building the analyzer compiles all rule data once.
const tCold = performance.now();
createAnalyzer();
const coldMs = performance.now() - tCold;

// 2. Per article, warm.
const stories = corpus();
for (const s of stories) for (let i = 0; i < 20; i++) analyze(s.text); // warm up the JIT
const perArticle = stories.map((s) => ({ ...s, words: words(s.text), ms: timeIt(() => analyze(s.text), quick ? 20 : 100) }));
const around600 = perArticle.filter((s) => s.words >= 450 && s.words <= 750);
const totalWords = perArticle.reduce((a, s) => a + s.words, 0);
const totalMs = perArticle.reduce((a, s) => a + s.ms, 0);

say(`## Engine (node ${process.version}, ${new Date().toISOString().slice(0, 10)})`);
say();
say('| measure | result |');
say('| --- | --- |');
say(`| stories timed | ${perArticle.length} (${totalWords} words) |`);
say(`| analyzer set-up (cold, once) | ${fmt(coldMs, 1)} ms |`);
say(`| median time per story, warm | ${fmt(median(perArticle.map((s) => s.ms)), 3)} ms |`);
say(`| 450-750-word stories, median (n=${around600.length}) | ${around600.length ? fmt(median(around600.map((s) => s.ms)), 3) : 'n/a'} ms |`);
say(`| slowest story | ${fmt(Math.max(...perArticle.map((s) => s.ms)), 3)} ms |`);
say(`| words per ms (corpus) | ${fmt(totalWords / totalMs, 0)} |`);

// 3. Throughput and linearity on large inputs made of corpus stories.
const joined = stories.map((s) => s.text).join('\n\n');
const sizes = quick ? [1, 5] : [1, 5, 20];
say();
say('| input | time | MB/s |');
say('| --- | --- | --- |');
for (const size of sizes) {
  let big = '';
  while (mb(big) < size) big += joined + '\n\n';
  const actual = mb(big);
  analyze(big.slice(0, 200_000));
  const ms = timeIt(() => analyze(big), size >= 20 ? 2 : 3);
  say(`| ${fmt(actual, 1)} MB | ${fmt(ms, 0)} ms | ${fmt(actual / (ms / 1000), 1)} |`);
}

// 4. CLI start-up: a fresh process each time, as a desk script would run it.
const cli = join(root, 'dist', 'cli', 'copydesk.mjs');
const sample = join(root, 'samples', readdirSync(join(root, 'samples'))[0]!);
const startRuns = quick ? 5 : 15;
const versionMs: number[] = [];
const checkMs: number[] = [];
for (let i = 0; i < startRuns; i++) {
  let t0 = performance.now();
  spawnSync(process.execPath, [cli, '--version']);
  versionMs.push(performance.now() - t0);
  t0 = performance.now();
  spawnSync(process.execPath, [cli, 'check', '--format', 'json', sample]);
  checkMs.push(performance.now() - t0);
}
const nodeMs = median(Array.from({ length: startRuns }, () => {
  const t0 = performance.now();
  execFileSync(process.execPath, ['-e', '0']);
  return performance.now() - t0;
}));
say();
say('| CLI (fresh process) | median |');
say('| --- | --- |');
say(`| bare \`node -e 0\` on this machine | ${fmt(nodeMs, 0)} ms |`);
say(`| \`copydesk --version\` | ${fmt(median(versionMs), 0)} ms |`);
say(`| \`copydesk check\` one 560-word story, to result | ${fmt(median(checkMs), 0)} ms |`);

const out = join(mkdtempSync(join(tmpdir(), 'copydesk-bench-')), 'bench.md');
writeFileSync(out, lines.join('\n') + '\n');
console.log(`\n(written to ${out})`);
