import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { lineSeparatorOf, offsetMap } from '../../../renderer/review/doc-offsets';

function editorOf(text: string) {
  const sep = lineSeparatorOf(text);
  const state = EditorState.create({ doc: text, extensions: EditorState.lineSeparator.of(sep) });
  return { sep, state, map: offsetMap(state.doc, sep) };
}

describe('story offsets in the editor', () => {
  it('keeps a CRLF story exact: the document joins back to the text, offsets map both ways', () => {
    const text = 'Headline\r\n-----\r\n\r\nFirst para.\r\nSecond para.';
    const { sep, state, map } = editorOf(text);
    expect(sep).toBe('\r\n');
    expect(state.sliceDoc()).toBe(text);
    expect(state.doc.lines).toBe(5);
    for (const word of ['Headline', 'First', 'Second']) {
      const at = text.indexOf(word);
      expect(map.toText(map.toDoc(at))).toBe(at);
      expect(state.sliceDoc(map.toDoc(at), map.toDoc(at + word.length))).toBe(word);
    }
  });

  it('splits a story that mixes CRLF and LF on LF, so it still has its lines', () => {
    const text = 'One.\r\n\r\nTwo.\n\nThree.\nFour.';
    const { sep, state, map } = editorOf(text);
    expect(sep).toBe('\n');
    expect(state.doc.lines).toBe(6);
    expect(state.sliceDoc()).toBe(text);
    const at = text.indexOf('Three');
    expect(map.toDoc(at)).toBe(at);
  });

  it('uses LF for an LF story or one without breaks', () => {
    expect(lineSeparatorOf('a\nb')).toBe('\n');
    expect(lineSeparatorOf('one line')).toBe('\n');
  });
});
