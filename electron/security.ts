import type { Session, WebContents } from 'electron';
import { isAllowedRequest, withSecurityHeaders } from './web-policy';

/**
 * Session-wide rules from the Electron security checklist: our CSP on every
 * response, no request off the machine, every permission refused (the app
 * needs no camera, notifications, geolocation or clipboard reads).
 */
export function hardenSession(session: Session, log: (line: string) => void): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    // Electron's own devtools pages keep their headers; everything else gets ours.
    if (details.url.startsWith('devtools:')) callback({});
    else callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = !isAllowedRequest(details.url);
    if (cancel) log(`Copydesk: blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Per webContents (every one, through app 'web-contents-created'): no
 * navigation away from the page, no new windows, no <webview>. Links in
 * article text are never opened, not even in the browser: shell.openExternal
 * is not called anywhere, so a crafted URL in copy cannot launch anything.
 */
export function guardWebContents(contents: WebContents, log: (line: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    log(`Copydesk: refused navigation to ${url.slice(0, 200)}`);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
