#!/usr/bin/env node
// The copydesk launcher (copied to dist/cli/copydesk.mjs by scripts/build-cli.mjs).
//
// Compiling the ~1.8 MB bundle is most of a one-file check's start-up. Node
// >= 22.1 caches compiled code itself once module.enableCompileCache() is on,
// which only helps modules loaded after the call, hence a separate file. Node
// 20 has no such cache, so there the launcher keeps V8's code cache for the
// bundle by hand, beside it: made after a run (so it holds the functions that
// run used, not only the top level), and made again when V8 refuses it (another
// Node version). NODE_DISABLE_COMPILE_CACHE=1 turns either cache off.
import module from 'node:module';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const dir = dirname(fileURLToPath(import.meta.url));
const main = join(dir, 'copydesk-main.cjs');
const cacheFile = join(dir, 'copydesk-main.v8cache');
const require = module.createRequire(main);
const noCache = process.env.NODE_DISABLE_COMPILE_CACHE === '1';

if (typeof module.enableCompileCache === 'function' || noCache) {
  if (!noCache) module.enableCompileCache();
  require(main);
} else {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet: this run makes one.
  }
  const script = new Script(module.wrap(readFileSync(main, 'utf8')), { filename: main, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => writeCache(script));
  const own = { exports: {} };
  script.runInThisContext().call(own.exports, own.exports, require, own, main, dir);
}

/** Written beside the cache and renamed over it; a read-only install just goes without. */
function writeCache(script) {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  } catch {
    rmSync(temp, { force: true });
  }
}
