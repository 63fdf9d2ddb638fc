/**
 * Word classes looked up straight from a range of the text, in any case, with
 * no slice and no toLowerCase: the word is hashed once to a small integer from
 * its character codes, compared letter by letter with the few listed words of
 * that hash, and its classes come back as bit flags. The name extractor asks
 * this for every word, so it allocates nothing.
 */
export interface WordTable {
  /** The flags of every class listing text[start, end), 0 for none. */
  flagsOf(text: string, start: number, end: number): number;
}

interface Entry {
  readonly word: string;
  flags: number;
}

/** Lower case for ASCII letters; other characters as they are, so non-ASCII words must be listed in lower case. */
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function hashOf(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + lowerCode(text.charCodeAt(i))) & 0x3fffffff;
  return h;
}

/** A table from lists of words, each list with its flag. */
export function wordTable(classes: readonly (readonly [Iterable<string>, number])[]): WordTable {
  const buckets = new Map<number, Entry[]>();
  for (const [words, flag] of classes) {
    for (const w of words) {
      const word = w.toLowerCase();
      const h = hashOf(word, 0, word.length);
      let bucket = buckets.get(h);
      if (bucket === undefined) buckets.set(h, (bucket = []));
      const entry = bucket.find((e) => e.word === word);
      if (entry) entry.flags |= flag;
      else bucket.push({ word, flags: flag });
    }
  }
  return {
    flagsOf(text, start, end) {
      const bucket = buckets.get(hashOf(text, start, end));
      if (bucket === undefined) return 0;
      const length = end - start;
      for (const { word, flags } of bucket) {
        if (word.length !== length) continue;
        let i = 0;
        while (i < length && word.charCodeAt(i) === lowerCode(text.charCodeAt(start + i))) i++;
        if (i === length) return flags;
      }
      return 0;
    },
  };
}
