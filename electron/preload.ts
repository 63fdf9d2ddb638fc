import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi, createShellBridge } from './preload-api';

// Sandboxed preload (bundled to one CommonJS file by scripts/build-electron.mjs):
// it exposes two small frozen objects and never ipcRenderer itself, so a page
// showing article text can only call the contract's methods.

contextBridge.exposeInMainWorld(
  'copydesk',
  createPreloadApi((channel, args) => ipcRenderer.invoke(channel, ...args)),
);

contextBridge.exposeInMainWorld(
  'copydeskShell',
  createShellBridge((channel, listener) => {
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  }),
);
