import type { Span } from '../model/span';

/**
 * What a word does in a name: a name element ("Sudani", "Hashd"), a
 * lower-case particle ("bin", "al", "de"), a common word inside the name of a
 * body or place ("Hospital", "Islamic"), or a demonym inside a name
 * ("Shia" in "Mohammed Shia al-Sudani").
 */
export type NamePartKind = 'name' | 'particle' | 'generic' | 'demonym';

export interface NamePart extends Span {
  /** Where the name proper starts: after an article such as "al-" (`start` when there is none). */
  readonly coreStart: number;
  readonly kind: NamePartKind;
}

/**
 * One mention of a name: a run of capitalised words with the particles
 * between them, without titles, leading demonyms or a possessive "’s".
 * The span runs from the first to the last part that is not generic.
 */
export interface NameMention extends Span {
  readonly parts: readonly NamePart[];
  /** Index of the paragraph it is in. */
  readonly paragraph: number;
  /** Its first word opens a sentence, a quotation or a paragraph, so that capital proves nothing. */
  readonly sentenceStart: boolean;
  /** From a heading set in title case: every word is capitalised there, so each word is a mention of its own. */
  readonly titleCase: boolean;
}
