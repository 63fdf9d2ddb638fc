import type { DateFact } from './date-facts';
import type { NameOccurrence } from './name-occurrences';
import type { NumberFact } from './number-facts';
import type { Sentence } from './story';

/**
 * What a sentence and its translation should share whatever the wording:
 * figures (as values, so "2 500" and "2,500" are one), dates and name keys.
 * A time is keyed on the 12-hour clock, since English may leave out
 * "p.m."; the exact comparison comes later.
 */
export function numberAnchor(n: NumberFact): string {
  return n.kind === 'time' ? `t${n.value % 720}` : `n${n.value}`;
}

export function dateAnchor(d: DateFact): string {
  return d.day !== undefined ? `d${d.month}-${d.day}` : `w${d.weekday}`;
}

export function anchorsOf(sentence: Sentence, names: readonly NameOccurrence[], nameAnchor: (o: NameOccurrence) => readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of sentence.numbers) out.add(numberAnchor(n));
  for (const d of sentence.dates) out.add(dateAnchor(d));
  for (const o of names) if (o.mention.start >= sentence.start && o.mention.start < sentence.end) for (const k of nameAnchor(o)) out.add(k);
  return out;
}

/** Anchors shared and anchors left over between two groups of sentences' anchor sets. */
export function anchorBalance(a: readonly Set<string>[], b: readonly Set<string>[]): { shared: number; unshared: number } {
  const sa = new Set<string>();
  const sb = new Set<string>();
  for (const s of a) for (const x of s) sa.add(x);
  for (const s of b) for (const x of s) sb.add(x);
  let shared = 0;
  for (const x of sa) if (sb.has(x)) shared++;
  return { shared, unshared: sa.size + sb.size - 2 * shared };
}
