import type { Article } from '../article/article';
import { namesOf } from '../names/extract-names';
import type { NameMention } from '../names/name-mention';
import type { NameForms, NameNormalizer } from '../names/normalize';
import type { Respeller } from '../names/respell';

/** One name mention with the comparison forms of its words (names/normalize.ts). */
export interface NameOccurrence {
  readonly mention: NameMention;
  /** Key and form of each name word, the article ("al-") dropped: given names first, the surname last. */
  readonly words: readonly NameForms[];
  /** Has an Arabic article before the surname, glued ("al-Sudani") or spaced ("al Sudani"). */
  readonly prefixed: boolean;
  /** Marked as an Arabic name by a particle (names/respell.ts). */
  readonly marked: boolean;
  /** Its capital proves nothing: one word opening a sentence, or a title-case heading. */
  readonly weak: boolean;
}

export function surname(o: NameOccurrence): NameForms {
  return o.words[o.words.length - 1]!;
}

/** Every name mention of the article with at least one name word, in text order. */
export function nameOccurrences(article: Article, normalizer: NameNormalizer, respeller: Respeller): NameOccurrence[] {
  const text = article.text;
  const out: NameOccurrence[] = [];
  for (const mention of namesOf(article)) {
    const words: NameForms[] = [];
    let lastIndex = -1;
    mention.parts.forEach((part, index) => {
      // A demonym inside a name is one of its words ("Shia" in "Mohammed Shia al-Sudani").
      if (part.kind !== 'name' && part.kind !== 'demonym') return;
      words.push(normalizer.forms(text.slice(part.coreStart, part.end)));
      lastIndex = index;
    });
    if (words.length === 0) continue;
    const last = mention.parts[lastIndex]!;
    const before = mention.parts[lastIndex - 1];
    out.push({
      mention,
      words,
      prefixed: last.coreStart > last.start || (before !== undefined && before.kind === 'particle'),
      marked: respeller.marked(text, mention),
      weak: mention.titleCase || (mention.sentenceStart && mention.parts.length === 1),
    });
  }
  return out;
}
