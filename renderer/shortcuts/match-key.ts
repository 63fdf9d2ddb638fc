import { KEYMAP, type CommandId, type Shortcut } from '../../src/core/commands/keymap';

export interface KeyLike {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

interface Binding {
  readonly ctrl: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly key: string;
}

function parse(binding: string): Binding {
  const parts = binding === '?' ? ['?'] : binding.split('+');
  const key = parts[parts.length - 1]!;
  return { ctrl: parts.includes('Ctrl'), alt: parts.includes('Alt'), shift: parts.includes('Shift'), key };
}

// Alt and Shift change `key` on many layouts (Alt+E is "é" or "´" on a Mac),
// so letters and digits also match by physical `code`.
function codeOf(key: string): string | null {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return null;
}

function isSymbol(key: string): boolean {
  return key.length === 1 && !/[a-z0-9]/i.test(key);
}

export function matchesBinding(binding: string, e: KeyLike): boolean {
  const b = parse(binding);
  // Cmd on a Mac stands for Ctrl.
  if (b.ctrl !== (e.ctrlKey || e.metaKey) || b.alt !== e.altKey) return false;
  // "?" needs Shift on most layouts and none on others: ignore Shift for symbols.
  if (!isSymbol(b.key) && b.shift !== e.shiftKey) return false;
  if (e.key.toLowerCase() === b.key.toLowerCase()) return true;
  const code = codeOf(b.key);
  return code !== null && e.code === code;
}

export function shortcutOf(e: KeyLike, keymap: readonly Shortcut[] = KEYMAP): Shortcut | null {
  return keymap.find((s) => s.keys.some((k) => matchesBinding(k, e))) ?? null;
}

export function commandOf(e: KeyLike, inText: boolean, keymap: readonly Shortcut[] = KEYMAP): CommandId | null {
  const s = shortcutOf(e, keymap);
  if (s === null || (inText && s.scope === 'outside-text')) return null;
  return s.command;
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowRight: '→',
  ArrowLeft: '←',
  Backspace: 'Backspace',
  Enter: 'Enter',
};

/** "Alt+ArrowDown" as shown to people: "Alt+↓". */
export function displayKeys(binding: string): string {
  if (binding === '?') return '?';
  return binding
    .split('+')
    .map((p) => KEY_NAMES[p] ?? p)
    .join('+');
}

/** The aria-keyshortcuts value of a shortcut ("Alt+ArrowDown F8"). */
export function ariaKeys(s: Shortcut): string {
  return s.keys.map((k) => k.replace('Ctrl', 'Control')).join(' ');
}
