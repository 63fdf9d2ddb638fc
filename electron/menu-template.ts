import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { KEYMAP, SHORTCUT_GROUPS, type CommandId, type Shortcut, type ShortcutGroup } from '../src/core/commands/keymap';
import { toAccelerator } from './accelerator';

// The application menu as plain data, so tests can read it without the
// Electron binary (only types come from 'electron'). menu.ts builds it.

export interface MenuOptions {
  readonly appName: string;
  readonly platform: NodeJS.Platform;
  /** Reload and devtools only while developing: an editor has no use for them and they can lose the text. */
  readonly isDev: boolean;
  /** Runs a keymap command in the window the menu was used from. */
  readonly sendCommand: (command: CommandId, window: BaseWindow | undefined) => void;
}

/** Top-level menus in the order people expect (File-like first), each a group of the keymap. */
const GROUP_MENUS: readonly { readonly group: ShortcutGroup; readonly label: string }[] = [
  { group: 'Story', label: 'Story' },
  { group: 'Edit', label: 'Edit' },
  { group: 'Issues', label: 'Issues' },
  { group: 'Compare', label: 'Compare' },
  { group: 'View', label: 'View' },
];

// Every group gets a menu: a group added to the keymap without one fails here, at load.
for (const group of SHORTCUT_GROUPS) {
  if (!GROUP_MENUS.some((m) => m.group === group)) throw new Error(`no menu for shortcut group ${group}`);
}

/**
 * One menu item for a keymap command. The accelerator is shown but not
 * registered (registerAccelerator: false, Windows and Linux): the keys
 * already reach the renderer's one key handler, which knows when a key
 * belongs to typing (Ctrl+Z in a search field); a registered accelerator
 * would take it first. On macOS, where accelerators are always registered,
 * the page sees the key first and the menu only gets it when the page did
 * not handle it, so a command still runs once. Keys an accelerator cannot
 * express ("?") are written into the label instead.
 */
export function commandItem(shortcut: Shortcut, send: MenuOptions['sendCommand']): MenuItemConstructorOptions {
  const accelerator = shortcut.keys.map(toAccelerator).find((a): a is string => a !== null);
  const click: MenuItemConstructorOptions['click'] = (_item, window) => send(shortcut.command, window);
  if (accelerator === undefined) {
    return { id: shortcut.command, label: `${shortcut.label} (${shortcut.keys.join(', ')})`, click };
  }
  return { id: shortcut.command, label: shortcut.label, accelerator, registerAccelerator: false, click };
}

function commandItems(group: ShortcutGroup, send: MenuOptions['sendCommand']): MenuItemConstructorOptions[] {
  return KEYMAP.filter((s) => s.group === group).map((s) => commandItem(s, send));
}

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The whole application menu. Top-level labels carry no "&" mnemonics on
 * purpose: Alt+E, Alt+I, Alt+T, Alt+D are keymap commands, and a mnemonic
 * would open a menu instead. Edit keeps only cut, copy, paste and select all
 * as roles: undo and redo are the review session's (they record
 * corrections), not the text field's.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const items = (group: ShortcutGroup) => commandItems(group, options.sendCommand);
  const menus: MenuItemConstructorOptions[] = [];
  if (isMac) {
    menus.push({
      label: options.appName,
      submenu: [
        { role: 'about' },
        SEPARATOR,
        { role: 'services' },
        SEPARATOR,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        SEPARATOR,
        { role: 'quit' },
      ],
    });
  }
  for (const { group, label } of GROUP_MENUS) {
    const submenu = items(group);
    if (group === 'Story' && !isMac) submenu.push(SEPARATOR, { role: 'quit' });
    if (group === 'Edit') submenu.push(SEPARATOR, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' });
    if (group === 'View') {
      submenu.push(SEPARATOR, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' });
      if (options.isDev) submenu.push(SEPARATOR, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' });
    }
    menus.push({ label, submenu });
  }
  if (isMac) menus.push({ role: 'windowMenu' });
  else menus.push({ label: 'Help', submenu: [{ role: 'about' }] });
  return menus;
}
