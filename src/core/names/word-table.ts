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
  const entries = new Map<string, Entry>();
  for (const [words, flag] of classes) {
    for (const w of words) {
      const word = w.toLowerCase();
      const entry = entries.get(word);
      if (entry) entry.flags |= flag;
      else entries.set(word, { word, flags: flag });
    }
  }
  // Open buckets in a plain array indexed by the low bits of the hash: cheaper than a Map on the hot path.
  let size = 64;
  while (size < entries.size * 2) size *= 2;
  const mask = size - 1;
  const buckets: (Entry[] | undefined)[] = new Array<Entry[] | undefined>(size).fill(undefined);
  const hashes: (number[] | undefined)[] = new Array<number[] | undefined>(size).fill(undefined);
  for (const entry of entries.values()) {
    const h = hashOf(entry.word, 0, entry.word.length);
    const i = h & mask;
    (buckets[i] ??= []).push(entry);
    (hashes[i] ??= []).push(h);
  }
  return {
    flagsOf(text, start, end) {
      const h = hashOf(text, start, end);
      const bucket = buckets[h & mask];
      if (bucket === undefined) return 0;
      const bucketHashes = hashes[h & mask]!;
      const length = end - start;
      for (let b = 0; b < bucket.length; b++) {
        if (bucketHashes[b] !== h) continue;
        const word = bucket[b]!.word;
        if (word.length !== length) continue;
        let i = 0;
        while (i < length && word.charCodeAt(i) === lowerCode(text.charCodeAt(start + i))) i++;
        if (i === length) return bucket[b]!.flags;
      }
      return 0;
    },
  };
}
