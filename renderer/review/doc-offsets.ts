import type { Text } from '@codemirror/state';

/**
 * Story offsets are UTF-16 units of the exact text, where a CRLF is two
 * units; CodeMirror counts any line break as one position. The editor is
 * given the text's own separator ("\r\n" when the text has one, else "\n"),
 * so its document joins back to exactly the story text, and offsets differ by
 * (separator length - 1) per line break before them.
 */
export function lineSeparatorOf(text: string): '\r\n' | '\n' {
  // Only when every break is CRLF. A file that mixes CRLF and LF (pasted
  // together from two sources) is split on LF, its CRs left inside their
  // lines: with CRLF as the separator its LF-only breaks would not be line
  // breaks at all, and the editor would lay out one line of the whole story.
  const crlf = text.split('\r\n').length - 1;
  return crlf > 0 && crlf === text.split('\n').length - 1 ? '\r\n' : '\n';
}

export interface OffsetMap {
  /** Editor position -> story offset. */
  toText(pos: number): number;
  /** Story offset -> editor position. */
  toDoc(offset: number): number;
}

export function offsetMap(doc: Text, separator: string): OffsetMap {
  const extra = separator.length - 1;
  if (extra === 0) return { toText: (pos) => pos, toDoc: (offset) => Math.min(offset, doc.length) };
  const lineStart = (n: number) => doc.line(n).from + (n - 1) * extra;
  return {
    toText: (pos) => pos + (doc.lineAt(pos).number - 1) * extra,
    toDoc(offset) {
      // Binary search for the last line starting at or before the offset.
      let lo = 1;
      let hi = doc.lines;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStart(mid) <= offset) lo = mid;
        else hi = mid - 1;
      }
      const line = doc.line(lo);
      return line.from + Math.min(offset - lineStart(lo), line.length);
    },
  };
}
