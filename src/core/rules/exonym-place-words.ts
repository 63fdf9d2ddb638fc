import type { Article } from '../article/article';
import { wordsIn } from '../article/words';
import { escapeRegExp } from '../escape-regexp';
import type { Finding } from '../model/finding';
import type { Profile } from '../profiles/profile';
import { normalizeWord } from './source-word';

/**
 * Geographic words MT leaves in the source language before a name it does
 * not know: "lac Balkhach", "golfe de Guinée", "río Paraná", "mer d'Azov".
 * The exonym table holds the names English renders otherwise ("mer Rouge" is
 * the Red Sea); these are the others, where the editor at least needs the
 * English frame ("Lake Balkhach") and then the English spelling of the name.
 * The place word must be in lower case, as the source writes it; a capital
 * ("Mont Blanc", "Lago Maggiore") is a name English keeps.
 */

interface PlaceWord {
  readonly source: string;
  readonly english: string;
  readonly profile: Profile;
}

/** A capitalised name of up to three words after the place word ("Balkhach", "Tonlé Sap", "Nahuel Huapi"). */
const NAME = String.raw`(\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*(?: \p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*){0,2})`;

/** Source text as a pattern: an apostrophe matches either kind. */
function sourcePattern(source: string): string {
  return escapeRegExp(source).replace(/'/g, "['’]");
}

/** The first word of a source ("presqu'île" of "presqu'île de"), as the article's forms are keyed. */
function headOf(source: string): string {
  const first = wordsIn(source)[0];
  return first === undefined ? source : normalizeWord(source.slice(first.start, first.end));
}

export function createPlaceWordMatcher(profiles: readonly Profile[]) {
  const words: PlaceWord[] = [];
  for (const profile of profiles) for (const w of profile.exonyms.placeWords ?? []) words.push({ ...w, profile });
  // Longest first, so "lac de" wins over "lac" and "golfe du" over "golfe".
  words.sort((a, b) => b.source.length - a.source.length);
  const heads = new Set(words.map((w) => headOf(w.source)));
  const bySource = new Map(words.map((w) => [w.source.replace(/’/g, "'"), w]));
  const alternatives = [...new Set(words.map((w) => sourcePattern(w.source)))];
  // An elided source ("lac d'") runs straight into the name; others take one space.
  const regex =
    alternatives.length === 0
      ? null
      : new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${alternatives.join('|')})(?:(?<=['’])| )${NAME}`, 'gu');

  function find(article: Article): Finding[] {
    if (regex === null || !article.wordTable().forms.some((f) => heads.has(normalizeWord(f)))) return [];
    const text = article.text;
    const out: Finding[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const source = m[1]!.replace(/’/g, "'");
      const word = bySource.get(source);
      if (word === undefined) continue;
      const name = m[2]!;
      const start = m.index;
      const end = start + m[0].length;
      const fix = word.english.replace('{name}', name);
      out.push({
        start,
        end,
        rule: 'exonym',
        category: 'accuracy/mistranslation',
        severity: 'major',
        message: `${word.profile.name} “${m[1]}” before a place name; in English, “${fix}” (check the English spelling of the name).`,
        suggestions: [fix],
        profile: word.profile.id,
      });
    }
    return out;
  }

  return { find };
}
