import { BrowserWindow, Menu, type BaseWindow } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../src/core/api/contract';
import type { CommandId } from '../src/core/commands/keymap';
import { buildMenuTemplate } from './menu-template';

/** The window's own webContents, for the window a menu was used from (or the focused one). */
function targetWindow(window: BaseWindow | undefined): BrowserWindow | null {
  if (window instanceof BrowserWindow && !window.isDestroyed()) return window;
  return BrowserWindow.getFocusedWindow();
}

function sendCommand(command: CommandId, window: BaseWindow | undefined): void {
  targetWindow(window)?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Sets the application menu: the keymap's commands plus the platform's standard roles. */
export function installAppMenu(options: { readonly appName: string; readonly isDev: boolean }): void {
  const template = buildMenuTemplate({ ...options, platform: process.platform, sendCommand });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
