import type { MqmCategory, Severity } from '../model/finding';

/**
 * A source-language profile: everything language-specific that the rules need
 * to spot what MT carried over from that language. A new source language is a
 * new profile (data), not new code. Built-in profiles live beside this file;
 * a desk can load its own JSON with the same shape (see validate.ts).
 */
export interface Profile {
  /** ISO 639-1 code, e.g. "fr". */
  readonly id: string;
  /** English name, e.g. "French". */
  readonly name: string;
  /** franc's ISO 639-3 code for the language, e.g. "fra". */
  readonly franc: string;
  /** BCP 47 locale for Intl (region names), e.g. "fr". */
  readonly locale: string;
  readonly exonyms: ExonymSection;
  readonly calques: readonly CalqueEntry[];
  readonly untranslated: UntranslatedSection;
  readonly acronyms: readonly AcronymEntry[];
  readonly honorifics: readonly HonorificEntry[];
  readonly transliteration: TransliterationSection;
  readonly numbers: NumberSection;
}

/** A place name left in the source language ("Tigre" for the Tigris). */
export interface ExonymEntry {
  /** The source-language form as it appears in MT output, e.g. "Tigre", "Le Caire". */
  readonly source: string;
  /** English forms, best first, e.g. ["Tigris"]. */
  readonly english: readonly string[];
  readonly kind: 'country' | 'city' | 'river' | 'region' | 'sea' | 'mountain' | 'other';
  /**
   * When set, the name is also an English word or another place, so it only
   * counts with one of these cue words right before or after it
   * (e.g. Tigre: after ["River", "river"], before ["the"]).
   */
  readonly context?: { readonly before?: readonly string[]; readonly after?: readonly string[] };
  /** Words that, anywhere in the article, mean the name is right as it is (Tigre near "Buenos Aires"). */
  readonly unlessNear?: readonly string[];
}

export interface ExonymSection {
  readonly entries: readonly ExonymEntry[];
  /** Also derive country names from ICU (Intl.DisplayNames in `locale` against English). */
  readonly regionNamesFromIcu: boolean;
  /** Source-language region names that must not be flagged (they are English words or names too). */
  readonly ignore: readonly string[];
  /** Lower-case place words before a name the table does not list ("lac" -> "Lake {name}"). */
  readonly placeWords?: readonly PlaceWordEntry[];
}

/** A source-language place word and the English frame for the name after it. */
export interface PlaceWordEntry {
  /** Lower case, with its connector if it takes one: "lac", "golfe de", "mer d'". */
  readonly source: string;
  /** English with {name} for the name: "Lake {name}", "Gulf of {name}". */
  readonly english: string;
}

/**
 * A calque or false friend, as reviewed data a desk can extend.
 * `pattern` is a JavaScript regular expression source matched case-insensitively
 * on word boundaries; `{nationality}`, `{day}`, `{month}`, `{number}` expand to
 * word classes from the English lexicon. Fixes may use $1.. for captured groups.
 */
export interface CalqueEntry {
  readonly id: string;
  readonly pattern: string;
  readonly message: string;
  readonly suggestions: readonly string[];
  readonly category: MqmCategory;
  readonly severity: Severity;
  /** Matched case-sensitively when true (for capitalised names such as "the Hexagon"). */
  readonly caseSensitive?: boolean;
  /**
   * Checked by the tests. A fire example marks the passage it must flag with
   * [brackets] and may end with " => " and the first fix expected
   * ("He met [the head of US diplomacy]. => the US Secretary of State");
   * a quiet example is native English the whole rule must leave alone.
   */
  readonly examples: { readonly fire: readonly string[]; readonly quiet: readonly string[] };
}

export interface UntranslatedSection {
  /**
   * Source-language words that are not English words (lower case). An entry
   * ending in an apostrophe is an elided article or pronoun ("l'", "qu'"): a
   * lower-case word starting with it is a source word ("l'armée"). A word
   * also listed in `allowed` is ambiguous ("de", "plus"): it only counts
   * between other source words. The accented letters of the words listed are
   * taken as the language's: a lower-case word carrying them is a source
   * word unless `allowed` lists it.
   */
  readonly words: readonly string[];
  /** Source-language words or phrases that English has borrowed and uses as is ("coup d'état", "communiqué"). */
  readonly allowed: readonly string[];
  /** Sentence connectors and their English ("toutefois" -> "However"), flagged where they open a sentence or stand between commas. */
  readonly connectors?: readonly ConnectorEntry[];
  /** Everyday source words English does not have, generated from frequency lists (see lexicon.json). */
  readonly lexicon?: SourceLexicon;
}

/**
 * Common unaccented source-language words that are not English words
 * ("madrugada", "trocha"): a lower-case one in English copy is a source word
 * even when the curated `words` do not list it.
 */
export interface SourceLexicon {
  /** Lower case, unaccented, one word per line ("\n"), sorted (code-unit order). */
  readonly words: string;
  /** English words that look like a plural of a listed word ("allies", "bodies"): never read as one. */
  readonly notPlurals: readonly string[];
}

/** A source-language connector ("sin embargo") and the English an editor puts in its place ("However"). */
export interface ConnectorEntry {
  /** Lower case, as the source writes it. */
  readonly source: string;
  /** Sentence case: the rule lowers the first letter inside a sentence. */
  readonly english: string;
}

/** A source-language acronym where English uses another ("EI" for IS). */
export interface AcronymEntry {
  readonly source: string;
  readonly english: readonly string[];
  /** What it stands for in English, for the message. */
  readonly meaning: string;
}

/** A source-language title before a name ("M. Mikati" for Mr. Mikati). */
export interface HonorificEntry {
  readonly source: string;
  readonly english: readonly string[];
  /**
   * Set when `source` is an English word that MT put for a source title
   * ("Mister" for "Monsieur"): the title it renders, named in the message.
   */
  readonly renders?: string;
}

/** How the source language transliterates Arabic and other names, e.g. French "ch" for English "sh". */
export interface TransliterationSection {
  /**
   * [source spelling, English spelling] rewrites, applied in order inside names, e.g. ["ch", "sh"], ["ou", "u"].
   * A source is a regular expression over one lower-case word ({V} a vowel, {C} a consonant), trusted only
   * in names with a marker; or "^word$", a known spelling of one word, trusted anywhere (its English side
   * capitalised for a name, "Putin"; lower case for a common word, "jihadist"). See src/core/names/rewrite.ts.
   */
  readonly rewrites: readonly (readonly [string, string])[];
  /** Name particles that mark an Arabic name ("al-", "el-", "Abou", "Abdel"), case-sensitive; a trailing "-" makes a prefix. */
  readonly markers: readonly string[];
  /** Spellings established in English despite looking source-language ("Houthi", "Mahmoud"). */
  readonly established: readonly string[];
  /** Pattern rewrites for the names of one language family, trusted in a word that shows itself one of them. */
  readonly families?: readonly NameFamily[];
}

/**
 * How the source language transliterates the names of one family (Russian and
 * Ukrainian, say): "Tchoudinov" is Chudinov, "Tokaïev" Tokayev. A word is
 * respelt by the family's rewrites only when it carries one of its endings
 * ("-ov", "-enko") and one of the source's own letters for it ("tch", "ou",
 * "ï"), which English copy never writes in those names; so the English
 * "Khrushchev" or a Polish "-ski" name is left alone.
 */
export interface NameFamily {
  readonly name: string;
  /** Lower-case word endings of the family: "ov", "enko", "ski". */
  readonly endings: readonly string[];
  /** Lower-case letter groups the source writes and English does not: "tch", "ou", "ï". */
  readonly sourceLetters: readonly string[];
  /** [source, English] pattern rewrites applied in order, as in `rewrites`. */
  readonly rewrites: readonly (readonly [string, string])[];
}

/** How the source language writes numbers, for spotting them carried over into English. */
export interface NumberSection {
  readonly decimalSeparator: string;
  /** Characters used to group thousands, e.g. [" ", "\u00a0", "\u202f"] in French, ["."] in Spanish. */
  readonly groupSeparators: readonly string[];
}
