// Builds better-sqlite3 for the installed Electron into dist/native/, for
// `npm start` (development). node_modules keeps its Node build, which the
// tests and the CLI load; Electron needs one compiled for its own ABI, and
// electron/main.ts passes this one to the database as nativeBinding. A
// package does not use it: electron-builder rebuilds node_modules itself.
//
//   node scripts/electron-native.mjs               build when missing (npm start runs it)
//   node scripts/electron-native.mjs --force       build again
//   node scripts/electron-native.mjs --print-path  print where the build goes; builds nothing
//   COPYDESK_SKIP_ELECTRON_NATIVE=1                skip (offline machines, CI: nothing there starts Electron)
//
// How: a copy of node_modules/better-sqlite3 (sources, no build) in a
// scratch folder, then prebuild-install --runtime electron (downloads the
// project's prebuilt binary from its GitHub releases), and if that fails
// node-gyp against Electron's headers (downloads them from electronjs.org;
// needs Python 3 and a C++ compiler). Both need the network once; after that
// the file is reused until Electron's version changes.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = join(root, 'node_modules', 'better-sqlite3');

function electronVersion() {
  const file = join(root, 'node_modules', 'electron', 'package.json');
  if (!existsSync(file)) throw new Error('electron is not installed (npm install first)');
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

/** Keep in step with devNativeBinding in electron/app-paths.ts (tests/electron/native-path.test.ts checks). */
function targetPath(version) {
  return join(root, 'dist', 'native', `electron-${version}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
}

function run(label, command, args, cwd) {
  console.error(`electron-native: ${label}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: process.env });
  if (result.error) return `${label}: ${result.error.message}`;
  return result.status === 0 ? null : `${label} exited with ${result.status ?? result.signal}`;
}

function build(version, target) {
  const work = join(root, 'dist', 'native', `.build-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  try {
    // Sources only: the Node build in node_modules is what the tests load, and it stays untouched.
    cpSync(moduleDir, work, {
      recursive: true,
      filter: (src) => {
        const rel = relative(moduleDir, src).split('\\').join('/');
        return rel !== 'build' && !rel.startsWith('build/') && rel !== 'node_modules' && !rel.startsWith('node_modules/');
      },
    });
    const fromModule = createRequire(join(moduleDir, 'package.json'));
    const failures = [];
    const prebuild = fromModule.resolve('prebuild-install/bin.js');
    const downloaded = run(
      `prebuild-install --runtime electron --target ${version}`,
      process.execPath,
      [prebuild, '--runtime', 'electron', '--target', version, '--arch', process.arch, '--platform', process.platform, '--verbose'],
      work,
    );
    if (downloaded !== null) {
      failures.push(downloaded);
      // npm tells its scripts where its own node-gyp is; else the one in node_modules.
      const gyp = process.env.npm_config_node_gyp ?? createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
      const compiled = run(
        `node-gyp rebuild for Electron ${version}`,
        process.execPath,
        [gyp, 'rebuild', '--release', `--target=${version}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
        work,
      );
      if (compiled !== null) failures.push(compiled);
    }
    const built = join(work, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) {
      throw new Error(
        `could not build better-sqlite3 for Electron ${version} (${failures.join('; ') || 'no binary produced'}).\n` +
          'Both ways need the network once (GitHub releases, electronjs.org headers); node-gyp also needs Python 3 and a C++ compiler.\n' +
          'Set COPYDESK_SKIP_ELECTRON_NATIVE=1 to skip this step; see electron/README.md.',
      );
    }
    mkdirSync(dirname(target), { recursive: true });
    // Renamed into place, so an interrupted build never leaves half a binary that main would load.
    const temp = `${target}.${process.pid}.tmp`;
    cpSync(built, temp);
    renameSync(temp, target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  const version = electronVersion();
  const target = targetPath(version);
  if (process.argv.includes('--print-path')) {
    console.log(target);
  } else if (process.env.COPYDESK_SKIP_ELECTRON_NATIVE === '1') {
    console.error('electron-native: skipped (COPYDESK_SKIP_ELECTRON_NATIVE=1); Electron will load node_modules/better-sqlite3 as it is.');
  } else if (!existsSync(target) || process.argv.includes('--force')) {
    build(version, target);
    console.error(`electron-native: built ${relative(root, target)}`);
  }
} catch (err) {
  console.error(`electron-native: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
