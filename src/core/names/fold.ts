/**
 * Letter-level folding shared by the name comparisons. Pure string functions,
 * no data: what they fold is the same in every language.
 */

const MARKS = /\p{M}+/gu;
const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;
const DOUBLED = /(\p{L})\1+/gu;

/** Letters that Unicode does not decompose into a base letter and a mark. */
const SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h',
};
const SPECIAL_LETTERS = /[øłđðþßæœıħ]/g;

/** Lower case without diacritics: "Ismaïl" -> "ismail", "Erdoğan" -> "erdogan". */
export function foldDiacritics(word: string): string {
  const lower = word.toLowerCase();
  // Plain ASCII is the common case; skip the Unicode passes for it.
  if (/^[\x20-\x7e]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(SPECIAL_LETTERS, (c) => SPECIAL[c] ?? c);
}

/** Does the word carry a diacritic or a special letter ("Goïta", "Mazón")? */
export function hasDiacritics(word: string): boolean {
  return foldDiacritics(word) !== word.toLowerCase();
}

/** Only letters and digits are kept: hyphens, apostrophes and spaces go ("Abdul-Malik" -> "AbdulMalik"). */
export function lettersOnly(word: string): string {
  return word.replace(NOT_LETTERS, '');
}

/** One letter for each run of the same letter: "mohammed" -> "mohamed", "assad" -> "asad". */
export function collapseDoubles(word: string): string {
  return word.replace(DOUBLED, '$1');
}
