import type { Span } from '../model/span';

/**
 * Split text[start, end) into sentences.
 *
 * Placeholder splitter: breaks after . ! ? followed by whitespace and an
 * uppercase letter, digit or opening quote. The full splitter (abbreviations,
 * initials, "a.m.") replaces it.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const re = /[.!?]+["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;
  re.lastIndex = start;
  let from = start;
  for (;;) {
    const m = re.exec(text);
    if (m === null || m.index >= end) break;
    const stop = m.index + m[0].trimEnd().length;
    out.push({ start: from, end: stop });
    from = m.index + m[0].length;
  }
  if (from < end) {
    let stop = end;
    while (stop > from && /\s/.test(text[stop - 1]!)) stop--;
    if (stop > from) out.push({ start: from, end: stop });
  }
  return out;
}
