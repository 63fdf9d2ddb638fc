import { compareStories } from '../../core/compare/compare-stories';
import { compareWithSource } from '../../core/compare/compare-with-source';
import type { Comparison } from '../../core/compare/model';
import { detectLanguage } from '../../core/language';
import { readTextFile } from '../import/read-text-file';
import { paint, useColor } from './color';
import type { CompareCommand } from './compare-args';
import { compareJson, formatCompareSummary, formatDiscrepancy, formatFact, type Located } from './compare-report';
import type { CliIo } from './io';
import { lineIndex } from './line-index';

/** franc codes of the languages an original may be in, and the compare engine's id for each. */
const SOURCE_LANGUAGES: Readonly<Record<string, 'fr' | 'es'>> = { fra: 'fr', spa: 'es' };

interface Input {
  readonly path: string;
  readonly text: string;
  readonly language: string;
}

/**
 * Which input is the original, if any: the one --source-of names, or, by
 * default, a French or Spanish file set beside an English one.
 */
function pickSource(command: CompareCommand, a: Input, b: Input): { source: Input; translation: Input; language: 'fr' | 'es' } | undefined {
  const as = SOURCE_LANGUAGES[a.language];
  const bs = SOURCE_LANGUAGES[b.language];
  if (command.sourceOf === 'a') return { source: a, translation: b, language: as ?? 'fr' };
  if (command.sourceOf === 'b') return { source: b, translation: a, language: bs ?? 'fr' };
  if (command.sourceOf === 'none') return undefined;
  if (as && b.language === 'eng') return { source: a, translation: b, language: as };
  if (bs && a.language === 'eng') return { source: b, translation: a, language: bs };
  return undefined;
}

/**
 * `copydesk compare A B`: two reports of one event, or an original and its
 * translation. Exit status 0 when compared, 2 when a file cannot be read (the
 * message names the file and why) or the usage is wrong.
 */
export async function runCompare(command: CompareCommand, io: CliIo): Promise<number> {
  const errPaint = paint(useColor(io.stderr, io.env));
  const inputs: Input[] = [];
  let failed = false;
  for (const path of [command.a, command.b]) {
    const file = await readTextFile(path);
    if (!file.ok) {
      io.stderr.write(`${path}: ${errPaint.red('error')}: ${file.reason}\n`);
      failed = true;
      continue;
    }
    for (const warning of file.warnings) io.stderr.write(`${path}: ${errPaint.yellow('warning')}: ${warning}\n`);
    inputs.push({ path, text: file.text, language: detectLanguage(file.text, Object.keys(SOURCE_LANGUAGES)) });
  }
  if (failed) return 2;
  let [a, b] = inputs as [Input, Input];
  const source = pickSource(command, a, b);
  let result: Comparison;
  if (source) {
    // The original is "a" in the result (the engine's omissions point into it), so the files swap if need be.
    a = source.source;
    b = source.translation;
    result = compareWithSource(a.text, b.text, source.language);
  } else {
    result = compareStories(a.text, b.text);
  }

  if (command.format === 'json') {
    io.stdout.write(`${JSON.stringify(compareJson(result, a.path, b.path), null, 2)}\n`);
  } else {
    const p = paint(useColor(io.stdout, io.env));
    const la: Located = { path: a.path, at: lineIndex(a.text) };
    const lb: Located = { path: b.path, at: lineIndex(b.text) };
    const lines = [
      ...result.discrepancies.map((d) => formatDiscrepancy(d, la, lb, p)),
      ...result.onlyA.map((f) => formatFact(f, la, lb, 'a', p)),
      ...result.onlyB.map((f) => formatFact(f, lb, la, 'b', p)),
    ];
    io.stdout.write(lines.map((l) => `${l}\n`).join(''));
  }
  io.stderr.write(`${formatCompareSummary(result, a.path, b.path)}\n`);
  return 0;
}
