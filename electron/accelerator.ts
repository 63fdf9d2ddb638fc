/**
 * Keymap bindings (src/core/commands/keymap.ts, KeyboardEvent.key names) as
 * Electron accelerators. The renderer still matches the keys itself; the
 * menu only shows them (see menu-template.ts), so this decides what the menu
 * can honestly display.
 */

/** Ctrl is Cmd on a Mac, as in the renderer's matcher (ctrlKey || metaKey). */
const MODIFIERS: Readonly<Record<string, string>> = { Ctrl: 'CmdOrCtrl', Alt: 'Alt', Shift: 'Shift' };
const MODIFIER_ORDER = ['CmdOrCtrl', 'Alt', 'Shift'];

/** KeyboardEvent.key names that Electron spells differently (or the same). */
const NAMED_KEYS: Readonly<Record<string, string>> = {
  ArrowDown: 'Down',
  ArrowUp: 'Up',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Enter: 'Enter',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Escape: 'Escape',
  Tab: 'Tab',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
  ' ': 'Space',
};

const FUNCTION_KEY = /^F([1-9]|1[0-9]|2[0-4])$/;

function keyCode(key: string): string | null {
  if (FUNCTION_KEY.test(key)) return key;
  if (/^[a-z]$/i.test(key)) return key.toUpperCase();
  if (/^[0-9]$/.test(key)) return key;
  // Punctuation is refused: "?" is Shift+/ on a US layout and Shift+, on a
  // French one, and an accelerator names a physical key, so it would lie.
  return NAMED_KEYS[key] ?? null;
}

/**
 * "Alt+ArrowDown" -> "Alt+Down", "Ctrl+Enter" -> "CmdOrCtrl+Enter",
 * "Shift+F8" -> "Shift+F8"; null for what an accelerator cannot express:
 * punctuation ("?"), unknown keys or modifiers, and a bare typing key
 * (a letter, a digit, Enter without Ctrl or Alt), which as an accelerator
 * would take the key away from typing in the editor.
 */
export function toAccelerator(binding: string): string | null {
  // The key itself may be "+" ("Ctrl++"): split off the last part by hand.
  const cut = binding.endsWith('++') ? binding.length - 1 : binding.lastIndexOf('+') + 1;
  const key = binding.slice(cut);
  const modifierPart = binding.slice(0, Math.max(0, cut - 1));
  const names = modifierPart === '' ? [] : modifierPart.split('+');
  const modifiers: string[] = [];
  for (const name of names) {
    const modifier = MODIFIERS[name];
    if (modifier === undefined || modifiers.includes(modifier)) return null;
    modifiers.push(modifier);
  }
  const code = key === '+' ? 'Plus' : keyCode(key);
  if (code === null) return null;
  const chord = modifiers.includes('CmdOrCtrl') || modifiers.includes('Alt');
  if (!chord && !FUNCTION_KEY.test(code)) return null;
  modifiers.sort((a, b) => MODIFIER_ORDER.indexOf(a) - MODIFIER_ORDER.indexOf(b));
  return [...modifiers, code].join('+');
}
