import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { DeskPage } from './desk-page';
import { startServer, type ServerProcess } from './web-server-process';

/** A fresh desk for one test file: its own data folder, back end and browser, the sample workspace open. */
export interface DeskSession {
  readonly data: string;
  readonly server: ServerProcess;
  readonly browser: Browser;
  readonly desk: DeskPage;
  /** Closes the browser and the server and removes the data folder. */
  close(): Promise<void>;
}

export async function openDeskSession(prefix: string): Promise<DeskSession> {
  const data = mkdtempSync(join(tmpdir(), prefix));
  const server = await startServer(data);
  const browser = await launchBrowser();
  const desk = await DeskPage.open(browser, server.url);
  return {
    data,
    server,
    browser,
    desk,
    async close() {
      await browser.close();
      await server.stop();
      rmSync(data, { recursive: true, force: true });
    },
  };
}
