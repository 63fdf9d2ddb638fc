/**
 * The distinct lower-cased words of one article, each with a number.
 *
 * Rules used to slice and lower-case every word they looked at, several times
 * over; on a large input that made strings (and garbage) by the million. Here
 * a word of ASCII letters is hashed and compared in place, folding A-Z on the
 * fly, and a string is made only for a form not seen before. Other words take
 * the exact path: slice, toLowerCase (ICU rules: "İ", final sigma), then the
 * same table, so that "K" (Kelvin sign) and "k" still share one form.
 */
export class WordForms {
  /** Lower-cased forms, in order of first occurrence; a form's id is its index. */
  readonly forms: string[] = [];
  private hashes = new Int32Array(256);
  /** Open addressing: id + 1 of the form in each slot, 0 when empty. */
  private slots = new Int32Array(1024);

  /** Id of the lower-cased form of text[start, end), added when new. */
  idOf(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) return this.idOfForm(text.slice(start, end).toLowerCase());
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 0x01000193);
    }
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      if (id < 0) return this.add(asciiLower(text, start, end), h, slot);
      if (this.hashes[id] === h && this.sameFolded(this.forms[id]!, text, start, len)) return id;
    }
  }

  /** Id of a form that is already lower case, added when new. */
  idOfForm(form: string): number {
    const h = hashOf(form);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      if (id < 0) return this.add(form, h, slot);
      if (this.hashes[id] === h && this.forms[id] === form) return id;
    }
  }

  private sameFolded(form: string, text: string, start: number, len: number): boolean {
    if (form.length !== len) return false;
    for (let k = 0; k < len; k++) {
      let c = text.charCodeAt(start + k);
      if (c >= 65 && c <= 90) c += 32;
      if (form.charCodeAt(k) !== c) return false;
    }
    return true;
  }

  private add(form: string, hash: number, slot: number): number {
    const id = this.forms.length;
    this.forms.push(form);
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    // Kept at most half full, so that probes stay short.
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.forms.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/**
 * text[start, end), all ASCII, lower-cased: the same string as
 * slice().toLowerCase(), built from code units. Wire copy with curly quotes
 * is a two-byte string, and so is every slice of it; lower-casing a two-byte
 * string takes a slower path, and building the table of the corpus stories
 * went from 0.25 to 0.19 ms a story this way. Short words (most) are built
 * one unit at a time, which gives a flat one-byte string.
 */
function asciiLower(text: string, start: number, end: number): string {
  if (end - start > 12) return text.slice(start, end).toLowerCase();
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return out;
}

/** The hash `idOf` computes on the fly: FNV-1a over code units, A-Z folded (a no-op on a lower-cased form). */
function hashOf(form: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < form.length; i++) {
    let c = form.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}
