import type { BrowserWindowConstructorOptions } from 'electron';

// The Electron security checklist (electronjs.org, tutorial "Security") as data,
// so tests/electron/window-options.test.ts can assert every item instead of
// trusting that nobody loosened a flag. Copy from an article is untrusted
// input: the renderer must never get Node, and must never load remote content.

/** Content Security Policy for every page the app shows: local scripts and styles only, no network. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // CodeMirror sets inline style attributes on its DOM; no inline <style> from articles ever reaches HTML.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

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
