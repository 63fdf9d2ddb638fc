import { Buffer } from 'node:buffer';
import { decodeWindows1252 } from './windows-1252';

/** The encodings a file can be read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly ok: true;
  /** The decoded text, byte-order mark removed; everything else (CRLF included) exactly as in the file. */
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Whether the file started with a byte-order mark (removed from `text`). */
  readonly bom: boolean;
  /** Things worth telling the user that did not stop the file from being read. */
  readonly warnings: readonly string[];
}

export type DecodeFailureKind = 'binary' | 'encoding';

export interface DecodeFailure {
  readonly ok: false;
  readonly kind: DecodeFailureKind;
  /** Why, in words, e.g. "binary file (NUL byte at offset 12)". */
  readonly reason: string;
}

export type DecodeResult = DecodedText | DecodeFailure;

/**
 * C0 controls other than tab, line feed, vertical tab, form feed and carriage
 * return, plus DEL. Plain text does not contain them; binary data does.
 */
function isControl(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}
/** C1 controls: in decoded UTF-8 they mean text that went through Windows-1252 twice. */
const C1 = /[\u0080-\u009f]/g;
/** A few stray control characters are tolerated (a DOS end-of-file mark, an escape); more than this is binary. */
const MAX_STRAY_CONTROLS = 8;
/** Windows-1252 text is mostly ASCII; when more than this share of bytes is high, the guess is wrong. */
const MAX_HIGH_SHARE = 0.3;
/** How many leading bytes to look at when guessing UTF-16 without a byte-order mark. */
const UTF16_SAMPLE = 4096;

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

function refuse(kind: DecodeFailureKind, reason: string): DecodeFailure {
  return { ok: false, kind, reason };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a byte-order mark, recognised by its zero bytes: text that is
 * mostly Latin script has a zero high byte in almost every code unit, and a
 * non-zero low byte. Returns null when the bytes do not clearly look so.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, UTF16_SAMPLE);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const units = Math.floor(n / 2);
  if (zeroOdd >= units * 0.4 && zeroEven <= units * 0.02) return 'utf-16le';
  if (zeroEven >= units * 0.4 && zeroOdd <= units * 0.02) return 'utf-16be';
  return null;
}

/** Finds control characters; null when the text is plain, a failure when it is binary, warnings when a few stray ones are kept. */
function checkControls(text: string, offsetOf: (index: number) => number, warnings: string[]): DecodeFailure | null {
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length && count <= MAX_STRAY_CONTROLS; i++) {
    if (!isControl(text.charCodeAt(i))) continue;
    if (first < 0) first = i;
    count++;
  }
  if (count === 0) return null;
  const code = text.charCodeAt(first);
  const where = `${hex(code)} at offset ${offsetOf(first)}`;
  if (count > MAX_STRAY_CONTROLS || code === 0) return refuse('binary', `binary file (control character ${where})`);
  warnings.push(`${count} stray control character${count === 1 ? '' : 's'} kept as is (first: ${where})`);
  return null;
}

function noteC1(text: string, warnings: string[]): void {
  const count = text.match(C1)?.length ?? 0;
  if (count > 0) {
    warnings.push(`${count} C1 control character${count === 1 ? '' : 's'} (U+0080-U+009F), usually a sign the text was converted from Windows-1252 twice`);
  }
}

function noteEmpty(text: string, warnings: string[]): void {
  if (text.length === 0) warnings.push('empty file');
  else if (text.trim().length === 0) warnings.push('the file holds only white space');
}

function done(text: string, encoding: TextEncodingName, bom: boolean, warnings: string[]): DecodedText {
  noteEmpty(text, warnings);
  return { ok: true, text, encoding, bom, warnings };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bomLength: number): DecodeResult {
  const body = bytes.subarray(bomLength);
  let text: string;
  try {
    // ignoreBOM keeps a second mark in the text rather than silently eating it.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const why = body.length % 2 === 1 ? 'an odd number of bytes (truncated?)' : 'an unpaired surrogate';
    const what = bomLength > 0 ? `${encoding.toUpperCase()} (byte-order mark)` : `${encoding.toUpperCase()} without a byte-order mark`;
    return refuse('encoding', `looks like ${what} but holds ${why}`);
  }
  const warnings: string[] = [];
  const binary = checkControls(text, (i) => bomLength + 2 * i, warnings);
  if (binary) return binary;
  if (bomLength === 0) warnings.push(`no byte-order mark; read as ${encoding.toUpperCase()}`);
  return done(text, encoding, bomLength > 0, warnings);
}

/**
 * Byte offset of the first malformed UTF-8 sequence. The lossy decode puts
 * one U+FFFD where each bad sequence starts; the UTF-8 length of the text
 * before it is its byte offset, since everything before decoded cleanly. A
 * U+FFFD that was really in the file (EF BF BD) is skipped.
 */
function firstBadUtf8(bytes: Uint8Array, lossy: string): number {
  let bytePos = 0;
  let from = 0;
  for (let i = lossy.indexOf('\ufffd'); i !== -1; i = lossy.indexOf('\ufffd', i + 1)) {
    bytePos += Buffer.byteLength(lossy.slice(from, i), 'utf8');
    from = i;
    const genuine = bytes[bytePos] === 0xef && bytes[bytePos + 1] === 0xbf && bytes[bytePos + 2] === 0xbd;
    if (!genuine) return bytePos;
  }
  return bytePos;
}

/** True when the lossy decode kept a non-ASCII character: the file holds valid multi-byte UTF-8 somewhere. */
function hasMultiByteUtf8(lossy: string): boolean {
  for (let i = 0; i < lossy.length; i++) {
    const c = lossy.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd) return true;
  }
  return false;
}

function decodeEightBit(bytes: Uint8Array, bomLength: number): DecodeResult {
  const body = bytes.subarray(bomLength);
  const nul = body.indexOf(0);
  if (nul !== -1) return refuse('binary', `binary file (NUL byte at offset ${bomLength + nul})`);

  const warnings: string[] = [];
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    const decoded = text;
    const binary = checkControls(text, (i) => bomLength + Buffer.byteLength(decoded.slice(0, i), 'utf8'), warnings);
    if (binary) return binary;
    noteC1(text, warnings);
    return done(text, 'utf-8', bomLength > 0, warnings);
  }

  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  const bad = bomLength + firstBadUtf8(body, lossy);
  const badByte = bytes[bad] ?? 0;
  const notUtf8 = `not valid UTF-8 (byte ${hex(badByte)} at offset ${bad})`;
  // Valid multi-byte UTF-8 elsewhere means a mostly-UTF-8 file with damage: reading it as
  // Windows-1252 would turn every curly quote into "â€™", so refuse instead of garbling.
  if (bomLength > 0) return refuse('encoding', `${notUtf8}, though it starts with a UTF-8 byte-order mark`);
  if (hasMultiByteUtf8(lossy)) {
    return refuse('encoding', `${notUtf8}; the rest of the file is UTF-8, so it is not guessed as Windows-1252`);
  }
  const latin = decodeWindows1252(body);
  let high = 0;
  for (let i = 0; i < body.length; i++) if (body[i]! >= 0x80) high++;
  const undefinedByte = latin.search(C1);
  // Every Windows-1252 byte is one character, so character offsets are byte offsets.
  if (undefinedByte !== -1 || high > body.length * MAX_HIGH_SHARE || checkControls(latin, (i) => i, warnings)) {
    return refuse('encoding', `${notUtf8}, nor plausible Windows-1252 text`);
  }
  warnings.push(`${notUtf8}; read as Windows-1252`);
  return done(latin, 'windows-1252', false, warnings);
}

/**
 * Turns a file's bytes into text, or says why not. Never throws and never
 * guesses silently: every fallback is named in `warnings`.
 *
 * - UTF-8, with or without a byte-order mark (the mark is dropped, so offsets
 *   count from the first character after it);
 * - UTF-16 LE or BE with a byte-order mark, or without one when the zero bytes
 *   make it plain;
 * - Windows-1252 when the bytes are not UTF-8 but read as plausible text;
 * - refused: binary data (NUL bytes, control characters), UTF-32, text that
 *   is neither UTF-8 nor plausible Windows-1252 (naming the first bad byte).
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return refuse('encoding', 'UTF-32 text is not supported; save it as UTF-8');
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeEightBit(bytes, 3);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le', 2);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be', 2);
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, 0);
  return decodeEightBit(bytes, 0);
}
