import lookalikes from './english-lookalikes.json';

/** An English abbreviation spelled like a source-language one, and the words that tell them apart. */
export interface AcronymLookalike {
  /** What it means in English, for reviewers of the data. */
  readonly english: string;
  /** Lower-case words of which one must occur in the story for the source meaning to be taken. */
  readonly context: readonly string[];
  /** Lower-case words or phrases whose presence means the English meaning is the one used. */
  readonly unlessNear?: readonly string[];
}

const ACRONYMS: Readonly<Record<string, AcronymLookalike>> = lookalikes.acronyms;
const HONORIFICS: Readonly<Record<string, string>> = lookalikes.honorifics;

/** The English look-alike of a source acronym ("CPI" = consumer price index), if there is one. */
export function acronymLookalike(source: string): AcronymLookalike | undefined {
  return Object.prototype.hasOwnProperty.call(ACRONYMS, source) ? ACRONYMS[source] : undefined;
}

/** True when a source title is also an English abbreviation ("M." as an initial, "Sr." for Senior). */
export function isHonorificLookalike(source: string): boolean {
  return Object.prototype.hasOwnProperty.call(HONORIFICS, source);
}
