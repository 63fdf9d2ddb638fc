import type { BrowserWindowConstructorOptions } from 'electron';

// The Electron security checklist (electronjs.org, tutorial "Security") as data,
// so tests/electron/window-options.test.ts can assert every item instead of
// trusting that nobody loosened a flag. Copy from an article is untrusted
// input: the renderer must never get Node, and must never load remote content.

/** The app's one policy, shared with the web server. */
export { CONTENT_SECURITY_POLICY } from '../src/core/api/content-security-policy';

/** Options of the main review window; `preload` is filled in at run time. */
export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false, // shown on ready-to-show, so there is no white flash
    title: 'Copydesk',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}
