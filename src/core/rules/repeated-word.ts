import { isSpaceCode, isUpperCode } from '../article/sentences';
import type { WordTable } from '../article/article';
import data from './data/repeated-word.json';
import type { RuleFactory } from './rule';

/**
 * A word written twice in a row ("the the", "to to"), across spaces or a line
 * break but never across punctuation, so "Yes, yes" and "said. Said" pass.
 * Legitimate doubles ("had had", "that that", "what it is is") and
 * reduplicated names ("Duran Duran", "Bora Bora") are kept apart by data.
 */

/** How many words back a pseudo-cleft cue may stand ("what the government really wants is is"). */
const CLEFT_REACH = 6;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when only whitespace lies between a and b (at least one character of it). */
function onlySpaceBetween(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Whether the word at `start` opens a sentence: nothing but opening quotes or brackets since a stop or the paragraph start. */
function opensSentence(text: string, start: number, paragraphStart: number): boolean {
  let i = start;
  while (i > paragraphStart) {
    const c = text.charCodeAt(i - 1);
    if (isSpaceCode(c) || c === 0x201c || c === 0x2018 || c === 0x22 || c === 0x27 || c === 0x28 || c === 0xab) i--;
    else return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a;
  }
  return true;
}

export const repeatedWordRule: RuleFactory = () => {
  const legitimate = new Set(data.legitimate);
  const functionWords = new Set(data.functionWords);
  const cleft = new Set(data.cleft);
  const cleftCues = new Set(data.cleftCues);

  /** A cue of a pseudo-cleft ("what it is is") among the few words of its paragraph (from word `first` on) before word k. */
  function cleftCueBefore(text: string, words: WordTable, first: number, k: number): boolean {
    for (let j = k - 1; j >= first && j >= k - CLEFT_REACH; j--) {
      if (cleftCues.has(text.slice(words.starts[j]!, words.ends[j]!).toLowerCase())) return true;
    }
    return false;
  }
  return {
    family: 'repeated-word',
    rules: [{ id: 'repeated-word', description: 'A word written twice in a row ("the the").' }],
    run(ctx) {
      const { article } = ctx;
      const text = article.text;
      // Words from the table (what wordsOf gives, without an object per word).
      const words = article.wordTable();
      const { starts, ends } = words;
      for (const p of article.paragraphs) {
        const firstWord = words.paragraphFirst[p.index]!;
        const end = words.paragraphFirst[p.index + 1]!;
        for (let k = firstWord + 1; k < end; k++) {
          const aStart = starts[k - 1]!;
          const aEnd = ends[k - 1]!;
          const bStart = starts[k]!;
          const length = aEnd - aStart;
          // Cheap filters first: equal lengths, same first letter ignoring ASCII case.
          if (ends[k]! - bStart !== length) continue;
          const ca = text.charCodeAt(aStart);
          const cb = text.charCodeAt(bStart);
          if (ca !== cb && (ca | 0x20) !== (cb | 0x20)) continue;
          if (!onlySpaceBetween(text, aEnd, bStart)) continue;
          const first = text.slice(aStart, aEnd);
          const lower = first.toLowerCase();
          if (lower !== text.slice(bStart, ends[k]!).toLowerCase()) continue;
          // Numbers repeat legitimately in tables, scores and lists ("2 2").
          if (isDigitCode(ca)) continue;
          if (legitimate.has(lower)) continue;
          if (cleft.has(lower) && cleftCueBefore(text, words, firstWord, k - 1)) continue;
          const capitalA = isUpperCode(ca);
          const capitalB = isUpperCode(cb);
          // Reduplicated names: "Duran Duran", "Bora Bora", "Sirhan Sirhan".
          if (capitalA && capitalB && !functionWords.has(lower)) continue;
          // A name followed by the same word in lower case: "Theresa May may", "Will will".
          if (capitalA && !capitalB && !opensSentence(text, aStart, p.start)) continue;
          // "the the the": one finding for the whole run.
          while (k + 1 < end) {
            const cStart = starts[k + 1]!;
            const cEnd = ends[k + 1]!;
            if (cEnd - cStart !== length || !onlySpaceBetween(text, ends[k]!, cStart)) break;
            if (text.slice(cStart, cEnd).toLowerCase() !== lower) break;
            k++;
          }
          ctx.emit({
            start: aStart,
            end: ends[k]!,
            rule: 'repeated-word',
            category: 'fluency/grammar',
            severity: 'minor',
            message: `“${first}” is written twice.`,
            suggestions: [first],
          });
        }
      }
    },
  };
};
