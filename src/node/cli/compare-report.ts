import type { Comparison, Discrepancy, Fact } from '../../core/compare/model';
import type { Paint } from './color';
import type { LineColumn } from './line-index';

/**
 * The JSON report of `copydesk compare`, version 1. Offsets are UTF-16 into
 * each file's decoded text (byte-order mark removed); `text` is exactly that
 * slice. In source mode `a` is the original, whichever order the files were
 * given in. Add fields if needed; never rename or drop one without bumping
 * `version`.
 */
export interface CompareJsonReport {
  readonly version: 1;
  readonly mode: Comparison['mode'];
  readonly a: string;
  readonly b: string;
  readonly discrepancies: readonly Discrepancy[];
  /** Names, dates and figures only A gives, each at its first occurrence. */
  readonly onlyA: readonly Fact[];
  readonly onlyB: readonly Fact[];
}

export function compareJson(result: Comparison, a: string, b: string): CompareJsonReport {
  return { version: 1, mode: result.mode, a, b, discrepancies: result.discrepancies, onlyA: result.onlyA, onlyB: result.onlyB };
}

function oneLine(s: string): string {
  return s.replace(/\r\n|[\r\n\t]/g, ' ');
}

export interface Located {
  readonly path: string;
  readonly at: (offset: number) => LineColumn;
}

function where(file: Located, offset: number): string {
  const { line, column } = file.at(offset);
  return `${file.path}:${line}:${column}`;
}

/** `a.txt:3:12 name message (b.txt:9:40 “text”)`: compiler style, both locations jumpable. */
export function formatDiscrepancy(d: Discrepancy, a: Located, b: Located, p: Paint): string {
  const other = d.b === null ? '' : ` ${p.dim(`(${where(b, d.b.start)} “${oneLine(d.b.text)}”)`)}`;
  return `${p.bold(where(a, d.a.start))} ${p.red(d.kind)} ${oneLine(d.message)}${other}`;
}

/** `a.txt:5:1 only-a name “Hamas” (3 times): not in b.txt` */
export function formatFact(f: Fact, own: Located, other: Located, side: 'a' | 'b', p: Paint): string {
  const times = f.occurrences > 1 ? ` (${f.occurrences} times)` : '';
  const value = f.kind !== 'name' && f.value !== f.text ? ` = ${f.value}` : '';
  return `${p.bold(where(own, f.start))} ${p.yellow(`only-${side}`)} ${f.kind} “${oneLine(f.text)}”${value}${times}: not in ${other.path}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatCompareSummary(result: Comparison, a: string, b: string): string {
  const only = result.mode === 'source' ? '' : `; ${plural(result.onlyA.length, 'fact')} only in ${a}, ${result.onlyB.length} only in ${b}`;
  const how = result.mode === 'source' ? ` (${a} as the original)` : '';
  return `compared ${a} and ${b}${how}: ${plural(result.discrepancies.length, 'discrepancy').replace(/discrepancys$/, 'discrepancies')}${only}`;
}
