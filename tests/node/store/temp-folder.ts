import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openStore, type Store, type StoreOptions } from '../../../src/node/store/open-store';

/**
 * A fresh temp folder per test, and stores opened in it closed afterwards.
 * Call once at the top of a test file.
 */
export function useTempFolder(): { folder: () => string; open: (file?: string, options?: StoreOptions) => Store } {
  let folder: string | undefined;
  const stores: Store[] = [];
  afterEach(() => {
    for (const s of stores.splice(0)) s.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });
  const get = (): string => (folder ??= mkdtempSync(join(tmpdir(), 'copydesk-store-')));
  return {
    folder: get,
    open(file = join(get(), 'desk.sqlite'), options) {
      const store = openStore(file, options);
      stores.push(store);
      return store;
    },
  };
}
