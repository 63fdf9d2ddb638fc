import type { WordTable } from '../article/article';
import { foldCode } from './phrase-pattern';

/**
 * The words of all calque entries (their required and anchor sets), numbered
 * once when the rule is built, and per article which of them are present and
 * where the anchor words occur.
 *
 * Per article this reads each distinct form of the article once (a Map look-up
 * or two) instead of building string sets from the vocabulary and from the
 * live entries' anchors: with several hundred live entries a story, those sets
 * cost more than the matching itself.
 */

/** Longest anchor word looked for; longer ones are rare enough to be found by a scan. */
export const ANCHOR_MAX_LENGTH = 40;

/** Marks a form to be compared code unit by code unit (see `CalqueWords.read`). */
const BY_UNITS = -2;

const NO_WORDS: readonly number[] = [];

export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** A token's length and first two letters, folded: a cheap key to rule out most tokens. */
function tokenKey(len: number, c0: number, c1: number): number {
  return (len * 128 + (c0 & 127)) * 32 + (c1 & 31);
}

/** Does a (lower-case) form end in a possessive "'s" or "’s"? */
function isPossessive(form: string): boolean {
  const n = form.length;
  return n > 2 && form.charCodeAt(n - 1) === 115 && (form.charCodeAt(n - 2) === 39 || form.charCodeAt(n - 2) === 0x2019);
}

export class CalqueWords {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** 1 for a word of some usable anchor. */
  private anchor = new Uint8Array(0);
  /** Anchor words by tokenKey, for tokens compared code unit by code unit. */
  private readonly byKey = new Map<number, number[]>();
  /** Anchor sets, each once however many entries use it ("{nationality}" serves several). */
  private readonly sets: Int32Array[] = [];
  private readonly setByKey = new Map<string, number>();

  // Per article, reused: cleared at the start of the next read.
  /** 1 for a word in the article (a form, or a possessive form's stem). */
  present = new Uint8Array(0);
  private readonly positions: (number[] | undefined)[] = [];
  private touched: number[] = [];
  /** Per anchor set, its occurrence count in the article read at `setEpochs[set]`. */
  private setCounts = new Int32Array(0);
  private setEpochs = new Int32Array(0);
  private epoch = 0;

  /** The number of a word, given one when new. Call `seal` after the last. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** Records the words of a usable anchor (each at most ANCHOR_MAX_LENGTH long); returns the set's number. */
  addAnchor(words: readonly string[]): number {
    const key = words.join('\n');
    const known = this.setByKey.get(key);
    if (known !== undefined) return known;
    const out = Int32Array.from(words, (w) => this.idOf(w));
    this.sets.push(out);
    this.setByKey.set(key, this.sets.length - 1);
    for (const id of out) {
      if (this.anchor.length <= id) {
        const grown = new Uint8Array(Math.max(id + 1, this.anchor.length * 2));
        grown.set(this.anchor);
        this.anchor = grown;
      }
      if (this.anchor[id] === 1) continue;
      this.anchor[id] = 1;
      const w = this.words[id]!;
      const key = tokenKey(w.length, w.charCodeAt(0), w.charCodeAt(1));
      const list = this.byKey.get(key);
      if (list === undefined) this.byKey.set(key, [id]);
      else list.push(id);
    }
    return this.sets.length - 1;
  }

  /** The words of anchor set `set`. */
  anchorIds(set: number): Int32Array {
    return this.sets[set]!;
  }

  /** How many tokens of the article spell a word of anchor set `set`; counted once per article. */
  countOf(set: number): number {
    if (this.setEpochs[set] === this.epoch) return this.setCounts[set]!;
    let n = 0;
    for (const id of this.sets[set]!) n += this.positions[id]?.length ?? 0;
    this.setEpochs[set] = this.epoch;
    this.setCounts[set] = n;
    return n;
  }

  /** Called once all words are numbered: sizes the per-article tables. */
  seal(): void {
    this.present = new Uint8Array(this.words.length);
    const anchor = new Uint8Array(this.words.length);
    anchor.set(this.anchor.subarray(0, this.words.length));
    this.anchor = anchor;
    this.setCounts = new Int32Array(this.sets.length);
    this.setEpochs = new Int32Array(this.sets.length);
  }

  /**
   * Reads an article: which words are present, as in `vocabulary.has(w) ||
   * stems.has(w)` over its lower-cased forms and their possessive stems, and
   * where each anchor word occurs. `onPresent` hears each present word once.
   *
   * A token spells an anchor word when its code units, folded one by one
   * (foldCode), spell it or its possessive stem. For a token whose form is
   * ASCII that is the form itself (a non-ASCII letter never lower-cases to
   * ASCII but the Kelvin sign, which folds alike), so such forms are looked
   * up once; the few tokens with other forms are compared unit by unit.
   */
  read(table: WordTable, text: string, onPresent: (id: number) => void): void {
    for (const id of this.touched) this.positions[id] = undefined;
    this.touched = [];
    this.epoch++;
    this.present.fill(0);
    const { forms } = table;
    const anchorOfForm = new Int32Array(forms.length);
    for (let f = 0; f < forms.length; f++) {
      const form = forms[f]!;
      const whole = this.ids.get(form);
      if (whole !== undefined && this.present[whole] === 0) {
        this.present[whole] = 1;
        onPresent(whole);
      }
      let stem: number | undefined;
      if (isPossessive(form)) {
        stem = this.ids.get(form.slice(0, form.length - 2));
        if (stem !== undefined && this.present[stem] === 0) {
          this.present[stem] = 1;
          onPresent(stem);
        }
      }
      if (!isAscii(form)) anchorOfForm[f] = BY_UNITS;
      else if (whole !== undefined && this.anchor[whole] === 1) anchorOfForm[f] = whole;
      else anchorOfForm[f] = stem !== undefined && this.anchor[stem] === 1 ? stem : -1;
    }
    const { count, ids, starts, ends } = table;
    for (let k = 0; k < count; k++) {
      let a = anchorOfForm[ids[k]!]!;
      if (a === BY_UNITS) a = this.anchorByUnits(text, starts[k]!, ends[k]!);
      if (a < 0) continue;
      const list = this.positions[a];
      if (list === undefined) {
        this.positions[a] = [k];
        this.touched.push(a);
      } else {
        list.push(k);
      }
    }
  }

  /** Word indices (see WordTable) of the tokens spelling anchor word `id`, in order. */
  occurrences(id: number): readonly number[] {
    return this.positions[id] ?? NO_WORDS;
  }

  /** The anchor word text[start, end) spells, folded unit by unit, itself or as a possessive; -1 when none. */
  private anchorByUnits(text: string, start: number, end: number): number {
    const len = end - start;
    if (len > ANCHOR_MAX_LENGTH + 2) return -1;
    const word = this.spelled(text, start, len);
    if (word >= 0) return word;
    const last = text.charCodeAt(end - 1);
    if (len > 2 && (last === 115 || last === 83) && foldCode(text.charCodeAt(end - 2)) === 39) return this.spelled(text, start, len - 2);
    return -1;
  }

  private spelled(text: string, start: number, len: number): number {
    const c0 = foldCode(text.charCodeAt(start));
    const c1 = len > 1 ? foldCode(text.charCodeAt(start + 1)) : Number.NaN;
    const list = this.byKey.get(tokenKey(len, c0, c1));
    if (list === undefined) return -1;
    for (const id of list) {
      const word = this.words[id]!;
      if (word.length !== len || word.charCodeAt(0) !== c0) continue;
      let i = 1;
      while (i < len && foldCode(text.charCodeAt(start + i)) === word.charCodeAt(i)) i++;
      if (i === len) return id;
    }
    return -1;
  }
}
