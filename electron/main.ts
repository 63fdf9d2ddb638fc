import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { createDesk, type Desk } from '../src/node/services/create-desk';
import { seedSamples } from '../src/node/services/seed-samples';
import { APP_ENTRY_URL } from './app-origin';
import { devNativeBinding, rendererDir, samplesDir, userDataDir, type AppLocation } from './app-paths';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { registerDeskIpc } from './ipc';
import { installAppMenu } from './menu';
import { openDialogOptions } from './pick-dialog';
import { guardWebContents, hardenSession } from './security';
import { mainWindowOptions } from './window-options';

// The desktop shell (issue 3): one window on app://copydesk/, the desk of
// src/node behind the IPC contract, and nothing else. Bundled to
// dist/electron/main.cjs by scripts/build-electron.mjs, preload.cjs beside it.

const log = (line: string) => process.stderr.write(`${line}\n`);
const isDev = !app.isPackaged;

// Before ready: privileged schemes, the sandbox for every renderer, and one data folder in dev and package.
registerAppScheme();
app.enableSandbox();
app.setPath('userData', userDataDir(app.getPath('appData'), process.env));

const location: AppLocation = { isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath };

/**
 * better-sqlite3 built for Electron. In development scripts/electron-native.mjs
 * builds it into dist/native (node_modules keeps the Node build); a package
 * has node_modules rebuilt by electron-builder, so the default loader is right.
 */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = devNativeBinding(location.appPath, { electronVersion: process.versions.electron, platform: process.platform, arch: process.arch });
  return existsSync(file) ? file : undefined;
}

function startFailure(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  const hint =
    isDev && /NODE_MODULE_VERSION|better_sqlite3|did not self-register/i.test(message)
      ? '\n\nbetter-sqlite3 is not built for Electron: run "node scripts/electron-native.mjs" (npm start does it), see electron/README.md.'
      : '';
  log(`Copydesk could not start: ${message}`);
  dialog.showErrorBox('Copydesk could not start', `${message}${hint}`);
  app.exit(1);
}

function main(): void {
  let window: BrowserWindow | null = null;
  let desk: Desk | null = null;

  const createWindow = (): BrowserWindow => {
    const win = new BrowserWindow(mainWindowOptions(join(__dirname, 'preload.cjs')));
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (window === win) window = null;
    });
    win.loadURL(APP_ENTRY_URL).catch((err: unknown) => log(`Copydesk: could not load the UI: ${String(err)}`));
    return win;
  };

  app.on('second-instance', () => {
    if (window === null) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // Every webContents, including any the app never meant to create.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log));

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession, log);
      serveAppScheme(rendererDir(location));
      const opened = createDesk({
        dataDir: app.getPath('userData'),
        shell: 'electron',
        version: app.getVersion(),
        nativeBinding: nativeBinding(),
        pickPaths: async (kind) => {
          const options = openDialogOptions(kind);
          const result = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
          // Cancelled: no paths, which is not the browser's null ("no dialog here").
          return result.canceled ? [] : result.filePaths;
        },
      });
      desk = opened;
      await seedSamples(opened, samplesDir(location));
      registerDeskIpc(opened, { trustedWebContents: () => new Set(window === null ? [] : [window.webContents.id]), log });
      installAppMenu({ appName: app.getName(), isDev });
      window = createWindow();
      app.on('activate', () => {
        // macOS: the dock icon brings the window back after it was closed.
        if (window === null) window = createWindow();
      });
    })
    .catch(startFailure);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Every write was committed when its call resolved; closing checkpoints the WAL.
  app.on('will-quit', () => {
    desk?.close();
    desk = null;
  });
}

if (app.requestSingleInstanceLock()) main();
else app.quit();
