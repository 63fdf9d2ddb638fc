import { parseArticle, type Article } from '../article/article';
import { nameWords, WordClass } from '../names/name-words';
import type { NameNormalizer } from '../names/normalize';
import type { Respeller } from '../names/respell';
import { findDates, type DateFact } from './date-facts';
import type { LanguageData } from './language-data';
import { nameOccurrences, type NameOccurrence } from './name-occurrences';
import { findNumbers, type NumberFact } from './number-facts';
import { isIgnoredStem } from './related-words';
import { stem } from './stem';

/** One sentence of a story with what the comparison reads in it. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** Word indexes [firstWord, endWord) of the article's word table. */
  readonly firstWord: number;
  readonly endWord: number;
  readonly names: readonly NameOccurrence[];
  readonly numbers: readonly NumberFact[];
  readonly dates: readonly DateFact[];
}

/** A story parsed once for comparison: its article, sentences and facts, and a stem per word (null for function words). */
export interface Story {
  readonly text: string;
  readonly article: Article;
  readonly language: LanguageData;
  readonly sentences: readonly Sentence[];
  readonly stems: readonly (string | null)[];
}

/** First index i in the sorted `starts` (first `count` entries) with starts[i] >= offset. */
function lowerBound(starts: Int32Array, count: number, offset: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items (sorted by start) that start inside [start, end). */
function within<T extends { readonly start: number }>(items: readonly T[], start: number, end: number): T[] {
  return items.filter((x) => x.start >= start && x.start < end);
}

/**
 * Reads a story: paragraphs and sentences from the article parser, names
 * from names/, dates and figures in the story's language, and a light stem
 * for every content word (English function words, days and months are left
 * out: they say nothing about which sentences correspond).
 */
export function readStory(text: string, language: LanguageData, normalizer: NameNormalizer, respeller: Respeller): Story {
  const article = parseArticle(text);
  const table = article.wordTable();
  const words = nameWords().table;
  const stems: (string | null)[] = new Array<string | null>(table.count);
  const stemOfForm = new Map<number, string | null>();
  for (let i = 0; i < table.count; i++) {
    const id = table.ids[i]!;
    let s = stemOfForm.get(id);
    if (s === undefined) {
      const form = table.forms[id]!;
      const stop = language.id === 'en' && (words.flagsOf(text, table.starts[i]!, table.ends[i]!) & WordClass.stop) !== 0;
      const st = stem(form);
      s = stop || form.length < 2 || isIgnoredStem(st) ? null : st;
      stemOfForm.set(id, s);
    }
    stems[i] = s;
  }
  const names = nameOccurrences(article, normalizer, respeller);
  const dates = findDates(text, language);
  const numbers = findNumbers(text, language, dates);
  const sentences: Sentence[] = [];
  for (const paragraph of article.paragraphs) {
    for (const span of article.sentencesOf(paragraph)) {
      const firstWord = lowerBound(table.starts, table.count, span.start);
      const endWord = lowerBound(table.starts, table.count, span.end);
      sentences.push({
        index: sentences.length,
        start: span.start,
        end: span.end,
        paragraph: paragraph.index,
        firstWord,
        endWord,
        names: names.filter((n) => n.mention.start >= span.start && n.mention.start < span.end),
        numbers: within(numbers, span.start, span.end),
        dates: within(dates, span.start, span.end),
      });
    }
  }
  return { text, article, language, sentences, stems };
}

/** The sentence holding an offset. */
export function sentenceAt(story: Story, offset: number): Sentence | undefined {
  return story.sentences.find((s) => offset >= s.start && offset < s.end);
}

/**
 * Stems of the content words near a fact, inside its sentence: `before`
 * words before it and `after` words after it (function words count towards
 * the window but are not returned).
 */
export function stemsAround(story: Story, sentence: Sentence, start: number, end: number, before: number, after: number): Set<string> {
  const t = story.article.wordTable();
  const out = new Set<string>();
  let first = sentence.firstWord;
  while (first < sentence.endWord && t.ends[first]! <= start) first++;
  let last = first;
  while (last < sentence.endWord && t.starts[last]! < end) last++;
  for (let i = Math.max(sentence.firstWord, first - before); i < first; i++) {
    const s = story.stems[i];
    if (s) out.add(s);
  }
  for (let i = last; i < Math.min(sentence.endWord, last + after); i++) {
    const s = story.stems[i];
    if (s) out.add(s);
  }
  return out;
}
