import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { decodeBytes, type DecodeResult } from '../../../src/node/import/decode';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const bytes = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => {
  const le = utf16le(s);
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

function ok(result: DecodeResult) {
  if (!result.ok) throw new Error(`expected text, got refusal: ${result.reason}`);
  return result;
}

function refused(result: DecodeResult) {
  if (result.ok) throw new Error(`expected a refusal, got text ${JSON.stringify(result.text.slice(0, 40))}`);
  return result;
}

const STORY = 'Three rockets hit the Green Zone, near the Tigris River.\r\nNo one claimed the attack.\r\n';

describe('decodeBytes', () => {
  it('reads plain UTF-8 and keeps CRLF exactly', () => {
    const r = ok(decodeBytes(utf8(STORY)));
    expect(r.text).toBe(STORY);
    expect(r.encoding).toBe('utf-8');
    expect(r.bom).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('drops a UTF-8 byte-order mark so that offsets count from the text after it', () => {
    const text = '“Tigre” River, al-Soudani';
    const r = ok(decodeBytes(bytes([0xef, 0xbb, 0xbf], utf8(text))));
    expect(r.text).toBe(text);
    expect(r.text.indexOf('Tigre')).toBe(1);
    expect(r.bom).toBe(true);
    expect(r.encoding).toBe('utf-8');
  });

  it('keeps a second byte-order mark rather than eating it silently', () => {
    const r = ok(decodeBytes(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('x'))));
    expect(r.text).toBe('\ufeffx');
  });

  it('reads an empty file as empty text, with a warning', () => {
    const r = ok(decodeBytes(new Uint8Array(0)));
    expect(r.text).toBe('');
    expect(r.warnings).toEqual(['empty file']);
  });

  it('warns about a file that is only a byte-order mark or white space', () => {
    expect(ok(decodeBytes(bytes([0xef, 0xbb, 0xbf]))).warnings).toEqual(['empty file']);
    expect(ok(decodeBytes(utf8(' \r\n\t\r\n'))).warnings).toEqual(['the file holds only white space']);
  });

  it('refuses binary data with NUL bytes, naming the offset', () => {
    const r = refused(decodeBytes(bytes(utf8('PK'), [0x03, 0x04, 0x00, 0x00, 0x08])));
    expect(r.kind).toBe('binary');
    expect(r.reason).toBe('binary file (NUL byte at offset 4)');
  });

  it('refuses data full of control characters without NUL bytes', () => {
    const data = new Uint8Array(300).map((_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41));
    const r = refused(decodeBytes(data));
    expect(r.kind).toBe('binary');
    expect(r.reason).toMatch(/^binary file \(control character 0x01 at offset 0\)$/);
  });

  it('keeps a few stray control characters, with a warning', () => {
    const r = ok(decodeBytes(utf8('Headline\u001a\nBody text.\u001b')));
    expect(r.text).toBe('Headline\u001a\nBody text.\u001b');
    expect(r.warnings).toEqual(['2 stray control characters kept as is (first: 0x1A at offset 8)']);
  });

  it('names control characters by byte offset in multi-byte UTF-8', () => {
    const many = '\u0007'.repeat(20);
    const r = refused(decodeBytes(utf8(`é${many}`)));
    expect(r.reason).toBe('binary file (control character 0x07 at offset 2)');
  });

  it('falls back to Windows-1252 for plausible 8-bit text, curly quotes included', () => {
    // "Café «Tigre» “quoted” – 5 €" in Windows-1252.
    const data = bytes(utf8('Caf'), [0xe9, 0x20, 0xab], utf8('Tigre'), [0xbb, 0x20, 0x93], utf8('quoted'), [0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80], utf8('\r\n'));
    const r = ok(decodeBytes(data));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('Café «Tigre» “quoted” – 5 €\r\n');
    expect(r.text.length).toBe(data.length);
    expect(r.warnings).toEqual(['not valid UTF-8 (byte 0xE9 at offset 3); read as Windows-1252']);
  });

  it('refuses invalid UTF-8 in an otherwise UTF-8 file instead of garbling it, naming the byte', () => {
    const data = bytes(utf8('It’s near the Tigris. '), [0xff], utf8(' More.'));
    const r = refused(decodeBytes(data));
    expect(r.kind).toBe('encoding');
    expect(r.reason).toBe('not valid UTF-8 (byte 0xFF at offset 24); the rest of the file is UTF-8, so it is not guessed as Windows-1252');
  });

  it('refuses invalid UTF-8 after a UTF-8 byte-order mark, counting the mark in the offset', () => {
    const r = refused(decodeBytes(bytes([0xef, 0xbb, 0xbf], utf8('abc'), [0xe9])));
    expect(r.reason).toBe('not valid UTF-8 (byte 0xE9 at offset 6), though it starts with a UTF-8 byte-order mark');
  });

  it('skips a genuine U+FFFD when locating the first bad byte', () => {
    const data = bytes(utf8('a\ufffdb'), [0xc3], utf8(' tail'));
    expect(refused(decodeBytes(data)).reason).toContain('byte 0xC3 at offset 5');
  });

  it('refuses bytes that are neither UTF-8 nor plausible Windows-1252', () => {
    // Bytes Windows-1252 leaves undefined.
    expect(refused(decodeBytes(bytes(utf8('abc '), [0x81, 0x8d, 0x20, 0x41])))).toMatchObject({
      kind: 'encoding',
      reason: 'not valid UTF-8 (byte 0x81 at offset 4), nor plausible Windows-1252 text',
    });
    // Mostly high bytes: not Western European text.
    const high = new Uint8Array(200).map((_, i) => 0xa0 + (i % 90));
    expect(refused(decodeBytes(high)).reason).toMatch(/^not valid UTF-8 \(byte 0x[0-9A-F]{2} at offset \d+\), nor plausible Windows-1252 text$/);
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    const text = 'Hachd al-Chaabi, “Tigre”\r\n😀 done';
    const le = ok(decodeBytes(bytes([0xff, 0xfe], utf16le(text))));
    expect(le).toMatchObject({ text, encoding: 'utf-16le', bom: true, warnings: [] });
    const be = ok(decodeBytes(bytes([0xfe, 0xff], utf16be(text))));
    expect(be).toMatchObject({ text, encoding: 'utf-16be', bom: true, warnings: [] });
  });

  it('reads UTF-16 without a byte-order mark when the zero bytes make it clear', () => {
    const le = ok(decodeBytes(utf16le(STORY)));
    expect(le.text).toBe(STORY);
    expect(le.encoding).toBe('utf-16le');
    expect(le.warnings).toEqual(['no byte-order mark; read as UTF-16LE']);
    const be = ok(decodeBytes(utf16be(STORY)));
    expect(be.text).toBe(STORY);
    expect(be.encoding).toBe('utf-16be');
  });

  it('refuses truncated UTF-16 and UTF-16 with an unpaired surrogate', () => {
    expect(refused(decodeBytes(bytes([0xff, 0xfe], utf16le('abc'), [0x41])))).toMatchObject({
      kind: 'encoding',
      reason: 'looks like UTF-16LE (byte-order mark) but holds an odd number of bytes (truncated?)',
    });
    expect(refused(decodeBytes(bytes([0xff, 0xfe], utf16le('abc'), [0x00, 0xd8], utf16le('d')))).reason).toContain('an unpaired surrogate');
  });

  it('refuses UTF-16 data that decodes to control characters as binary', () => {
    const shorts = new Uint8Array(400).map((_, i) => (i % 2 === 0 ? 1 + ((i / 2) % 8) : 0));
    expect(refused(decodeBytes(bytes([0xff, 0xfe], shorts))).kind).toBe('binary');
  });

  it('refuses UTF-32', () => {
    expect(refused(decodeBytes(bytes([0xff, 0xfe, 0x00, 0x00], [0x41, 0, 0, 0]))).reason).toBe('UTF-32 text is not supported; save it as UTF-8');
  });

  it('warns about C1 controls left by a double conversion', () => {
    const r = ok(decodeBytes(utf8('the \u0093attack\u0094')));
    expect(r.warnings).toEqual(['2 C1 control characters (U+0080-U+009F), usually a sign the text was converted from Windows-1252 twice']);
  });

  it('never throws, whatever the bytes', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let n = 0; n < 300; n++) {
      const data = new Uint8Array(n % 50).map(random);
      const r = decodeBytes(data);
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
    }
  });
});
