import { join } from 'node:path';

/** Where the running app is and what runs it (from app, process.versions, process.platform). */
export interface AppLocation {
  readonly isPackaged: boolean;
  /** app.getAppPath(): the checkout in development, the app.asar in a package. */
  readonly appPath: string;
  /** process.resourcesPath: beside the app.asar in a package. */
  readonly resourcesPath: string;
}

export interface NativeTarget {
  readonly electronVersion: string;
  readonly platform: string;
  readonly arch: string;
}

/** The built renderer, served as app://copydesk/. */
export function rendererDir(location: AppLocation): string {
  return join(location.appPath, 'dist', 'renderer');
}

/** Bundled samples: electron-builder's extraResources puts them beside app.asar; in development, the checkout's samples/. */
export function samplesDir(location: AppLocation): string {
  return location.isPackaged ? join(location.resourcesPath, 'samples') : join(location.appPath, 'samples');
}

/**
 * The Electron-ABI build of better-sqlite3 that scripts/electron-native.mjs
 * makes for development (node_modules keeps the Node build for tests and the
 * CLI). One folder per Electron version, platform and arch, so an Electron
 * upgrade builds a new one instead of loading a stale one. The script
 * computes the same path; a test holds them together.
 */
export function devNativeBinding(appRoot: string, target: NativeTarget): string {
  return join(appRoot, 'dist', 'native', `electron-${target.electronVersion}-${target.platform}-${target.arch}`, 'better_sqlite3.node');
}

/** One data folder name in development and in the package (Electron would use package.json's lower-case name). */
export const DATA_FOLDER_NAME = 'Copydesk';

/** The data folder: COPYDESK_DATA when set (tests, a shared desk), else Copydesk in the platform's app data folder. */
export function userDataDir(appData: string, env: NodeJS.ProcessEnv): string {
  return env.COPYDESK_DATA ? env.COPYDESK_DATA : join(appData, DATA_FOLDER_NAME);
}
