import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppPage, resolveAppFile } from '../../electron/app-origin';
import { isTrustedSender, type SenderInfo } from '../../electron/sender-check';

const OURS = new Set([3]);
const page = (over: Partial<SenderInfo> = {}): SenderInfo => ({ webContentsId: 3, frameUrl: APP_ENTRY_URL, isMainFrame: true, ...over });

describe('isTrustedSender', () => {
  it('accepts our page in the main frame of our window', () => {
    expect(isTrustedSender(page(), OURS)).toBe(true);
    expect(isTrustedSender(page({ frameUrl: 'app://copydesk/' }), OURS)).toBe(true);
    expect(isTrustedSender(page({ frameUrl: 'app://copydesk/index.html?story=2#issue-4' }), OURS)).toBe(true);
  });

  it('refuses other origins', () => {
    for (const url of [
      'https://example.com/index.html',
      'http://127.0.0.1:5173/index.html',
      'app://evil/index.html',
      'app://copydesk.evil/index.html',
      'app://user@copydesk/index.html',
      'app://copydesk:8080/index.html',
      'copydesk://copydesk/index.html',
      'data:text/html,<script>1</script>',
      'about:blank',
      'not a url',
    ]) {
      expect(isTrustedSender(page({ frameUrl: url }), OURS), url).toBe(false);
    }
  });

  it('refuses pages of our origin that are not the app page (a served asset, a text file)', () => {
    expect(isTrustedSender(page({ frameUrl: 'app://copydesk/assets/index.js' }), OURS)).toBe(false);
    expect(isTrustedSender(page({ frameUrl: 'app://copydesk/samples/story.txt' }), OURS)).toBe(false);
  });

  it('refuses subframes, even on our page', () => {
    expect(isTrustedSender(page({ isMainFrame: false }), OURS)).toBe(false);
  });

  it('refuses file:// anywhere, including the renderer build itself', () => {
    expect(isTrustedSender(page({ frameUrl: 'file:///home/editor/dist/renderer/index.html' }), OURS)).toBe(false);
    expect(isTrustedSender(page({ frameUrl: 'file:///etc/passwd' }), OURS)).toBe(false);
  });

  it('refuses the devtools and other webContents', () => {
    expect(isTrustedSender(page({ frameUrl: 'devtools://devtools/bundled/devtools_app.html' }), OURS)).toBe(false);
    expect(isTrustedSender(page({ webContentsId: 4 }), OURS)).toBe(false);
    expect(isTrustedSender(page(), new Set())).toBe(false);
  });

  it('refuses a frame that is gone', () => {
    expect(isTrustedSender(page({ frameUrl: null }), OURS)).toBe(false);
  });
});

describe('app:// origin', () => {
  it('knows its page', () => {
    expect(isAppPage(APP_ENTRY_URL)).toBe(true);
    expect(isAppPage('APP://copydesk/index.html')).toBe(true); // schemes are case-insensitive
    expect(isAppPage('app://copydesk/other.html')).toBe(false);
  });

  it('serves files inside dist/renderer only', () => {
    const root = '/app/dist/renderer';
    expect(resolveAppFile(root, 'app://copydesk/')).toBe('/app/dist/renderer/index.html');
    expect(resolveAppFile(root, 'app://copydesk/index.html?x=1')).toBe('/app/dist/renderer/index.html');
    expect(resolveAppFile(root, 'app://copydesk/assets/main-1a2b.js')).toBe('/app/dist/renderer/assets/main-1a2b.js');
    expect(resolveAppFile(root, 'app://copydesk/assets/a%20b.css')).toBe('/app/dist/renderer/assets/a b.css');
    // The URL parser folds literal dot segments away (as Chromium does), so they stay inside root.
    expect(resolveAppFile(root, 'app://copydesk/../../etc/passwd')).toBe('/app/dist/renderer/etc/passwd');
    expect(resolveAppFile(root, 'app://copydesk/%2e%2e/%2e%2e/etc/passwd')).toBe('/app/dist/renderer/etc/passwd');
    for (const url of [
      'app://copydesk/assets/..%2f..%2fsecret',
      'app://copydesk/assets%5c..%5c..%5csecret',
      'app://copydesk/.env',
      'app://copydesk/%00',
      'app://copydesk/%E0%A4%A',
      'app://other/index.html',
      'file:///app/dist/renderer/index.html',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });
});
