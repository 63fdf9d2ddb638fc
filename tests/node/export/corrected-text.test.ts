import { describe, expect, it } from 'vitest';
import { correctedText } from '../../../src/node/export/corrected-text';

describe('correctedText', () => {
  it('keeps the text and its layout as the editor left it', () => {
    const text = 'Headline\n\n-----\n\nFirst paragraph.\n\nSecond.\n';
    expect(correctedText({ sourceText: text, currentText: text })).toBe(text);
  });

  it('gives CRLF back when the input had CRLF, even if the editor handed LF', () => {
    expect(correctedText({ sourceText: 'A\r\n\r\nB\r\n', currentText: 'A!\n\nB\r\n' })).toBe('A!\r\n\r\nB\r\n');
  });

  it('leaves LF input alone', () => {
    expect(correctedText({ sourceText: 'A\n\nB\n', currentText: 'A\n\nC\n' })).toBe('A\n\nC\n');
  });
});
