import type { Article, Paragraph } from './article';
import type { Word } from './words';

/**
 * Words of a run of text by index: word i runs from start(i) to end(i).
 * Rules that look at neighbouring words ("words[i - 2]") read them through
 * this rather than through an array of Word objects, so that the article's
 * word table can serve them without an object per word.
 */
export interface WordSpans {
  readonly length: number;
  /** Start of word i; i must be in range. */
  start(i: number): number;
  /** End of word i; i must be in range. */
  end(i: number): number;
}

/** Is i a word of `words`? */
export function hasWord(words: WordSpans, i: number): boolean {
  return i >= 0 && i < words.length;
}

/** The text of word i, or "" when there is no such word (as for words[i] undefined). */
export function wordTextAt(text: string, words: WordSpans, i: number): string {
  return hasWord(words, i) ? text.slice(words.start(i), words.end(i)) : '';
}

/**
 * The words of one of the article's paragraphs, read from its word table:
 * the same words as article.wordsOf(paragraph), with no object per word.
 */
export function paragraphWords(article: Article, paragraph: Paragraph): WordSpans {
  const own = article.paragraphs[paragraph.index];
  // A span that is not this article's paragraph: wordsOf scans it as given.
  if (own === undefined || own.start !== paragraph.start || own.end !== paragraph.end) return spansOf(article.wordsOf(paragraph));
  const { starts, ends, paragraphFirst } = article.wordTable();
  const first = paragraphFirst[paragraph.index]!;
  return {
    length: paragraphFirst[paragraph.index + 1]! - first,
    start: (i) => starts[first + i]!,
    end: (i) => ends[first + i]!,
  };
}

/** An array of words (data strings, spans found by a scan) seen as WordSpans. */
export function spansOf(words: readonly Word[]): WordSpans {
  return {
    length: words.length,
    start: (i) => words[i]!.start,
    end: (i) => words[i]!.end,
  };
}
