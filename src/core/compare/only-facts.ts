import { describeDate, sameDate, type DateFact } from './date-facts';
import type { Fact } from './model';
import type { NameOccurrence } from './name-occurrences';
import { describeNumber, sameNumber, type NumberFact } from './number-facts';
import { matchNames } from './same-name';
import type { Story } from './story';

interface Grouped<T> {
  first: T;
  count: number;
}

/** Groups items that `same` calls equal, keeping the first of each in text order. */
function group<T>(items: readonly T[], same: (x: T, y: T) => boolean): Grouped<T>[] {
  const groups: Grouped<T>[] = [];
  for (const item of items) {
    const g = groups.find((x) => same(x.first, item));
    if (g) g.count++;
    else groups.push({ first: item, count: 1 });
  }
  return groups;
}

function fact(text: string, kind: Fact['kind'], start: number, end: number, value: string, occurrences: number): Fact {
  return { kind, start, end, text: text.slice(start, end), value, occurrences };
}

/**
 * The names, dates and figures of `own` that `other` never gives, each once
 * with its count. Names: mentions that match no mention of the other story
 * (and whose capital means something); dates and figures: values the other
 * story has nowhere. Facts already reported as a discrepancy are left out,
 * since the other story does give them, differently.
 */
export function onlyIn(
  own: Story,
  other: Story,
  names: { readonly own: readonly NameOccurrence[]; readonly matched: ReadonlySet<NameOccurrence> },
  paired: ReadonlySet<object>,
): Fact[] {
  const text = own.text;
  const out: Fact[] = [];
  const unmatched = names.own.filter((o) => !o.weak && !names.matched.has(o));
  for (const g of group(unmatched, (x, y) => matchNames(x, y) !== 'none')) {
    const m = g.first.mention;
    out.push(fact(text, 'name', m.start, m.end, text.slice(m.start, m.end), g.count));
  }
  const otherDates = other.sentences.flatMap((s) => s.dates);
  const dates = own.sentences.flatMap((s) => s.dates).filter((d) => !paired.has(d) && !otherDates.some((o) => sameDate(o, d)));
  for (const g of group<DateFact>(dates, sameDate)) out.push(fact(text, 'date', g.first.start, g.first.end, describeDate(g.first), g.count));
  const otherNumbers = other.sentences.flatMap((s) => s.numbers);
  const numbers = own.sentences.flatMap((s) => s.numbers).filter((n) => !paired.has(n) && !otherNumbers.some((o) => sameNumber(o, n)));
  for (const g of group<NumberFact>(numbers, sameNumber)) out.push(fact(text, 'number', g.first.start, g.first.end, describeNumber(g.first), g.count));
  return out.sort((x, y) => x.start - y.start);
}
