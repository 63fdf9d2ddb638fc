import { difference } from '../names/variants';
import { rangeOf, type Discrepancy } from './model';
import type { NameOccurrence } from './name-occurrences';
import { matchNames, sameSpelling } from './same-name';

interface Candidate {
  readonly o: NameOccurrence;
  readonly score: number;
}

export interface NameComparison {
  readonly discrepancies: Discrepancy[];
  /** Occurrences of each story that have a counterpart in the other, spelt alike or not. */
  readonly matchedA: ReadonlySet<NameOccurrence>;
  readonly matchedB: ReadonlySet<NameOccurrence>;
}

export interface NameSide {
  readonly text: string;
  readonly names: readonly NameOccurrence[];
  /** Index of the sentence holding an occurrence, for preferring a counterpart nearby. */
  sentenceOf(o: NameOccurrence): number;
}

function spellingMessage(textA: string, a: NameOccurrence, textB: string, b: NameOccurrence): string {
  const sa = textA.slice(a.mention.start, a.mention.end);
  const sb = textB.slice(b.mention.start, b.mention.end);
  const accents = a.words.length === b.words.length && a.words.every((w, i) => difference(w.form, b.words[i]!.form) === 'diacritics');
  return `“${sa}” is spelt “${sb}” in the other story${accents ? ' (only the accents differ)' : ''}; one of them needs changing.`;
}

/**
 * One person, group or place spelt two ways across the stories. Every
 * mention in A is matched against the mentions of B (same-name.ts); when B
 * spells it the same way somewhere, all is well; when B only has other
 * spellings, the best of them (the whole name before the surname alone, then
 * the one in the most similar sentence) is reported with it. A whole name
 * spelt alike settles it; else a whole name spelt otherwise is reported even
 * if a bare surname is spelt alike. A mention whose
 * capital proves nothing (one word opening a sentence) is only matched, never
 * reported.
 */
export function compareNames(a: NameSide, b: NameSide, sentenceScore: (sa: number, sb: number) => number): NameComparison {
  const discrepancies: Discrepancy[] = [];
  const matchedA = new Set<NameOccurrence>();
  const matchedB = new Set<NameOccurrence>();
  for (const oa of a.names) {
    // Whole names speak first: "Mohammed Shia al-Sudani" against "Mohamed Chia al-Soudani" is a
    // discrepancy even when the other story also has a bare "al-Sudani" further on.
    const alike = { whole: false, surname: false };
    const differing: { whole?: Candidate; surname?: Candidate } = {};
    for (const ob of b.names) {
      if (oa.weak && ob.weak) continue;
      const match = matchNames(oa, ob);
      if (match === 'none') continue;
      matchedA.add(oa);
      matchedB.add(ob);
      if (sameSpelling(oa, ob, match)) {
        alike[match] = true;
        continue;
      }
      const score = sentenceScore(a.sentenceOf(oa), b.sentenceOf(ob));
      const current = differing[match];
      if (!current || score > current.score) differing[match] = { o: ob, score };
    }
    if (oa.weak) continue;
    const best = alike.whole ? undefined : (differing.whole ?? (alike.surname ? undefined : differing.surname));
    if (!best) continue;
    discrepancies.push({
      kind: 'name',
      a: rangeOf(a.text, oa.mention.start, oa.mention.end),
      b: rangeOf(b.text, best.o.mention.start, best.o.mention.end),
      message: spellingMessage(a.text, oa, b.text, best.o),
    });
  }
  return { discrepancies, matchedA, matchedB };
}
