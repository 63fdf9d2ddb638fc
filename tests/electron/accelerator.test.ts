import { describe, expect, it } from 'vitest';
import { KEYMAP } from '../../src/core/commands/keymap';
import { toAccelerator } from '../../electron/accelerator';

describe('toAccelerator', () => {
  it.each([
    ['Alt+ArrowDown', 'Alt+Down'],
    ['Alt+ArrowUp', 'Alt+Up'],
    ['Alt+ArrowRight', 'Alt+Right'],
    ['Alt+Enter', 'Alt+Enter'],
    ['Ctrl+Enter', 'CmdOrCtrl+Enter'],
    ['Alt+Backspace', 'Alt+Backspace'],
    ['Alt+Shift+Backspace', 'Alt+Shift+Backspace'],
    ['Alt+1', 'Alt+1'],
    ['Alt+E', 'Alt+E'],
    ['Alt+e', 'Alt+E'],
    ['Ctrl+Z', 'CmdOrCtrl+Z'],
    ['Ctrl+Shift+Z', 'CmdOrCtrl+Shift+Z'],
    ['Shift+Ctrl+Z', 'CmdOrCtrl+Shift+Z'],
    ['F8', 'F8'],
    ['Shift+F8', 'Shift+F8'],
    ['F24', 'F24'],
    ['Ctrl++', 'CmdOrCtrl+Plus'],
  ])('%s -> %s', (binding, accelerator) => {
    expect(toAccelerator(binding)).toBe(accelerator);
  });

  it.each([
    ['?', 'punctuation depends on the keyboard layout'],
    ['Ctrl+?', 'punctuation, even in a chord'],
    ['E', 'a bare letter would take the key from typing'],
    ['Shift+E', 'Shift alone is still typing'],
    ['Enter', 'a bare Enter is typing'],
    ['1', 'a bare digit is typing'],
    ['Meta+E', 'unknown modifier'],
    ['Alt+Alt+E', 'doubled modifier'],
    ['Alt+Foo', 'unknown key'],
    ['F25', 'no such function key'],
    ['', 'nothing'],
    ['Alt+', 'no key'],
  ])('%s -> null (%s)', (binding) => {
    expect(toAccelerator(binding)).toBeNull();
  });

  it('expresses the first key of every keymap command except the bare ?', () => {
    const without = KEYMAP.filter((s) => toAccelerator(s.keys[0]!) === null).map((s) => s.keys[0]);
    expect(without).toEqual(['?']);
  });
});
