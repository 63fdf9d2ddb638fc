// Bundles the command-line interface into dist/cli/: copydesk-main.cjs, with
// its JSON data and franc inside, so that it starts without tsx or a module
// resolver walking node_modules, and copydesk.mjs, a launcher that loads it
// with V8's code cache (scripts/cli/launcher.mjs says how). The build runs the
// CLI once on a sample so that the cache is there for the first real run.
//
//   node scripts/build-cli.mjs             build (npm install runs it as "prepare")
//   node scripts/build-cli.mjs --if-stale  build only when a source is newer than the bundle; quiet
//
// Start-up work that gives the same answer on every run is done here instead:
// the built-in profiles are validated (a broken one fails the build) and the
// calque patterns analysed (scripts/cli-prepare.ts), and franc, which builds
// trigram tables for 400 languages when loaded, is loaded on first use only.
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/node/cli/copydesk.ts');
const outfile = join(root, 'dist/cli/copydesk.mjs');
// CommonJS: Node 20 can keep a code cache only for a vm.Script, not for an ES module.
const mainfile = join(root, 'dist/cli/copydesk-main.cjs');
const cachefile = join(root, 'dist/cli/copydesk-main.v8cache');
const launcher = join(root, 'scripts/cli/launcher.mjs');
// The version string comes from package.json, so it counts as a source too.
const inputs = [join(root, 'src'), fileURLToPath(import.meta.url), join(root, 'scripts/cli-prepare.ts'), launcher, join(root, 'package.json')];

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
    // The launcher is written last, so its time stands for the build's.
    built = statSync(outfile).mtimeMs;
    statSync(mainfile);
  } catch {
    return true;
  }
  return inputs.some((input) => newestMtime(input) > built);
}

/** Runs scripts/cli-prepare.ts (bundled in memory) and returns what it prepared. */
async function prepare(esbuild) {
  const result = await esbuild({
    entryPoints: [join(root, 'scripts/cli-prepare.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    write: false,
  });
  const code = result.outputFiles[0].text;
  const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  return module.prepare();
}

/** Modules of src replaced in the bundle by what the build prepared (each documents its stand-in). */
function preparedModules(prepared) {
  const phrases = JSON.stringify(JSON.stringify(prepared.phrases));
  const contents = new Map([
    ['src/core/profiles/builtin-checked.ts', 'export const BUILTINS_CHECKED_AT_BUILD = true;\n'],
    // A JSON string: V8 parses JSON faster than the same data as a JavaScript literal.
    ['src/core/rules/phrase-precompiled.ts', `export const PRECOMPILED_PHRASES = new Map(JSON.parse(${phrases}));\n`],
  ]);
  return {
    name: 'prepared-modules',
    setup(b) {
      b.onLoad({ filter: /[\\/](builtin-checked|phrase-precompiled)\.ts$/ }, (args) => {
        const text = contents.get(relative(root, args.path).split('\\').join('/'));
        return text === undefined ? undefined : { contents: text, loader: 'js' };
      });
    },
  };
}

/**
 * franc, loaded on first call: most English stories never reach it (the
 * language check counts English function words first), and loading it costs
 * ~30 ms of start-up. esbuild turns the require() into a lazy module init.
 */
const FRANC_STAND_IN = `
let loaded;
export function franc(value, options) {
  loaded ??= require('franc');
  return loaded.franc(value, options);
}
`;

const lazyFranc = {
  name: 'lazy-franc',
  setup(b) {
    // The stand-in's own require() resolves as usual, to the package.
    b.onResolve({ filter: /^franc$/ }, (args) => (args.namespace === 'lazy-franc' ? undefined : { path: 'franc', namespace: 'lazy-franc' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-franc' }, () => ({ contents: FRANC_STAND_IN, resolveDir: root, loader: 'js' }));
  },
};

/**
 * The engine's data files as JSON text: esbuild would inline each as a
 * JavaScript object literal, and V8 parses JSON.parse('...') several times
 * faster than the same data as code (the calque lists alone are ~0.5 MB).
 * Only default imports are used of these files (package.json, imported for
 * one named field, is left to esbuild).
 */
const jsonAsText = {
  name: 'json-as-text',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});\n`, loader: 'js' };
    });
  },
};

async function build() {
  // Loaded only when needed: the fresh case stays a handful of stat calls.
  const { build: esbuild } = await import('esbuild');
  const prepared = await prepare(esbuild);
  const result = await esbuild({
    entryPoints: [entry],
    outfile: mainfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'error',
    write: false,
    plugins: [preparedModules(prepared), lazyFranc, jsonAsText],
  });
  const output = result.outputFiles.find((f) => f.path === mainfile);
  if (!output) throw new Error(`esbuild produced no ${relative(root, mainfile)}`);
  mkdirSync(dirname(outfile), { recursive: true });
  // The bundle first, then the launcher that loads it: the launcher's time is what --if-stale compares.
  rmSync(cachefile, { force: true });
  writeAtomically(mainfile, output.contents);
  writeAtomically(outfile, readFileSync(launcher));
  warmCodeCache();
}

/** One check of a bundled sample, so that the launcher leaves its code cache behind (on Node 20). */
function warmCodeCache() {
  const samples = join(root, 'samples');
  const sample = readdirSync(samples).sort()[0];
  if (sample === undefined) return;
  spawnSync(process.execPath, [outfile, 'check', '--format', 'json', join(samples, sample)], { stdio: 'ignore' });
}

/**
 * Written beside the target and renamed over it, so a CLI started meanwhile
 * (or a second build running at once) never sees half a file.
 */
function writeAtomically(path, contents) {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, contents, { mode: 0o755 });
    renameSync(temp, path);
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
