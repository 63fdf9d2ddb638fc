/**
 * Are two comparison keys (normalize.ts) one name in two transliterations?
 * The keys already fold the usual habits (ch/sh, ou/u, y/i, doubled
 * letters...); what is left is counted here as "soft" edits: a vowel for a
 * vowel, a consonant for a close one (k/g, kh/j, d/z), a vowel or h more or
 * less. Any other difference makes two names. The edits allowed are data
 * (name-words.json softPairs, softIndels).
 *
 * Keys are compared from both ends first, so that the usual pair of unrelated
 * names costs a couple of character reads and allocates nothing; only the
 * short middle where they differ goes through the edit table.
 */

export interface SoftEdits {
  /** Two consonants that may stand for each other ("kg" for k and g), either order. */
  readonly pairs: readonly string[];
  /** Letters that may be there or not ("aeiouh"). */
  readonly indels: string;
}

export interface Similarity {
  /**
   * The number of soft edits from `a` to `b`, or `max + 1` when it takes
   * more, or any edit that is not soft.
   */
  distance(a: string, b: string, max: number): number;
  /** A vowel, as the keys write them. */
  isVowel(c: number): boolean;
}

const VOWELS = 'aeiou';
/** Past this many letters of difference in the middle, two keys are two names whatever the letters. */
const MAX_MIDDLE = 6;

export function createSimilarity(edits: SoftEdits): Similarity {
  const vowel = new Uint8Array(128);
  for (const c of VOWELS) vowel[c.charCodeAt(0)] = 1;
  const indel = new Uint8Array(128);
  for (const c of edits.indels) indel[c.charCodeAt(0)] = 1;
  /** soft[a * 128 + b] = 1 when a and b may stand for each other. */
  const soft = new Uint8Array(128 * 128);
  for (const pair of edits.pairs) {
    const a = pair.charCodeAt(0);
    const b = pair.charCodeAt(1);
    if (a < 128 && b < 128) soft[a * 128 + b] = soft[b * 128 + a] = 1;
  }
  for (const a of VOWELS) for (const b of VOWELS) soft[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = 1;

  const subCost = (x: number, y: number) => (x === y ? 0 : x < 128 && y < 128 && soft[x * 128 + y] === 1 ? 1 : 99);
  const indelCost = (x: number) => (x < 128 && indel[x] === 1 ? 1 : 99);

  // One row buffer pair, reused: the middle is at most MAX_MIDDLE letters.
  let previous = new Int32Array(MAX_MIDDLE + 2);
  let current = new Int32Array(MAX_MIDDLE + 2);

  function distance(a: string, b: string, max: number): number {
    const over = max + 1;
    const la = a.length;
    const lb = b.length;
    if (Math.abs(la - lb) > max) return over;
    let start = 0;
    const shorter = Math.min(la, lb);
    while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
    if (start === la && start === lb) return 0;
    let ea = la;
    let eb = lb;
    while (ea > start && eb > start && a.charCodeAt(ea - 1) === b.charCodeAt(eb - 1)) {
      ea--;
      eb--;
    }
    const na = ea - start;
    const nb = eb - start;
    // One edit leaves at most one letter of difference on each side.
    if (na > MAX_MIDDLE || nb > MAX_MIDDLE || (max === 1 && (na > 1 || nb > 1))) return over;
    // The usual cases without a table: one letter for another, one letter more.
    if (na === 1 && nb === 1) return Math.min(over, subCost(a.charCodeAt(start), b.charCodeAt(start)));
    if (na === 0 && nb === 1) return Math.min(over, indelCost(b.charCodeAt(start)));
    if (na === 1 && nb === 0) return Math.min(over, indelCost(a.charCodeAt(start)));
    // Edit distance over the differing middle only.
    for (let j = 0; j <= nb; j++) previous[j] = j === 0 ? 0 : Math.min(over, previous[j - 1]! + indelCost(b.charCodeAt(start + j - 1)));
    for (let i = 1; i <= na; i++) {
      const ca = a.charCodeAt(start + i - 1);
      current[0] = Math.min(over, previous[0]! + indelCost(ca));
      let best = current[0]!;
      for (let j = 1; j <= nb; j++) {
        const cb = b.charCodeAt(start + j - 1);
        const v = Math.min(previous[j - 1]! + subCost(ca, cb), previous[j]! + indelCost(ca), current[j - 1]! + indelCost(cb));
        current[j] = Math.min(over, v);
        if (current[j]! < best) best = current[j]!;
      }
      if (best >= over) return over;
      const t = previous;
      previous = current;
      current = t;
    }
    return Math.min(over, previous[nb]!);
  }

  return { distance, isVowel: (c) => c < 128 && vowel[c] === 1 };
}

/**
 * One name in two spellings, as far as two keys can tell: equal, or within
 * `max` soft edits when both are at least `minLength` letters long. Even then
 * a longer form of a word is another word (Sudan, Sudani; Donets, Donetsk),
 * except for the French mute e after n (Burhane, Burhan); and, when `strict`
 * is set (a surname on its own, with no first name to vouch for it), a
 * feminine -a against another ending is another person (Zelenska, Zelensky).
 */
export function sameName(similarity: Similarity, a: string, b: string, max: number, minLength: number, strict: boolean): boolean {
  if (a === b) return true;
  if (a.length < minLength || b.length < minLength) return false;
  if (similarity.distance(a, b, max) > max) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short)) return long.length === short.length + 1 && long.endsWith('e') && short.endsWith('n');
  if (strict) {
    const ea = a.charCodeAt(a.length - 1);
    const eb = b.charCodeAt(b.length - 1);
    if (ea !== eb && (ea === 97 || eb === 97)) return false;
  }
  return true;
}
