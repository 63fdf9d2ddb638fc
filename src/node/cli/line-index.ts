export interface LineColumn {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units, as editors and the JSON offsets count. */
  readonly column: number;
}

// The same breaks as the article parser: CRLF is one break, a lone CR or LF one each.
const LINE_BREAK = /\r\n|\n|\r/g;

/** Maps offsets in `text` to line and column; builds the table of line starts once. */
export function lineIndex(text: string): (offset: number) => LineColumn {
  const starts = [0];
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
