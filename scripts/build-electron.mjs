// Bundles the Electron shell into dist/electron/: main.cjs (the main
// process, with src/node inside) and preload.cjs (the sandboxed preload).
//
//   node scripts/build-electron.mjs      (npm run build:electron; npm start and npm run dist run it)
//
// CommonJS because Electron's sandboxed preload cannot load ES modules and
// main loads faster as one file. electron is the runtime's own module;
// better-sqlite3 is native and stays in node_modules, where electron-builder
// rebuilds it for a package (and main may point it at dist/native in dev).
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/electron');

/** Electron 39 runs Node 22 in main and Chromium 142 in the preload. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'better-sqlite3'],
  legalComments: 'none',
  logLevel: 'error',
  // The app is offline and private: no source maps pointing at the checkout in a package.
  sourcemap: false,
};

const bundles = [
  { entry: 'electron/main.ts', out: 'main.cjs' },
  { entry: 'electron/preload.ts', out: 'preload.cjs' },
];

try {
  mkdirSync(outdir, { recursive: true });
  const results = await Promise.all(
    bundles.map(({ entry, out }) =>
      build({ ...common, entryPoints: [join(root, entry)], outfile: join(outdir, out), metafile: true }),
    ),
  );
  // A sandboxed preload can require 'electron' and a few built-ins only: refuse a bundle that needs more.
  const preloadImports = Object.values(results[1].metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path));
  const foreign = [...new Set(preloadImports)].filter((p) => p !== 'electron');
  if (foreign.length > 0) throw new Error(`preload.cjs would require ${foreign.join(', ')}; a sandboxed preload can only require electron`);
  for (const { out } of bundles) console.error(`built ${relative(root, join(outdir, out))}`);
} catch (err) {
  console.error(`build-electron: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
