import { ENGLISH } from '../lexicon/lexicon';
import type { Span } from '../model/span';
import guards from './name-guards.json';

/** Capitalised English words that can stand right before a name without belonging to it ("In", "Northern"). */
export const OPENERS: ReadonlySet<string> = new Set(guards.openers.words);

/** Source-language prepositions: a name right after one is part of a foreign proper name ("Banque du Liban"). */
export const CONNECTORS: ReadonlySet<string> = new Set(guards.connectors.words);

/** Words flagged together with a river name ("Tigre River"). */
export const RIVER_WORDS: readonly string[] = guards.riverWords.words;

/** Articles that open a source-language place name ("Le Caire", "La Habana"). */
export const LEADING_ARTICLES: ReadonlySet<string> = new Set(guards.leadingArticles.words);

/** Words left in lower case when a multi-word name is title-cased. */
export const LOWER_CASE_IN_NAMES: ReadonlySet<string> = new Set(guards.lowerCaseInNames.words);

/** ICU region codes that are not places a story names. */
export const ICU_SKIP_REGIONS: ReadonlySet<string> = new Set(guards.icuSkipRegions.words);

/**
 * Capitalised words that may follow a name without making it part of a longer
 * proper name: "in Irak Monday", "Syrie Kurdish forces", "Irak And Syria".
 */
export const FOLLOWERS: ReadonlySet<string> = new Set([
  ...ENGLISH.days,
  ...ENGLISH.months,
  ...ENGLISH.demonyms,
  ...guards.openers.words,
]);

const GLOSS_INSIDE = new RegExp(`\\b(?:${guards.glossWords.words.join('|')})\\b`);
const GLOSS_BEFORE = new RegExp(guards.glossBefore.words.join('|'));
const GLOSS_AFTER = new RegExp(guards.glossAfter.words.join('|'));
/** How far to look around a name for a gloss; glosses sit right next to the name. */
const GLOSS_REACH = 60;

/**
 * True when the name at [start, end) is quoted as a foreign word rather than
 * used: "the Tigris (Tigre in French)", "known by its French acronym FINUL",
 * "Tsahal, as the army is called in French".
 */
export function isGloss(text: string, span: Span, paragraph: Span): boolean {
  const from = Math.max(paragraph.start, span.start - GLOSS_REACH);
  const to = Math.min(paragraph.end, span.end + GLOSS_REACH);
  const before = text.slice(from, span.start);
  const after = text.slice(span.end, to);
  const open = before.lastIndexOf('(');
  if (open >= 0 && before.indexOf(')', open) < 0) {
    const close = after.indexOf(')');
    if (close >= 0 && GLOSS_INSIDE.test(before.slice(open + 1) + after.slice(0, close))) return true;
  }
  return GLOSS_BEFORE.test(before) || GLOSS_AFTER.test(after);
}
