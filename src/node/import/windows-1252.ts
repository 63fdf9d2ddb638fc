/**
 * Windows-1252 decoding.
 *
 * TextDecoder('windows-1252') does the work, but Node 20.18.3 and later (and
 * 22.13 and later) decode bytes 0x80-0x9F as Latin-1 C1 controls instead of
 * the Windows-1252 characters (nodejs/node#56542, #60888): 0x93 comes out as
 * U+0093 rather than the curly quote U+201C. We map those 32 positions back
 * after decoding. On a Node that decodes correctly the pass finds nothing to do.
 */

/**
 * Code points of bytes 0x80-0x9F in the WHATWG index-windows-1252. The five
 * bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to
 * the C1 control of the same value, as the standard says.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const C1_RUN = /[\u0080-\u009f]/g;

/** Decodes Windows-1252 bytes; every byte becomes exactly one UTF-16 code unit. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return text.replace(C1_RUN, (c) => String.fromCharCode(HIGH_CONTROLS[c.charCodeAt(0) - 0x80]!));
}
