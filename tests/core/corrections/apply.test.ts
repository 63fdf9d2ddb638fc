import { describe, expect, it } from 'vitest';
import {
  applyReplacement,
  mapOffset,
  mapSpan,
  mapSpans,
  replacementDelta,
  replacementOf,
  replayCorrections,
  type Replacement,
} from '../../../src/core/corrections/apply';
import { makeCorrection } from './fixtures';

// "Pékin," is [0, 6), CRLF [6, 8), "le président" [8, 20), CRLF [20, 22), "a dit." [22, 28).
const CRLF_TEXT = 'Pékin,\r\nle président\r\na dit.';

describe('applyReplacement', () => {
  it('replaces, inserts and deletes', () => {
    expect(applyReplacement('the cat sat', { start: 4, end: 7, text: 'dog' })).toBe('the dog sat');
    expect(applyReplacement('the cat', { start: 4, end: 4, text: 'black ' })).toBe('the black cat');
    expect(applyReplacement('the cat', { start: 3, end: 7, text: '' })).toBe('the');
  });

  it('counts CRLF as two units and can replace across it', () => {
    expect(CRLF_TEXT.slice(8, 20)).toBe('le président');
    expect(applyReplacement(CRLF_TEXT, { start: 0, end: 5, text: 'Beijing' })).toBe('Beijing,\r\nle président\r\na dit.');
    // Join two lines: the CRLF at [20, 22) becomes a space.
    expect(applyReplacement(CRLF_TEXT, { start: 20, end: 22, text: ' ' })).toBe('Pékin,\r\nle président a dit.');
  });

  it('refuses a range that does not fit', () => {
    expect(() => applyReplacement('abc', { start: 2, end: 4, text: '' })).toThrow(RangeError);
    expect(() => applyReplacement('abc', { start: 2, end: 1, text: '' })).toThrow(RangeError);
    expect(() => applyReplacement('abc', { start: -1, end: 1, text: '' })).toThrow(RangeError);
    expect(() => applyReplacement('abc', { start: 0.5, end: 1, text: '' })).toThrow(RangeError);
  });
});

describe('mapOffset', () => {
  const r: Replacement = { start: 4, end: 7, text: 'mouse' }; // "the cat sat" -> "the mouse sat", delta +2

  it('keeps offsets before, moves offsets after', () => {
    expect(replacementDelta(r)).toBe(2);
    expect(mapOffset(2, r)).toBe(2);
    expect(mapOffset(8, r)).toBe(10);
  });

  it('sends offsets at or inside the range to one side by assoc', () => {
    for (const offset of [4, 5, 7]) {
      expect(mapOffset(offset, r, -1)).toBe(4);
      expect(mapOffset(offset, r, 1)).toBe(9);
    }
  });

  it('moves an offset past an insertion at it only with assoc 1', () => {
    const insertion = { start: 3, end: 3, text: 'xx' };
    expect(mapOffset(3, insertion, -1)).toBe(3);
    expect(mapOffset(3, insertion)).toBe(5);
  });
});

describe('mapSpan', () => {
  // "a dit" in CRLF_TEXT.
  const finding = { start: 22, end: 27 };

  it('moves a range after an edit by the length change, across CRLF lines', () => {
    expect(CRLF_TEXT.slice(finding.start, finding.end)).toBe('a dit');
    const r = { start: 0, end: 5, text: 'Beijing' };
    const moved = mapSpan(finding, r)!;
    expect(applyReplacement(CRLF_TEXT, r).slice(moved.start, moved.end)).toBe('a dit');
  });

  it('keeps a range before an edit where it is', () => {
    expect(mapSpan({ start: 0, end: 5 }, { start: 22, end: 27, text: 'said' })).toEqual({ start: 0, end: 5 });
  });

  it('treats edits touching the boundaries as outside', () => {
    // Ends where the range starts: before it.
    expect(mapSpan({ start: 5, end: 8 }, { start: 2, end: 5, text: 'x' })).toEqual({ start: 3, end: 6 });
    // Insertion at the start: the range moves with its text.
    expect(mapSpan({ start: 5, end: 8 }, { start: 5, end: 5, text: 'ab' })).toEqual({ start: 7, end: 10 });
    // Starts where the range ends: after it.
    expect(mapSpan({ start: 5, end: 8 }, { start: 8, end: 9, text: '' })).toEqual({ start: 5, end: 8 });
    expect(mapSpan({ start: 5, end: 8 }, { start: 8, end: 8, text: 'zz' })).toEqual({ start: 5, end: 8 });
  });

  it('drops a range whose text the edit changed', () => {
    expect(mapSpan({ start: 5, end: 8 }, { start: 6, end: 7, text: 'Q' })).toBeNull(); // inside
    expect(mapSpan({ start: 5, end: 8 }, { start: 4, end: 6, text: '' })).toBeNull(); // over the start
    expect(mapSpan({ start: 5, end: 8 }, { start: 7, end: 12, text: '' })).toBeNull(); // over the end
    expect(mapSpan({ start: 5, end: 8 }, { start: 0, end: 20, text: 'all new' })).toBeNull(); // around
    expect(mapSpan({ start: 5, end: 8 }, { start: 6, end: 6, text: 'in' })).toBeNull(); // insertion inside
  });

  it('stretches a range over the edit when asked', () => {
    expect(mapSpan({ start: 5, end: 8 }, { start: 6, end: 7, text: 'QQQ' }, 'stretch')).toEqual({ start: 5, end: 10 });
    expect(mapSpan({ start: 5, end: 8 }, { start: 3, end: 6, text: '' }, 'stretch')).toEqual({ start: 3, end: 5 });
    expect(mapSpan({ start: 5, end: 8 }, { start: 7, end: 12, text: 'xy' }, 'stretch')).toEqual({ start: 5, end: 9 });
    expect(mapSpan({ start: 5, end: 8 }, { start: 0, end: 20, text: 'all new' }, 'stretch')).toEqual({ start: 0, end: 7 });
  });

  it('keeps following the text through a series of CRLF edits', () => {
    let text = CRLF_TEXT;
    let span = { start: 8, end: 20 }; // "le président"
    const edits: Replacement[] = [
      { start: 0, end: 5, text: 'Beijing' }, // before
      { start: 8, end: 10, text: '\n' }, // CRLF -> LF, before
      { start: 21, end: 23, text: ' ' }, // CRLF after "président" -> space, after
    ];
    for (const r of edits) {
      span = mapSpan(span, r)!;
      text = applyReplacement(text, r);
      expect(text.slice(span.start, span.end)).toBe('le président');
    }
    expect(text).toBe('Beijing,\nle président a dit.');
  });
});

describe('mapSpans', () => {
  it('keeps the other fields and drops the touched items', () => {
    const findings = [
      { start: 0, end: 5, rule: 'exonym' },
      { start: 8, end: 20, rule: 'honorific' },
      { start: 22, end: 27, rule: 'calque' },
    ];
    const out = mapSpans(findings, { start: 8, end: 20, text: 'President' });
    expect(out).toEqual([
      { start: 0, end: 5, rule: 'exonym' },
      { start: 19, end: 24, rule: 'calque' },
    ]);
    expect(out[0]).toBe(findings[0]);
  });
});

describe('replayCorrections', () => {
  const mt = 'Le président a dit à Pékin.';
  const accept = makeCorrection({ id: 'a', start: 21, end: 26, originalText: 'Pékin', newText: 'Beijing' });
  const edit = makeCorrection({ id: 'b', kind: 'edit', start: 0, end: 12, originalText: 'Le président', newText: 'The president', rule: undefined, suggestionIndex: undefined });
  const dismiss = makeCorrection({ id: 'c', kind: 'dismiss', start: 13, end: 14, originalText: 'a', newText: 'a', dismissScope: 'occurrence', suggestionIndex: undefined });

  it('applies accepts and edits in order, skipping dismissals and undone ones', () => {
    const undone = makeCorrection({ id: 'd', kind: 'edit', start: 0, end: 3, originalText: 'The', newText: 'A', undone: true, suggestionIndex: undefined });
    expect(replacementOf(accept)).toEqual({ start: 21, end: 26, text: 'Beijing' });
    const replay = replayCorrections(mt, [accept, dismiss, edit, undone]);
    expect(replay.text).toBe('The president a dit à Beijing.');
    expect(replay.mismatched).toEqual([]);
  });

  it('reports a correction whose range no longer holds its text', () => {
    const stale = makeCorrection({ id: 'e', start: 21, end: 26, originalText: 'Pékin', newText: 'Peking' });
    const replay = replayCorrections(mt, [accept, stale]);
    expect(replay.text).toBe('Le président a dit à Beijing.');
    expect(replay.mismatched.map((c) => c.id)).toEqual(['e']);
  });
});
