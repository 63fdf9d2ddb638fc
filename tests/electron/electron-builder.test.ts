import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  files: string[];
  extraMetadata?: { main?: string };
  extraResources: { from: string; to: string }[];
  linux: { target: string[]; maintainer?: string };
  mac: { target: string | string[] };
  win: { target: string | string[] };
  asarUnpack: string[];
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };

const targets = (t: string | string[]) => (Array.isArray(t) ? t : [t]);

describe('electron-builder.yml', () => {
  it('starts the bundled main process', () => {
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.extraMetadata?.main).toBe(pkg.main);
  });

  it('packs the shell and the renderer, and not the CLI or the dev native build', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'package.json', '!dist/cli/**', '!dist/native/**']));
    // The entry point is covered by an included pattern.
    expect(config.files.some((p) => !p.startsWith('!') && pkg.main.startsWith(p.replace(/\*\*$/, '')))).toBe(true);
  });

  it('ships the samples beside app.asar, where main looks for them', () => {
    expect(config.extraResources).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'samples', to: 'samples' })]));
  });

  it('rebuilds better-sqlite3 for Electron and keeps it out of the asar', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack.some((p) => p.includes('better-sqlite3'))).toBe(true);
  });

  it('builds AppImage and deb, dmg, nsis', () => {
    expect(targets(config.linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.maintainer).toMatch(/<[^>]+@[^>]+>/); // deb needs one
    expect(targets(config.mac.target)).toContain('dmg');
    expect(targets(config.win.target)).toContain('nsis');
  });

  it('is what npm run dist packages', () => {
    expect(pkg.scripts.dist).toMatch(/electron-builder/);
  });
});
