import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { DeskPage } from './desk-page';
import { startServer, type ServerProcess } from './web-server-process';

const SAMPLES = join(import.meta.dirname, '..', '..', 'samples');

/** A wire-like paragraph, repeated up to `bytes`: the size of a day's whole feed in one file. */
function hugeStory(bytes: number): Buffer {
  const para = 'Rockets were fired at the embassy on Friday near the Tigre River, a security official said.\n\n';
  return Buffer.from(para.repeat(Math.ceil(bytes / para.length)).slice(0, bytes), 'utf8');
}

/**
 * What goes wrong on a real desk, through the UI: a file that is not text, an
 * empty one, a huge one, one deleted after it was opened, an export folder
 * that cannot be written. Each gets a message that says what happened, and
 * the session goes on.
 */
describe('bad input through the UI', () => {
  let data: string;
  let samples: string;
  let good: string;
  let server: ServerProcess;
  let browser: Browser;
  let desk: DeskPage;

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'copydesk-e2e-bad-'));
    // Samples of the test's own: one of them is deleted below.
    samples = join(data, 'samples');
    good = join(data, 'out');
    mkdirSync(samples);
    mkdirSync(good);
    for (const f of readdirSync(SAMPLES)) copyFileSync(join(SAMPLES, f), join(samples, f));
    server = await startServer(join(data, 'desk'), ['--samples', samples]);
    browser = await launchBrowser();
    desk = await DeskPage.open(browser, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(data, { recursive: true, force: true });
  });

  const pick = (name: string, buffer: Buffer) =>
    desk.page.locator('[data-testid=file-input]').setInputFiles({ name, mimeType: 'text/plain', buffer });

  it('refuses a binary file by name and reason, and keeps the story in review', async () => {
    await pick('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    await desk.waitForMessage(/Could not open photo\.txt: .*binary/i);
    expect(await desk.page.locator('.queue-item').count()).toBe(2);
    expect(await desk.issueCount()).toBeGreaterThan(0);
  });

  it('opens an empty file with a warning', async () => {
    await pick('empty.txt', Buffer.alloc(0));
    await desk.waitForMessage(/empty/i);
    await expect.poll(() => desk.page.locator('.queue-item').count()).toBe(3);
  });

  it('opens a 20 MB file and keeps working', async () => {
    await pick('feed.txt', hugeStory(20 * 1024 * 1024));
    await desk.waitForMessage('Opened 1 story');
    await expect.poll(() => desk.page.locator('.queue-current').getAttribute('data-story'), { timeout: 60_000 }).toBe('feed.txt');
    // The analysis of 20 MB comes in, and the view stays responsive to the keyboard.
    // The list renders a window of them; the announcer tells the whole count.
    await expect.poll(async () => Number(/Issue 1 of (\d+)/.exec(await desk.announcer())?.[1] ?? 0), { timeout: 90_000 }).toBeGreaterThan(100_000);
    expect(await desk.issueCount()).toBeLessThanOrEqual(200);
    await desk.page.keyboard.press('Alt+ArrowDown');
    await desk.waitForAnnouncement('Issue 2 of');
  });

  it('says a recent file was deleted, instead of failing silently', async () => {
    // Back to a small story, then close the native sample so it shows under Recent.
    await desk.page.locator('.queue-item[data-story="afp-baghdad-embassy-mt.txt"] .queue-open').click();
    await desk.page.getByRole('button', { name: 'Close native-baghdad-embassy.txt' }).click();
    await expect.poll(() => desk.page.locator('.recent button').count()).toBe(1);
    rmSync(join(samples, 'native-baghdad-embassy.txt'));
    await desk.page.locator('.recent button').click();
    await desk.waitForMessage(/Could not open .*native-baghdad-embassy\.txt: .*(no such file|not found|does not exist)/i);
    await desk.waitForIssues();
  });

  it('keeps the export dialog open on a folder that cannot be written, then exports elsewhere', async () => {
    await desk.page.keyboard.press('Control+e');
    const dialog = desk.page.getByRole('dialog', { name: /Export/ });
    // /sys refuses new files even to root, like a read-only share.
    await dialog.locator('input[name=dir]').fill('/sys');
    await desk.page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/Cannot write .*(permission|read-only)/);
    await dialog.locator('input[name=dir]').fill(join(data, 'missing-folder'));
    await desk.page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/does not exist/);
    await dialog.locator('input[name=dir]').fill(good);
    await desk.page.keyboard.press('Enter');
    await desk.waitForMessage('Exported 5 files');
    expect(readdirSync(good)).toHaveLength(5);
  });
});
