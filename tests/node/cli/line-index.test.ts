import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../../src/node/cli/line-index';

describe('lineIndex', () => {
  it('counts lines from 1 and columns in UTF-16 code units from 1', () => {
    const text = 'ab\ncd😀ef';
    const at = lineIndex(text);
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(2)).toEqual({ line: 1, column: 3 });
    expect(at(3)).toEqual({ line: 2, column: 1 });
    // The emoji is two code units, so "e" is column 5.
    expect(at(text.indexOf('e'))).toEqual({ line: 2, column: 5 });
  });

  it('counts CRLF as one line break, and a lone CR as one', () => {
    const text = 'one\r\ntwo\rthree\n\r\nfive';
    const at = lineIndex(text);
    expect(at(text.indexOf('two'))).toEqual({ line: 2, column: 1 });
    expect(at(text.indexOf('three'))).toEqual({ line: 3, column: 1 });
    expect(at(text.indexOf('five'))).toEqual({ line: 5, column: 1 });
    // The LF of a CRLF still belongs to the line it ends.
    expect(at(text.indexOf('\r\ntwo') + 1)).toEqual({ line: 1, column: 5 });
  });

  it('handles the end of the text and empty text', () => {
    expect(lineIndex('')(0)).toEqual({ line: 1, column: 1 });
    expect(lineIndex('x\n')(2)).toEqual({ line: 2, column: 1 });
  });
});
