/**
 * Spelling rewrites as data: [source, English] pairs from a profile's
 * transliteration section or from name-words.json. A source is either a whole
 * word, written "^poutine$" (a known spelling of one word), or a regular
 * expression over one lower-case word or hyphen-separated piece of a word,
 * where {V} stands for a vowel and {C} for a consonant ("ou(?={C}{V})").
 * The English side of a whole word keeps its case: capitalised for a name
 * ("Putin": the lower-case "poutine" is a dish), lower case for a common word
 * ("jihadist"). Compiled once per profile set, applied per word.
 */

const PLACEHOLDERS: Readonly<Record<string, string>> = {
  V: '[aeiouyàâäáãåéèêëíìîïóòôöõúùûüÿ]',
  C: '[bcdfghjklmnpqrstvwxzçñ]',
};
/** {V} or {C}; not the {L} of a Unicode property escape such as \\p{L}. */
const PLACEHOLDER = /(?<!\\[pP])\{([A-Z])\}/g;
const WHOLE_WORD = /^\^([\p{Ll}\p{M}'’-]+)\$$/u;
const ASCII = /^[\x20-\x7e]*$/;

export interface Rewrite {
  readonly pattern: RegExp;
  readonly replacement: string;
}

export interface KnownSpelling {
  /** The English spelling, lower case. */
  readonly text: string;
  /** English writes it in lower case too ("jihadist"), so it counts in lower-case text, not only in names. */
  readonly common: boolean;
}

export interface RewriteSet {
  /** Whole-word spellings, keyed in lower case: "poutine" -> "putin". */
  readonly words: ReadonlyMap<string, KnownSpelling>;
  /** Pattern rewrites, in the order given. */
  readonly patterns: readonly Rewrite[];
}

export const NO_REWRITES: RewriteSet = { words: new Map(), patterns: [] };

/** Expands {V} and {C}; throws on an unknown placeholder. */
export function expandPlaceholders(source: string, where: string): string {
  return source.replace(PLACEHOLDER, (whole, name: string) => {
    const expansion = PLACEHOLDERS[name];
    if (expansion === undefined) throw new Error(`${where}: unknown placeholder ${whole} (known: {V}, {C})`);
    return expansion;
  });
}

/** Compiles [source, English] pairs; `where` names the data in error messages. */
export function compileRewrites(pairs: readonly (readonly [string, string])[], where: string): RewriteSet {
  const words = new Map<string, KnownSpelling>();
  const patterns: Rewrite[] = [];
  pairs.forEach(([source, replacement], i) => {
    const whole = WHOLE_WORD.exec(source.normalize('NFC'));
    if (whole) {
      const text = replacement.toLowerCase();
      words.set(whole[1]!, { text, common: text === replacement });
      return;
    }
    try {
      patterns.push({ pattern: new RegExp(expandPlaceholders(source, `${where}[${i}]`), 'gu'), replacement });
    } catch (error) {
      throw new Error(`${where}[${i}]: ${JSON.stringify(source)} is not a valid pattern (${(error as Error).message})`);
    }
  });
  return { words, patterns };
}

/** Applies the pattern rewrites in order to a lower-case word. */
export function applyPatterns(lower: string, patterns: readonly Rewrite[]): string {
  let out = lower;
  for (const { pattern, replacement } of patterns) {
    pattern.lastIndex = 0;
    if (pattern.test(out)) {
      pattern.lastIndex = 0;
      out = out.replace(pattern, replacement);
    }
  }
  return out;
}

/**
 * Rewrites one lower-case word piece by piece (pieces split at hyphens, so
 * "^" and "$" in a pattern anchor on each piece): a known whole-word spelling
 * first, then the patterns when `patterns` is set.
 */
export function rewriteWord(lower: string, set: RewriteSet, patterns: boolean): string {
  // Data is compared in NFC; a word that no rewrite changes comes back exactly as given.
  const word = ASCII.test(lower) ? lower : lower.normalize('NFC');
  const known = set.words.get(word);
  if (known !== undefined) return known.text;
  if (!patterns || set.patterns.length === 0) return lower;
  const out =
    word.indexOf('-') < 0 && word.indexOf('‐') < 0
      ? applyPatterns(word, set.patterns)
      : word
          .split(/([-‐])/)
          .map((piece) => (piece === '-' || piece === '‐' ? piece : (set.words.get(piece)?.text ?? applyPatterns(piece, set.patterns))))
          .join('');
  return out === word ? lower : out;
}

/**
 * `lower` written in the case of `model`: all lower, all upper, letter by
 * letter when the lengths agree, else with the capitals of the model's
 * hyphen- or space-separated pieces ("Al-Noujaba" -> "Al-Nujaba").
 */
export function matchCase(model: string, lower: string): string {
  if (model === model.toLowerCase()) return lower;
  if (model === model.toUpperCase()) return lower.toUpperCase();
  if (model.length === lower.length) {
    let out = '';
    for (let i = 0; i < lower.length; i++) {
      const m = model[i]!;
      out += m !== m.toLowerCase() ? lower[i]!.toUpperCase() : lower[i]!;
    }
    return out;
  }
  const modelPieces = model.split(/[-‐ ]/);
  let piece = 0;
  // A rewrite may split one word in two ("Abdelfatah" -> "Abdel Fattah"): the extra piece takes the case of the last.
  return lower
    .split(/([-‐ ])/)
    .map((p) => {
      if (p === '-' || p === '‐' || p === ' ') return p;
      const m = modelPieces[Math.min(piece++, modelPieces.length - 1)] ?? '';
      const upper = m.length > 0 && m[0] !== m[0]!.toLowerCase();
      return upper && p.length > 0 ? p[0]!.toUpperCase() + p.slice(1) : p;
    })
    .join('');
}
