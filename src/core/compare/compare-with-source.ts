import { createNameNormalizer } from '../names/normalize';
import { createRespeller } from '../names/respell';
import { builtinProfiles } from '../profiles/builtin';
import type { Profile } from '../profiles/profile';
import { byPosition } from './compare-stories';
import { conflictingDates, describeDate, sameDate, type DateFact } from './date-facts';
import { alignByLength } from './gale-church';
import { languageData, type CompareLanguage } from './language-data';
import { rangeOf, type AlignedPair, type Comparison, type Discrepancy } from './model';
import type { NameOccurrence } from './name-occurrences';
import { describeNumber, sameNumber, type NumberFact } from './number-facts';
import { anchorBalance, anchorsOf } from './source-anchors';
import { createSourceNames } from './source-names';
import { readStory, type Sentence, type Story } from './story';

/** Each anchor a bead shares lowers its cost by this much, in the units of -log probability... */
const SHARED_ANCHOR = 2;
/** ...and each anchor on one side only raises it by this much. */
const UNSHARED_ANCHOR = 1;
/** A sentence shorter than this many characters ("(AFP)", a byline) is not worth an omission. */
const MIN_OMITTED_LENGTH = 25;

export interface SourceComparer {
  /** An original (French or Spanish) against its English translation. Story A of the result is the original. */
  compare(source: string, translation: string): Comparison;
}

interface Side {
  readonly story: Story;
  readonly names: readonly NameOccurrence[];
}

function sentencesIn(side: Side, from: number, to: number): Sentence[] {
  return side.story.sentences.slice(from, to);
}

function span(sentences: readonly Sentence[]): { start: number; end: number } {
  return { start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end };
}

/** Pairs equal items of two lists (each used once) and returns what is left of each, in order. */
function leftovers<T>(xs: readonly T[], ys: readonly T[], same: (x: T, y: T) => boolean): { x: T[]; y: T[] } {
  const used = new Set<number>();
  const x: T[] = [];
  for (const item of xs) {
    const k = ys.findIndex((other, i) => !used.has(i) && same(item, other));
    if (k >= 0) used.add(k);
    else x.push(item);
  }
  return { x, y: ys.filter((_, i) => !used.has(i)) };
}

export function createSourceComparer(sourceLanguage: Exclude<CompareLanguage, 'en'>, profiles: readonly Profile[] = builtinProfiles()): SourceComparer {
  const profile = profiles.find((p) => p.id === sourceLanguage);
  if (!profile) throw new Error(`no ${sourceLanguage} profile to read the original with`);
  const normalizer = createNameNormalizer(profiles);
  const respeller = createRespeller(profiles);
  const sourceNames = createSourceNames(profile, normalizer);
  const source = languageData(sourceLanguage, { decimal: profile.numbers.decimalSeparator, groups: profile.numbers.groupSeparators });
  const english = languageData('en');

  return {
    compare(sourceText, translationText) {
      const sa = readStory(sourceText, source, normalizer, respeller);
      const sb = readStory(translationText, english, normalizer, respeller);
      const a: Side = { story: sa, names: sourceNames.usable(sa.sentences.flatMap((s) => s.names), sourceText) };
      const b: Side = { story: sb, names: sb.sentences.flatMap((s) => s.names).filter((o) => !o.weak) };
      // A name of the original anchors on its own key and on the English key of its exonym;
      // both are found by asking the translation's names which of them it is.
      const nameAnchor = (o: NameOccurrence) => {
        const match = b.names.find((t) => sourceNames.same(o, t));
        return [`k${(match ?? o).words.map((w) => w.key).join('')}`];
      };
      const anchorsA = sa.sentences.map((s) => anchorsOf(s, a.names, nameAnchor));
      const anchorsB = sb.sentences.map((s) => anchorsOf(s, b.names, (o) => [`k${o.words.map((w) => w.key).join('')}`]));
      const beads = alignByLength(
        sa.sentences.map((s) => s.end - s.start),
        sb.sentences.map((s) => s.end - s.start),
        (i0, i1, j0, j1) => {
          if (i0 === i1 || j0 === j1) return 0;
          const { shared, unshared } = anchorBalance(anchorsA.slice(i0, i1), anchorsB.slice(j0, j1));
          return UNSHARED_ANCHOR * unshared - SHARED_ANCHOR * shared;
        },
      );
      const discrepancies: Discrepancy[] = [];
      const sentencePairs: AlignedPair[] = [];
      const paragraphPairs = new Map<string, AlignedPair>();
      for (const bead of beads) {
        const src = sentencesIn(a, bead.aStart, bead.aEnd);
        const tr = sentencesIn(b, bead.bStart, bead.bEnd);
        if (src.length > 0 && tr.length === 0) {
          for (const s of src) {
            if (s.end - s.start < MIN_OMITTED_LENGTH) continue;
            discrepancies.push({ kind: 'omission', a: rangeOf(sourceText, s.start, s.end), b: null, message: 'This sentence of the original has no translation: it seems to have been left out.' });
          }
          continue;
        }
        if (src.length === 0 || tr.length === 0) continue;
        sentencePairs.push({ a: span(src), b: span(tr), score: 1 });
        const pa = sa.article.paragraphs[src[0]!.paragraph]!;
        const pb = sb.article.paragraphs[tr[0]!.paragraph]!;
        paragraphPairs.set(`${pa.index}:${pb.index}`, { a: { start: pa.start, end: pa.end }, b: { start: pb.start, end: pb.end }, score: 1 });
        compareBead(a, b, src, tr, sourceNames.same, discrepancies);
      }
      return {
        mode: 'source',
        discrepancies: discrepancies.sort(byPosition),
        onlyA: [],
        onlyB: [],
        sentences: sentencePairs,
        paragraphs: [...paragraphPairs.values()],
      };
    },
  };
}

function quote(text: string, f: { start: number; end: number }): string {
  return `“${text.slice(f.start, f.end)}”`;
}

/** Figures, dates and names of one bead: what the original says and the translation changed. */
function compareBead(
  a: Side,
  b: Side,
  src: readonly Sentence[],
  tr: readonly Sentence[],
  sameNames: (x: NameOccurrence, y: NameOccurrence) => boolean,
  out: Discrepancy[],
): void {
  const ta = a.story.text;
  const tb = b.story.text;
  const trSpan = span(tr);
  const srcSpan = span(src);

  const numbers = leftovers<NumberFact>(src.flatMap((s) => s.numbers), tr.flatMap((s) => s.numbers), sameNumber);
  const changedNumbers = Math.min(numbers.x.length, numbers.y.length);
  numbers.x.forEach((n, i) => {
    const t = i < changedNumbers ? numbers.y[i]! : undefined;
    if (t) {
      out.push({ kind: 'number', a: rangeOf(ta, n.start, n.end), b: rangeOf(tb, t.start, t.end), message: `The original has ${quote(ta, n)} (${describeNumber(n)}); the translation says ${quote(tb, t)} (${describeNumber(t)}).` });
    } else if (!n.words) {
      out.push({ kind: 'number', a: rangeOf(ta, n.start, n.end), b: rangeOf(tb, trSpan.start, trSpan.end), message: `The original has ${quote(ta, n)} (${describeNumber(n)}); the translation of this sentence has no such figure.` });
    }
  });
  for (const t of numbers.y.slice(changedNumbers)) {
    if (t.words) continue;
    out.push({ kind: 'number', a: rangeOf(ta, srcSpan.start, srcSpan.end), b: rangeOf(tb, t.start, t.end), message: `The translation has ${quote(tb, t)} (${describeNumber(t)}), which the original of this sentence does not give.` });
  }

  const dates = leftovers<DateFact>(src.flatMap((s) => s.dates), tr.flatMap((s) => s.dates), sameDate);
  const pairs = Math.min(dates.x.length, dates.y.length);
  for (let i = 0; i < pairs; i++) {
    const d = dates.x[i]!;
    const t = dates.y[i]!;
    if (!conflictingDates(d, t)) continue;
    out.push({ kind: 'date', a: rangeOf(ta, d.start, d.end), b: rangeOf(tb, t.start, t.end), message: `The original dates it ${describeDate(d)} (${quote(ta, d)}); the translation says ${describeDate(t)}.` });
  }

  const inSpan = (o: NameOccurrence, s: { start: number; end: number }) => o.mention.start >= s.start && o.mention.start < s.end;
  const names = leftovers<NameOccurrence>(
    a.names.filter((o) => inSpan(o, srcSpan)),
    b.names.filter((o) => inSpan(o, trSpan)),
    sameNames,
  );
  // A name of the original with no counterpart, beside a name of the translation with none: one became the other.
  // A leftover on one side only is usually a name rendered as words ("la Maison Blanche", "the White House"): not flagged.
  const named = Math.min(names.x.length, names.y.length);
  for (let i = 0; i < named; i++) {
    const o = names.x[i]!;
    const t = names.y[i]!;
    out.push({
      kind: 'name',
      a: rangeOf(ta, o.mention.start, o.mention.end),
      b: rangeOf(tb, t.mention.start, t.mention.end),
      message: `The original names ${quote(ta, o.mention)}; the translation has ${quote(tb, t.mention)} instead.`,
    });
  }
}

const shared = new Map<string, SourceComparer>();

/** Compares an original with its English translation using the built-in profiles. */
export function compareWithSource(source: string, translation: string, sourceLanguage: Exclude<CompareLanguage, 'en'>): Comparison {
  let comparer = shared.get(sourceLanguage);
  if (!comparer) shared.set(sourceLanguage, (comparer = createSourceComparer(sourceLanguage)));
  return comparer.compare(source, translation);
}
