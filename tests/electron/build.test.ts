import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, MENU_COMMAND_CHANNEL, ipcChannel } from '../../src/core/api/contract';
import { devNativeBinding } from '../../electron/app-paths';
import { CONTENT_SECURITY_POLICY } from '../../electron/window-options';

const root = join(import.meta.dirname, '..', '..');

function requires(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...new Set([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!))].sort();
}

describe('scripts/build-electron.mjs', () => {
  it('bundles main.cjs and a preload.cjs that requires nothing but electron', { timeout: 60_000 }, () => {
    execFileSync(process.execPath, [join(root, 'scripts/build-electron.mjs')], { cwd: root, stdio: 'pipe' });
    const main = join(root, 'dist/electron/main.cjs');
    const preload = join(root, 'dist/electron/preload.cjs');
    expect(existsSync(main)).toBe(true);
    expect(existsSync(preload)).toBe(true);
    expect(requires(preload)).toEqual(['electron']);
    // Native and runtime modules stay outside; everything else is inside.
    const external = requires(main).filter((m) => !m.startsWith('node:'));
    expect(external).toEqual(['better-sqlite3', 'electron']);
  });
});

describe('scripts/electron-native.mjs', () => {
  it('puts the Electron build where main.ts looks for it (--print-path builds nothing)', () => {
    const printed = execFileSync(process.execPath, [join(root, 'scripts/electron-native.mjs'), '--print-path'], { cwd: root, encoding: 'utf8' }).trim();
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(printed).toBe(devNativeBinding(root, { electronVersion: version, platform: process.platform, arch: process.arch }));
  });
});

/** What tests/electron/fixtures/fake-electron-main.mjs saw the bundled main process do. */
interface WiringReport {
  readonly crashed?: string;
  readonly [key: string]: unknown;
}

describe('dist/electron/main.cjs wired up (under Node, with a stand-in for the electron module)', () => {
  let report: WiringReport;
  let dataDir: string;

  beforeAll(() => {
    // The bundle is the one built above: tests in a file run in order.
    dataDir = mkdtempSync(join(tmpdir(), 'copydesk-electron-'));
    const env = { ...process.env };
    delete env.COPYDESK_DATA;
    const out = execFileSync(process.execPath, [join(import.meta.dirname, 'fixtures/fake-electron-main.mjs'), root, dataDir], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    report = JSON.parse(out.trim().split('\n').pop()!) as WiringReport;
  }, 40_000);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts without errors, sandboxed, with app:// privileged and data in userData/Copydesk', () => {
    expect(report.crashed).toBeUndefined();
    expect(report.errors).toEqual([]);
    expect(report.sandbox).toBe(true);
    expect(report.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(report.userData).toBe(join(dataDir, 'Copydesk'));
  });

  it('serves every API method on its channel, and the window loads our page with the preload beside main', () => {
    expect(report.channels).toEqual(API_METHODS.map((m) => ipcChannel(m)).sort());
    expect(report.windowUrl).toBe('app://copydesk/index.html');
    expect(report.preload).toBe(join(root, 'dist/electron/preload.cjs'));
    expect(report.shown).toBe(true);
  });

  it('answers our page, seeded with the samples on first start', () => {
    expect(report.appInfo).toEqual({ result: { version: '9.9.9', shell: 'electron', dataDir: join(dataDir, 'Copydesk') } });
    const stories = (report.stories as { result: { name: string }[] }).result.map((s) => s.name);
    expect(stories).toEqual(expect.arrayContaining(['afp-baghdad-embassy-mt.txt']));
    expect((report.session as { result: { currentStoryId: string } }).result.currentStoryId).toBeTruthy();
    expect(report.pickPaths).toEqual({ result: [] }); // a cancelled dialog
    expect(report.badInput).toMatchObject({ error: { code: 'bad-input' } });
  });

  it('refuses subframes, other pages and other windows', () => {
    for (const key of ['fromSubframe', 'fromElsewhere', 'fromOtherWindow']) expect(report[key], key).toMatchObject({ error: { code: 'bad-input' } });
  });

  it('puts the CSP on responses, blocks the network and every permission', () => {
    // 503 when the renderer is not built: then too, with the CSP.
    expect([200, 503]).toContain(report.indexStatus);
    expect(report.indexCsp).toBe(CONTENT_SECURITY_POLICY);
    expect(report.outsideStatus).toBe(404);
    expect(report.headers).toEqual({ responseHeaders: expect.objectContaining({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }) });
    expect(report.blocked).toEqual({ cancel: true });
    expect(report.allowed).toEqual({ cancel: false });
    expect(report.permission).toBe(false);
    expect(report.permissionCheck).toBe(false);
  });

  it('sends menu commands to the window, and closes the desk on quit', () => {
    expect(report.menuSent).toEqual([[MENU_COMMAND_CHANNEL, 'next-issue']]);
    expect(report.afterQuit).toMatchObject({ error: { code: 'unsupported' } });
  });
});
