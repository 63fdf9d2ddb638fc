import { describe, expect, it } from 'vitest';
import { devNativeBinding, rendererDir, samplesDir, userDataDir } from '../../electron/app-paths';
import { openDialogOptions } from '../../electron/pick-dialog';
import { isAllowedRequest, withSecurityHeaders } from '../../electron/web-policy';
import { CONTENT_SECURITY_POLICY } from '../../electron/window-options';

describe('response headers', () => {
  it('puts our CSP in place of whatever the response brought', () => {
    const headers = withSecurityHeaders({ 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'], 'CONTENT-SECURITY-POLICY-REPORT-ONLY': ['x'] });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'X-Content-Type-Options': ['nosniff'],
    });
    expect(withSecurityHeaders(undefined)['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});

describe('requests', () => {
  it('lets through our origin and local schemes only', () => {
    for (const url of ['app://copydesk/index.html', 'app://copydesk/assets/a.js', 'data:image/png;base64,AA==', 'blob:app://copydesk/1234', 'devtools://devtools/bundled/x.html']) {
      expect(isAllowedRequest(url), url).toBe(true);
    }
    for (const url of ['https://example.com/pixel.gif', 'http://127.0.0.1:8080/', 'ws://localhost/', 'file:///etc/passwd', 'app://elsewhere/x', 'ftp://x/', 'nonsense']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });
});

describe('open dialog', () => {
  it('picks several files, .txt first, or one folder', () => {
    const files = openDialogOptions('files');
    expect(files.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
    expect(files.filters?.[0]?.extensions).toEqual(['txt']);
    expect(files.filters?.some((f) => f.extensions.includes('*'))).toBe(true);
    expect(openDialogOptions('folder').properties).toEqual(['openDirectory']);
  });
});

describe('app paths', () => {
  const dev = { isPackaged: false, appPath: '/src/copydesk', resourcesPath: '/opt/electron/resources' };
  const packaged = { isPackaged: true, appPath: '/opt/Copydesk/resources/app.asar', resourcesPath: '/opt/Copydesk/resources' };

  it('finds the samples in the checkout, or in resources when packaged (extraResources)', () => {
    expect(samplesDir(dev)).toBe('/src/copydesk/samples');
    expect(samplesDir(packaged)).toBe('/opt/Copydesk/resources/samples');
  });

  it('serves the renderer from dist/renderer of the app', () => {
    expect(rendererDir(dev)).toBe('/src/copydesk/dist/renderer');
    expect(rendererDir(packaged)).toBe('/opt/Copydesk/resources/app.asar/dist/renderer');
  });

  it('keys the dev native build by Electron version, platform and arch', () => {
    expect(devNativeBinding('/src/copydesk', { electronVersion: '39.8.10', platform: 'linux', arch: 'x64' })).toBe(
      '/src/copydesk/dist/native/electron-39.8.10-linux-x64/better_sqlite3.node',
    );
  });

  it('keeps data in one Copydesk folder, or COPYDESK_DATA', () => {
    expect(userDataDir('/home/e/.config', {})).toBe('/home/e/.config/Copydesk');
    expect(userDataDir('/home/e/.config', { COPYDESK_DATA: '/tmp/desk' })).toBe('/tmp/desk');
  });
});
