import { describe, expect, it } from 'vitest';
import { commandOf, type KeyLike } from '../../../renderer/shortcuts/match-key';

function key(k: string, mods: Partial<KeyLike> = {}): KeyLike {
  return { key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}

describe('compare keys (issue 4)', () => {
  it('step through discrepancies with Alt+PageDown / PageUp or Alt+Shift+↓ / ↑, even in the text', () => {
    expect(commandOf(key('PageDown', { altKey: true }), true)).toBe('next-discrepancy');
    expect(commandOf(key('PageUp', { altKey: true }), true)).toBe('prev-discrepancy');
    expect(commandOf(key('ArrowDown', { altKey: true, shiftKey: true }), true)).toBe('next-discrepancy');
    expect(commandOf(key('ArrowUp', { altKey: true, shiftKey: true }), true)).toBe('prev-discrepancy');
  });

  it('adopt with Alt+Shift+Enter, leaving Alt+Enter and Alt+↓ to issues', () => {
    expect(commandOf(key('Enter', { altKey: true, shiftKey: true }), true)).toBe('adopt-other');
    expect(commandOf(key('Enter', { altKey: true }), true)).toBe('accept');
    expect(commandOf(key('ArrowDown', { altKey: true }), true)).toBe('next-issue');
    // Bare PageDown is the editor's own.
    expect(commandOf(key('PageDown'), true)).toBeNull();
  });
});
