// Measures the engine on the annotated corpus under tests/corpus: recall on
// MT stories per garble kind, and false flags (on MT and, above all, on native
// English copy, where every finding is a false flag).
//
//   npx tsx scripts/measure.ts [--set dev|holdout|all] [--json]
//
// The parsing and scoring functions are pure and exported so that
// tests/scripts/measure.test.ts can check them without touching the engine.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { countWords } from '../src/core/article/words';

export const GARBLE_KINDS = [
  'exonym',
  'name-variant',
  'transliteration',
  'sentence-boundary',
  'punctuation',
  'number-format',
  'capitalization',
  'untranslated',
  'acronym',
  'honorific',
  'calque',
  'repeated-word',
] as const;

export type GarbleKind = (typeof GARBLE_KINDS)[number];

export type CorpusSet = 'dev' | 'holdout';
export type StoryType = 'mt' | 'native';

/** One annotated garble: a range into the stripped (plain) text. */
export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: GarbleKind;
  readonly text: string;
}

export interface ParsedStory {
  /** The story as the engine sees it: markup removed, everything else byte for byte. */
  readonly text: string;
  readonly gold: readonly GoldSpan[];
}

/** The part of an engine finding the scorer needs. */
export interface ScoredFinding {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

export interface Story extends ParsedStory {
  /** Path relative to the corpus root, e.g. "dev/mt/01-beirut-strike.txt". */
  readonly file: string;
  readonly set: CorpusSet;
  readonly type: StoryType;
  readonly words: number;
}

export interface MissedGarble {
  readonly file: string;
  readonly kind: GarbleKind;
  readonly text: string;
}

export interface FalseFlag {
  readonly file: string;
  readonly type: StoryType;
  readonly rule: string;
  readonly text: string;
  readonly start: number;
}

export interface KindRecall {
  readonly kind: GarbleKind;
  readonly gold: number;
  readonly caught: number;
  /** caught / gold, or null when there is nothing of this kind. */
  readonly recall: number | null;
}

export interface StoryScore {
  readonly file: string;
  readonly type: StoryType;
  readonly words: number;
  readonly findings: number;
  readonly caught: readonly GoldSpan[];
  readonly missed: readonly GoldSpan[];
  readonly falseFlags: readonly FalseFlag[];
}

export interface Report {
  readonly stories: { readonly mt: number; readonly native: number };
  readonly words: { readonly mt: number; readonly native: number };
  readonly recall: { readonly gold: number; readonly caught: number; readonly recall: number | null };
  readonly perKind: readonly KindRecall[];
  readonly missed: readonly MissedGarble[];
  /** Findings on MT stories that overlap a gold span, over all findings on MT stories. */
  readonly mtPrecision: number | null;
  readonly mtFalseFlags: readonly FalseFlag[];
  readonly nativeFalseFlags: readonly FalseFlag[];
  /** False flags per 1000 words of native copy; the target is <= 1. */
  readonly nativeFalseFlagsPer1000: number | null;
  /** Rule id -> false flags on native copy, most first. */
  readonly nativeFalseFlagsByRule: readonly { readonly rule: string; readonly count: number }[];
  readonly errors: readonly { readonly file: string; readonly message: string }[];
}

const KIND_SET: ReadonlySet<string> = new Set(GARBLE_KINDS);

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (source[i] === '\n') line++;
  return line;
}

/**
 * Strips `[[garbled text|kind]]` markup and returns the plain text with the
 * gold spans as offsets into it. Malformed markup throws rather than being
 * passed through, because a stray "[[" left in the text would itself look like
 * a garble to the engine and silently skew the numbers.
 */
export function parseAnnotated(source: string, file = '<inline>'): ParsedStory {
  const gold: GoldSpan[] = [];
  let text = '';
  let from = 0;
  for (;;) {
    const open = source.indexOf('[[', from);
    if (open < 0) {
      const tail = source.slice(from);
      if (tail.includes(']]')) {
        throw new Error(`${file}:${lineOf(source, from + tail.indexOf(']]'))}: "]]" without "[["`);
      }
      text += tail;
      break;
    }
    const before = source.slice(from, open);
    if (before.includes(']]')) {
      throw new Error(`${file}:${lineOf(source, from + before.indexOf(']]'))}: "]]" without "[["`);
    }
    text += before;
    const close = source.indexOf(']]', open + 2);
    if (close < 0) throw new Error(`${file}:${lineOf(source, open)}: "[[" never closed`);
    const inner = source.slice(open + 2, close);
    if (inner.includes('[[')) throw new Error(`${file}:${lineOf(source, open)}: nested "[["`);
    const bar = inner.lastIndexOf('|');
    if (bar < 0) throw new Error(`${file}:${lineOf(source, open)}: markup without "|kind"`);
    const garbled = inner.slice(0, bar);
    const kind = inner.slice(bar + 1);
    if (!KIND_SET.has(kind)) throw new Error(`${file}:${lineOf(source, open)}: unknown kind "${kind}"`);
    if (garbled.length === 0) throw new Error(`${file}:${lineOf(source, open)}: empty garble`);
    const start = text.length;
    text += garbled;
    gold.push({ start, end: text.length, kind: kind as GarbleKind, text: garbled });
    from = close + 2;
  }
  return { text, gold };
}

/**
 * Whether a finding touches a gold span. An empty finding (a caret, e.g.
 * "a closing quote belongs here") counts when it sits inside or at either edge
 * of the span.
 */
export function findingOverlaps(finding: ScoredFinding, gold: { start: number; end: number }): boolean {
  if (finding.start === finding.end) return gold.start <= finding.start && finding.start <= gold.end;
  return finding.start < gold.end && gold.start < finding.end;
}

function excerpt(text: string, start: number, end: number): string {
  const raw = start === end ? `^${text.slice(Math.max(0, start - 12), start + 12)}` : text.slice(start, end);
  return raw.replace(/\r?\n/g, '⏎');
}

/**
 * Scores one story. A gold span is caught when any finding overlaps it; one
 * finding may catch several gold spans. On native copy every finding is false;
 * on MT copy a finding is false when it overlaps no gold span.
 */
export function scoreStory(story: Story, findings: readonly ScoredFinding[]): StoryScore {
  const caught: GoldSpan[] = [];
  const missed: GoldSpan[] = [];
  for (const g of story.gold) {
    if (findings.some((f) => findingOverlaps(f, g))) caught.push(g);
    else missed.push(g);
  }
  const falseFlags: FalseFlag[] = [];
  for (const f of findings) {
    const hit = story.type === 'mt' && story.gold.some((g) => findingOverlaps(f, g));
    if (!hit) {
      falseFlags.push({
        file: story.file,
        type: story.type,
        rule: f.rule,
        text: excerpt(story.text, f.start, f.end),
        start: f.start,
      });
    }
  }
  return { file: story.file, type: story.type, words: story.words, findings: findings.length, caught, missed, falseFlags };
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

/** Folds story scores into one report. Pure; an empty list gives an all-null report. */
export function summarize(
  scores: readonly StoryScore[],
  errors: readonly { file: string; message: string }[] = [],
): Report {
  const mt = scores.filter((s) => s.type === 'mt');
  const native = scores.filter((s) => s.type === 'native');
  const caught = mt.flatMap((s) => s.caught);
  const missedSpans = mt.flatMap((s) => s.missed.map((g) => ({ file: s.file, g })));
  const gold = caught.length + missedSpans.length;
  const perKind = GARBLE_KINDS.map((kind): KindRecall => {
    const c = caught.filter((g) => g.kind === kind).length;
    const m = missedSpans.filter((x) => x.g.kind === kind).length;
    return { kind, gold: c + m, caught: c, recall: ratio(c, c + m) };
  });
  const mtFalseFlags = mt.flatMap((s) => s.falseFlags);
  const nativeFalseFlags = native.flatMap((s) => s.falseFlags);
  const mtFindings = mt.reduce((n, s) => n + s.findings, 0);
  const nativeWords = native.reduce((n, s) => n + s.words, 0);
  const byRule = new Map<string, number>();
  for (const f of nativeFalseFlags) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  return {
    stories: { mt: mt.length, native: native.length },
    words: { mt: mt.reduce((n, s) => n + s.words, 0), native: nativeWords },
    recall: { gold, caught: caught.length, recall: ratio(caught.length, gold) },
    perKind,
    missed: missedSpans.map(({ file, g }) => ({ file, kind: g.kind, text: g.text.replace(/\r?\n/g, '⏎') })),
    mtPrecision: ratio(mtFindings - mtFalseFlags.length, mtFindings),
    mtFalseFlags,
    nativeFalseFlags,
    nativeFalseFlagsPer1000: nativeWords === 0 ? null : (nativeFalseFlags.length * 1000) / nativeWords,
    nativeFalseFlagsByRule: [...byRule].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    errors,
  };
}

function pct(x: number | null): string {
  return x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}

/** A Markdown table of the headline numbers, for pasting into a README. */
export function formatTable(report: Report, label = ''): string {
  const rows: string[] = [
    `| Kind${label ? ` (${label})` : ''} | Gold | Caught | Recall |`,
    '|---|---:|---:|---:|',
  ];
  for (const k of report.perKind) {
    if (k.gold === 0) continue;
    rows.push(`| ${k.kind} | ${k.gold} | ${k.caught} | ${pct(k.recall)} |`);
  }
  rows.push(`| **all** | **${report.recall.gold}** | **${report.recall.caught}** | **${pct(report.recall.recall)}** |`);
  rows.push('');
  rows.push('| Native copy | Value |', '|---|---:|');
  rows.push(`| stories / words | ${report.stories.native} / ${report.words.native} |`);
  rows.push(`| false flags | ${report.nativeFalseFlags.length} |`);
  const per = report.nativeFalseFlagsPer1000;
  rows.push(`| false flags per 1000 words (target <= 1) | ${per === null ? 'n/a' : per.toFixed(2)} |`);
  rows.push(`| MT precision (findings on a gold span) | ${pct(report.mtPrecision)} |`);
  return rows.join('\n');
}

/** The full plain-text report: summary, misses, false flags, then the table. */
export function formatReport(report: Report, label = ''): string {
  const out: string[] = [];
  const title = `Copydesk measurement${label ? ` - ${label}` : ''}`;
  out.push(title, '='.repeat(title.length), '');
  out.push(`MT stories: ${report.stories.mt} (${report.words.mt} words), native stories: ${report.stories.native} (${report.words.native} words)`);
  out.push(`Recall: ${report.recall.caught}/${report.recall.gold} = ${pct(report.recall.recall)} (target >= 90%)`);
  const per = report.nativeFalseFlagsPer1000;
  out.push(
    `Native false flags: ${report.nativeFalseFlags.length} = ${per === null ? 'n/a' : per.toFixed(2)} per 1000 words (target <= 1)`,
  );
  out.push(`MT false flags: ${report.mtFalseFlags.length}, MT precision ${pct(report.mtPrecision)}`, '');

  out.push('Recall per kind:');
  for (const k of report.perKind) {
    out.push(`  ${k.kind.padEnd(18)} ${String(k.caught).padStart(4)}/${String(k.gold).padEnd(4)} ${pct(k.recall)}`);
  }
  out.push('');
  if (report.nativeFalseFlagsByRule.length > 0) {
    out.push('Native false flags per rule:');
    for (const r of report.nativeFalseFlagsByRule) out.push(`  ${r.rule.padEnd(24)} ${r.count}`);
    out.push('');
  }
  out.push(`Missed garbles (${report.missed.length}):`);
  for (const m of report.missed) out.push(`  ${m.file}  [${m.kind}]  ${JSON.stringify(m.text)}`);
  out.push('');
  out.push(`False flags on native copy (${report.nativeFalseFlags.length}):`);
  for (const f of report.nativeFalseFlags) out.push(`  ${f.file}@${f.start}  ${f.rule}  ${JSON.stringify(f.text)}`);
  out.push('');
  out.push(`False flags on MT copy (${report.mtFalseFlags.length}):`);
  for (const f of report.mtFalseFlags) out.push(`  ${f.file}@${f.start}  ${f.rule}  ${JSON.stringify(f.text)}`);
  out.push('');
  if (report.errors.length > 0) {
    out.push(`Errors (${report.errors.length}):`);
    for (const e of report.errors) out.push(`  ${e.file}: ${e.message}`);
    out.push('');
  }
  out.push(formatTable(report, label));
  return out.join('\n');
}

// ---------------------------------------------------------------- I/O below

const CORPUS_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/corpus');

/** Reads one set of the corpus. Files are read as-is: CRLF and all. */
export function loadCorpus(root: string, sets: readonly CorpusSet[]): Story[] {
  const stories: Story[] = [];
  for (const set of sets) {
    for (const type of ['mt', 'native'] as const) {
      const dir = join(root, set, type);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
        const file = `${set}/${type}/${name}`;
        const parsed = parseAnnotated(readFileSync(join(dir, name), 'utf8'), file);
        if (type === 'native' && parsed.gold.length > 0) {
          throw new Error(`${file}: native stories carry no garble markup`);
        }
        stories.push({ ...parsed, file, set, type, words: countWords(parsed.text) });
      }
    }
  }
  return stories;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'dev' },
      json: { type: 'boolean', default: false },
    },
  });
  const setArg = values.set ?? 'dev';
  if (setArg !== 'dev' && setArg !== 'holdout' && setArg !== 'all') {
    throw new Error(`--set must be dev, holdout or all, not "${setArg}"`);
  }
  const sets: CorpusSet[] = setArg === 'all' ? ['dev', 'holdout'] : [setArg];
  const stories = loadCorpus(CORPUS_ROOT, sets);
  // Loaded late so that the pure functions above can be imported by tests
  // without compiling every rule.
  const { analyze } = await import('../src/core/analyze');
  const scores: StoryScore[] = [];
  const errors: { file: string; message: string }[] = [];
  for (const story of stories) {
    try {
      scores.push(scoreStory(story, analyze(story.text).findings));
    } catch (err) {
      // One broken rule must not hide the numbers for the rest of the corpus.
      errors.push({ file: story.file, message: err instanceof Error ? err.message : String(err) });
      scores.push(scoreStory(story, []));
    }
  }
  const report = summarize(scores, errors);
  if (values.json) process.stdout.write(`${JSON.stringify({ set: setArg, ...report }, null, 2)}\n`);
  else process.stdout.write(`${formatReport(report, setArg)}\n`);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
