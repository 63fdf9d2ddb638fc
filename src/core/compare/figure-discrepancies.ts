import { conflictingDates, describeDate, sameDate, type DateFact } from './date-facts';
import { rangeOf, type Discrepancy } from './model';
import { describeNumber, sameNumber, type NumberFact } from './number-facts';
import { related } from './related-words';
import { stemsAround, type Sentence, type Story } from './story';

/**
 * Different figures or dates for one count or one event in two reports. A
 * pair is a candidate when the values conflict, the words around them are
 * related (the same head noun, or one family of related-words.json: "78
 * attacks" and "hit 84 times"), and their sentences read alike (see
 * MIN_NUMBER_CONTEXT). Candidates are taken best score first, each
 * fact in at most one pair; a value the other story also gives is not a
 * conflict (the reports may simply count two things).
 */

/**
 * Below these context scores two passages are about different things. Two
 * reports of one event share few words sentence by sentence (the seed pair's
 * 78/84 sentences score about 0.1), so the bar is low and the head words do
 * most of the work; a date needs related event words around it as well.
 */
export const MIN_NUMBER_CONTEXT = 0.08;
export const MIN_DATE_CONTEXT = 0.06;
/** Two weekdays alone say less than two days of the month: their passages must read more alike. */
export const MIN_WEEKDAY_CONTEXT = 0.15;
/** Reports of one event disagree by a day or a few (time zones, late counts), not by months. */
const MAX_DAYS_APART = 10;
/** Nor do their tallies differ by more than this factor (78 and 84; 25 and 40): further apart, they count different things. */
const MAX_RATIO = 2.5;
/** Small figures (two, three) are everywhere in copy: they must count the very same noun, not only a related one. */
const SMALL = 10;

function daysApart(x: DateFact, y: DateFact): number {
  const d = Math.abs((x.month! - 1) * 31 + x.day! - ((y.month! - 1) * 31 + y.day!));
  return Math.min(d, 372 - d);
}

/** Can two conflicting dates be one event told two ways? */
function plausibleDates(x: DateFact, y: DateFact, score: number): boolean {
  if (x.day !== undefined && y.day !== undefined) return daysApart(x, y) <= MAX_DAYS_APART && score >= MIN_DATE_CONTEXT;
  return score >= MIN_WEEKDAY_CONTEXT;
}

function sharesStem(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  for (const s of x) if (y.has(s)) return true;
  return false;
}

/** Can two different figures be one count told two ways? */
function plausibleFigures(x: Located<NumberFact>, y: Located<NumberFact>, score: number): boolean {
  if (score < MIN_NUMBER_CONTEXT) return false;
  if (x.fact.kind === 'time') return true;
  const low = Math.min(x.fact.value, y.fact.value);
  const high = Math.max(x.fact.value, y.fact.value);
  if (low <= 0 || high / low > MAX_RATIO) return false;
  return high > SMALL || sharesStem(x.around, y.around);
}

interface Located<T> {
  readonly fact: T;
  readonly sentence: Sentence;
  readonly around: ReadonlySet<string>;
}

/** Words a count or figure is attached to: what follows ("78 attacks"), or for "N times" the verb before ("hit 84 times"). */
function headOf(story: Story, sentence: Sentence, n: NumberFact): Set<string> {
  const after = stemsAround(story, sentence, n.start, n.end, 0, 3);
  const next = story.text.slice(n.end, n.end + 8).trim().toLowerCase();
  if (/^(?:times?|fois|veces)\b/.test(next) || after.size === 0) {
    const before = stemsAround(story, sentence, n.start, n.end, 3, 0);
    if (/^times?\b/.test(next)) return before;
    for (const s of before) after.add(s);
  }
  return after;
}

function locate<T extends { start: number; end: number }>(story: Story, pick: (s: Sentence) => readonly T[], around: (s: Sentence, f: T) => Set<string>): Located<T>[] {
  return story.sentences.flatMap((sentence) => pick(sentence).map((fact) => ({ fact, sentence, around: around(sentence, fact) })));
}

interface Candidate<T> {
  readonly a: Located<T>;
  readonly b: Located<T>;
  readonly score: number;
}

function pairUp<T>(candidates: Candidate<T>[]): Candidate<T>[] {
  candidates.sort((x, y) => y.score - x.score);
  const usedA = new Set<T>();
  const usedB = new Set<T>();
  const out: Candidate<T>[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a.fact) || usedB.has(c.b.fact)) continue;
    usedA.add(c.a.fact);
    usedB.add(c.b.fact);
    out.push(c);
  }
  return out;
}

/** A value, with the text it was read from when that is written differently (“three”, “1,5 million”). */
function shown(value: string, text: string): string {
  return value === text ? value : `${value} (“${text}”)`;
}

export interface FigureComparison {
  readonly discrepancies: Discrepancy[];
  /** Facts of each story reported in a discrepancy. */
  readonly pairedA: ReadonlySet<object>;
  readonly pairedB: ReadonlySet<object>;
}

export function compareFigures(a: Story, b: Story, context: (sa: number, sb: number) => number): FigureComparison {
  const discrepancies: Discrepancy[] = [];
  const pairedA = new Set<object>();
  const pairedB = new Set<object>();

  const countable = (n: NumberFact) => n.kind === 'count' || n.kind === 'percent' || n.kind === 'time';
  const na = locate(a, (s) => s.numbers.filter(countable), (s, n) => headOf(a, s, n));
  const nb = locate(b, (s) => s.numbers.filter(countable), (s, n) => headOf(b, s, n));
  const numberCandidates: Candidate<NumberFact>[] = [];
  for (const x of na) {
    for (const y of nb) {
      if (x.fact.kind !== y.fact.kind || sameNumber(x.fact, y.fact) || !related(x.around, y.around)) continue;
      // The other story gives this figure too, for something related: two counts, not one count told two ways.
      if (nb.some((z) => sameNumber(z.fact, x.fact) && related(z.around, x.around))) continue;
      if (na.some((z) => sameNumber(z.fact, y.fact) && related(z.around, y.around))) continue;
      const score = context(x.sentence.index, y.sentence.index);
      if (plausibleFigures(x, y, score)) numberCandidates.push({ a: x, b: y, score });
    }
  }
  for (const c of pairUp(numberCandidates)) {
    pairedA.add(c.a.fact);
    pairedB.add(c.b.fact);
    const ta = a.text.slice(c.a.fact.start, c.a.fact.end);
    const tb = b.text.slice(c.b.fact.start, c.b.fact.end);
    discrepancies.push({
      kind: 'number',
      a: rangeOf(a.text, c.a.fact.start, c.a.fact.end),
      b: rangeOf(b.text, c.b.fact.start, c.b.fact.end),
      message: `This story says ${shown(describeNumber(c.a.fact), ta)} where the other says ${shown(describeNumber(c.b.fact), tb)} for what reads as the same count; check which is right.`,
    });
  }

  const eventOf = (story: Story) => (s: Sentence, d: DateFact) => stemsAround(story, s, d.start, d.end, 8, 4);
  const da = locate(a, (s) => s.dates, eventOf(a));
  const db = locate(b, (s) => s.dates, eventOf(b));
  const dateCandidates: Candidate<DateFact>[] = [];
  for (const x of da) {
    for (const y of db) {
      if (!conflictingDates(x.fact, y.fact) || !related(x.around, y.around)) continue;
      if (db.some((z) => sameDate(z.fact, x.fact)) || da.some((z) => sameDate(z.fact, y.fact))) continue;
      const score = context(x.sentence.index, y.sentence.index);
      if (plausibleDates(x.fact, y.fact, score)) dateCandidates.push({ a: x, b: y, score });
    }
  }
  for (const c of pairUp(dateCandidates)) {
    pairedA.add(c.a.fact);
    pairedB.add(c.b.fact);
    discrepancies.push({
      kind: 'date',
      a: rangeOf(a.text, c.a.fact.start, c.a.fact.end),
      b: rangeOf(b.text, c.b.fact.start, c.b.fact.end),
      message: `This story dates it ${describeDate(c.a.fact)}; the other says ${describeDate(c.b.fact)} for what reads as the same event.`,
    });
  }
  return { discrepancies, pairedA, pairedB };
}
