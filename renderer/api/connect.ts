import type { CopydeskApi, CopydeskBridge } from '../../src/core/api/contract';
import { createBridgeApi } from './bridge-api';
import { createHttpApi } from './http-api';

declare global {
  interface Window {
    /** Set by Electron's preload: one async function per method of the contract, answering with outcomes. */
    copydesk?: CopydeskBridge;
  }
}

const TOKEN_KEY = 'copydesk.token';

/**
 * The back end for this page: Electron's preload object when there is one,
 * else the web server that served the page. The token comes in the page URL;
 * it is taken out of the address bar at once (so it does not end up in
 * history, bookmarks or a pasted link) and kept in sessionStorage, which
 * only this tab sees, so that a reload still works.
 */
export function connectApi(win: Window = window): CopydeskApi {
  if (win.copydesk !== undefined) return createBridgeApi(win.copydesk);
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null) {
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
    win.sessionStorage.setItem(TOKEN_KEY, fromUrl);
  }
  const token = fromUrl ?? win.sessionStorage.getItem(TOKEN_KEY) ?? '';
  return createHttpApi(new URL('./', url).href, token);
}
