// Bundles the command-line interface into one file, dist/cli/copydesk.mjs,
// with its JSON data and franc inside, so that it starts without tsx or a
// module resolver walking node_modules.
//
//   node scripts/build-cli.mjs             build (npm install runs it as "prepare")
//   node scripts/build-cli.mjs --if-stale  build only when a source is newer than the bundle; quiet
import { readdirSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/node/cli/copydesk.ts');
const outfile = join(root, 'dist/cli/copydesk.mjs');
// The version string comes from package.json, so it counts as a source too.
const inputs = [join(root, 'src'), fileURLToPath(import.meta.url), join(root, 'package.json')];

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function isStale() {
  let built;
  try {
    built = statSync(outfile).mtimeMs;
  } catch {
    return true;
  }
  return inputs.some((input) => newestMtime(input) > built);
}

async function build() {
  // Loaded only when needed: the fresh case stays a handful of stat calls.
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    logLevel: 'error',
    write: false,
  });
  const output = result.outputFiles.find((f) => f.path === outfile);
  if (!output) throw new Error(`esbuild produced no ${relative(root, outfile)}`);
  // Written beside the target and renamed over it, so a CLI started meanwhile
  // (or a second build running at once) never sees half a file.
  mkdirSync(dirname(outfile), { recursive: true });
  const temp = `${outfile}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, output.contents, { mode: 0o755 });
    renameSync(temp, outfile);
  } finally {
    rmSync(temp, { force: true });
  }
}

const ifStale = process.argv.includes('--if-stale');
try {
  if (!ifStale || isStale()) {
    await build();
    if (!ifStale) console.error(`built ${relative(root, outfile)}`);
  }
} catch (err) {
  // esbuild has already printed its diagnostics; add what failed.
  console.error(`build-cli: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
