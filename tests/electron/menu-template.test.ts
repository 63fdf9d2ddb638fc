import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { KEYMAP, SHORTCUT_GROUPS } from '../../src/core/commands/keymap';
import { buildMenuTemplate, commandItem } from '../../electron/menu-template';

type Item = MenuItemConstructorOptions;

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function template(platform: NodeJS.Platform, isDev: boolean, sendCommand = vi.fn()) {
  return buildMenuTemplate({ appName: 'Copydesk', platform, isDev, sendCommand });
}

const roles = (items: readonly Item[]) => flatten(items).map((i) => i.role).filter((r) => r !== undefined);

describe('application menu', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`has every keymap command exactly once, in its group's menu (${platform})`, () => {
      const menus = template(platform, false);
      for (const shortcut of KEYMAP) {
        const found = flatten(menus).filter((i) => i.id === shortcut.command);
        expect(found, shortcut.command).toHaveLength(1);
        const menu = menus.find((m) => Array.isArray(m.submenu) && m.submenu.some((i) => i.id === shortcut.command));
        expect(menu?.label).toBe(shortcut.group);
      }
      const commandIds = flatten(menus).map((i) => i.id).filter((id) => id !== undefined);
      expect(new Set(commandIds)).toEqual(new Set(KEYMAP.map((s) => s.command)));
    });
  }

  it('has one menu per shortcut group', () => {
    const labels = template('linux', false).map((m) => m.label);
    for (const group of SHORTCUT_GROUPS) expect(labels).toContain(group);
  });

  it('sends the command id to the window the menu was used from', () => {
    const send = vi.fn();
    const menus = template('linux', false, send);
    const window = { id: 7 } as unknown as Parameters<NonNullable<Item['click']>>[1];
    for (const shortcut of KEYMAP) {
      const item = flatten(menus).find((i) => i.id === shortcut.command)!;
      item.click!({} as never, window, {} as never);
      expect(send).toHaveBeenLastCalledWith(shortcut.command, window);
    }
    expect(send).toHaveBeenCalledTimes(KEYMAP.length);
  });

  it('shows accelerators without registering them, and writes the rest into the label', () => {
    const next = commandItem(KEYMAP.find((s) => s.command === 'next-issue')!, () => {});
    expect(next).toMatchObject({ label: 'Next issue', accelerator: 'Alt+Down', registerAccelerator: false });
    const done = commandItem(KEYMAP.find((s) => s.command === 'mark-done')!, () => {});
    expect(done.accelerator).toBe('CmdOrCtrl+Enter');
    const overlay = commandItem(KEYMAP.find((s) => s.command === 'overlay')!, () => {});
    expect(overlay.accelerator).toBeUndefined();
    expect(overlay.label).toBe('Show the keyboard shortcuts (?)');
    for (const item of flatten(template('linux', false)).filter((i) => i.id !== undefined && i.accelerator !== undefined)) {
      expect(item.registerAccelerator).toBe(false);
    }
  });

  it('has quit, about, and cut/copy/paste/select all in Edit on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const menus = template(platform, false);
      expect(roles(menus)).toEqual(expect.arrayContaining(['quit', 'about']));
      const edit = menus.find((m) => m.label === 'Edit')!;
      expect(roles([edit])).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
      // Undo and redo are the review session's commands, not the text field's roles.
      expect(roles(menus)).not.toContain('undo');
      expect(roles(menus)).not.toContain('redo');
    }
  });

  it('offers reload and devtools only in development', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      expect(roles(template(platform, false))).not.toEqual(expect.arrayContaining(['reload']));
      expect(roles(template(platform, false))).not.toContain('toggleDevTools');
      expect(roles(template(platform, false))).not.toContain('forceReload');
      expect(roles(template(platform, true))).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    }
  });

  it('puts no & mnemonics in labels (Alt+letter belongs to the keymap)', () => {
    for (const item of flatten(template('win32', true))) expect(item.label ?? '').not.toContain('&');
  });
});
