// Where the engine's time goes: module load, each rule factory's set-up, and,
// warm, parsing and every rule family on its own, per corpus story and on a
// large input. A tool for whoever speeds up a family; scripts/bench.ts gives
// the headline figures.
//
//   npx tsx scripts/profile-rules.ts [--quick] [--mb 5]
//
// Only the dev stories of the corpus are used: the holdout set is kept unseen.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, mb: { type: 'string', default: '5' } } });
const quick = values.quick ?? false;
const bigMb = Number(values.mb ?? '5');

const fmt = (n: number, d = 3) => n.toFixed(d);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

// 1. Module load: imported here, not at the top, so the cost can be seen (tsx compiles on
// the fly, so this is an upper bound; the bundled CLI loads faster).
let t0 = performance.now();
const { parseArticle } = await import('../src/core/article/article');
const { builtinProfiles } = await import('../src/core/profiles/builtin');
const { RULE_FACTORIES } = await import('../src/core/rules/index');
const { detectLanguage } = await import('../src/core/language');
const { mergeFindings } = await import('../src/core/merge-findings');
const { namesOf } = await import('../src/core/names/extract-names');
const { loadCorpus } = await import('./measure');
const importMs = performance.now() - t0;

// 2. Set-up, cold: the first call of each factory (later calls may find caches warm).
t0 = performance.now();
const profiles = builtinProfiles();
const profilesMs = performance.now() - t0;
const setup: { family: string; ms: number }[] = [];
const rules = RULE_FACTORIES.map((make) => {
  const t = performance.now();
  const rule = make(profiles);
  setup.push({ family: rule.family, ms: performance.now() - t });
  return rule;
});
const francCodes = profiles.map((p) => p.franc);

console.log(`## Set-up (node ${process.version})\n`);
console.log(`module load (tsx): ${fmt(importMs, 1)} ms; built-in profiles (validation): ${fmt(profilesMs, 1)} ms\n`);
console.log('| factory | first call (ms) |\n| --- | ---: |');
for (const s of setup) console.log(`| ${s.family} | ${fmt(s.ms, 1)} |`);
console.log(`| **all** | **${fmt(sum(setup.map((s) => s.ms)), 1)}** |`);
console.log('\n(Some families build their data on their first run instead: see the first-run column below.)');

type State = { article?: ReturnType<typeof parseArticle> };
type Step = { name: string; run: (text: string, state: State) => void };

/**
 * Each step of one analysis, timed on its own. The article computes its
 * words, sentences and vocabulary lazily and the names module keeps its
 * mentions per article: these shared steps come first, so that each rule is
 * charged only with its own work.
 */
const steps: Step[] = [
  { name: 'parse', run: (text, s) => void (s.article = parseArticle(text)) },
  { name: 'words', run: (_t, s) => void s.article!.words() },
  { name: 'sentences', run: (_t, s) => s.article!.paragraphs.forEach((p) => s.article!.sentencesOf(p)) },
  { name: 'vocabulary', run: (_t, s) => void s.article!.vocabulary() },
  { name: 'names', run: (_t, s) => void namesOf(s.article!) },
  ...rules.map(
    (rule): Step => ({
      name: rule.family,
      run: (_t, s) => rule.run({ article: s.article!, profiles, emit: () => {} }),
    }),
  ),
  { name: 'language', run: (text) => void detectLanguage(text, francCodes) },
  { name: 'merge', run: () => void mergeFindings([]) },
];

function timeSteps(text: string): Map<string, number> {
  const state: State = {};
  const out = new Map<string, number>();
  for (const step of steps) {
    const t = performance.now();
    step.run(text, state);
    out.set(step.name, performance.now() - t);
  }
  return out;
}

/** Median time of each step over `runs` analyses of a fresh article. */
function profileText(text: string, runs: number): Map<string, number> {
  const times = new Map<string, number[]>(steps.map((s) => [s.name, []]));
  for (let r = 0; r < runs; r++) for (const [name, ms] of timeSteps(text)) times.get(name)!.push(ms);
  return new Map([...times].map(([k, v]) => [k, median(v)]));
}

// 3. Per story: the bundled samples and the dev stories.
const stories: { name: string; text: string; words: number }[] = [];
for (const f of readdirSync(join(root, 'samples'))) {
  const text = readFileSync(join(root, 'samples', f), 'utf8');
  stories.push({ name: `samples/${f}`, text, words: parseArticle(text).words().length });
}
for (const s of loadCorpus(join(root, 'tests', 'corpus'), ['dev'])) stories.push({ name: s.file, text: s.text, words: s.words });

// The very first analysis, cold: what a fresh CLI process pays on top of the factories.
const firstRun = timeSteps(stories[0]!.text);

const runs = quick ? 15 : 60;
for (const s of stories) profileText(s.text, 10); // JIT warm-up
const perStory = stories.map((s) => ({ ...s, steps: profileText(s.text, runs) }));
const totalWords = sum(perStory.map((s) => s.words));
const scale = 600 / (totalWords / perStory.length);

console.log(`\n## Per story (${perStory.length} stories, ${totalWords} words; warm: median of ${runs} runs each)\n`);
console.log('| step | first run, cold (ms) | warm, mean per story (ms) | warm, per 600 words (ms) | share |\n| --- | ---: | ---: | ---: | ---: |');
const means = steps.map((step) => ({ name: step.name, ms: sum(perStory.map((s) => s.steps.get(step.name)!)) / perStory.length }));
const storyTotal = sum(means.map((m) => m.ms));
for (const m of means) {
  console.log(`| ${m.name} | ${fmt(firstRun.get(m.name)!, 1)} | ${fmt(m.ms)} | ${fmt(m.ms * scale)} | ${fmt((100 * m.ms) / storyTotal, 1)}% |`);
}
console.log(`| **total** | **${fmt(sum([...firstRun.values()]), 1)}** | **${fmt(storyTotal)}** | **${fmt(storyTotal * scale)}** | |`);

const slowest = [...perStory].sort((a, b) => sum([...b.steps.values()]) - sum([...a.steps.values()])).slice(0, 3);
console.log(`\nslowest stories: ${slowest.map((s) => `${s.name} (${s.words} words, ${fmt(sum([...s.steps.values()]))} ms)`).join('; ')}`);

// 4. A large input made of the same stories, after a warm-up on a slice.
const joined = stories.map((s) => s.text).join('\n\n');
let big = '';
const bytes = (t: string) => new TextEncoder().encode(t).length;
while (bytes(big) < bigMb * 1e6) big += `${joined}\n\n`;
const bigBytes = bytes(big);
profileText(big.slice(0, 200_000), 2);
const bigRuns = quick ? 1 : 3;
const bigSteps = profileText(big, bigRuns);
const bigTotal = sum([...bigSteps.values()]);
console.log(`\n## ${fmt(bigBytes / 1e6, 1)} MB input (median of ${bigRuns} run${bigRuns === 1 ? '' : 's'})\n`);
console.log('| step | ms | share |\n| --- | ---: | ---: |');
for (const [name, ms] of bigSteps) console.log(`| ${name} | ${fmt(ms, 1)} | ${fmt((100 * ms) / bigTotal, 1)}% |`);
console.log(`| **total** | **${fmt(bigTotal, 0)}** (${fmt(bigBytes / 1e6 / (bigTotal / 1000), 2)} MB/s) | |`);
