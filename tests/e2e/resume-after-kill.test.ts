import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { DeskPage } from './desk-page';
import { startServer, type ServerProcess } from './web-server-process';

/**
 * The back end killed outright in the middle of a session (SIGKILL: no
 * chance to flush or close): what the editor was told is done must be there
 * when it comes back, and the session resumes on the same story with the
 * text as it was typed.
 */
describe('killing the server mid-session', () => {
  let data: string;
  let server: ServerProcess | undefined;
  let browser: Browser;

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'copydesk-e2e-kill-'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(data, { recursive: true, force: true });
  });

  it('loses nothing acknowledged and resumes the session', async () => {
    server = await startServer(data);
    let desk = await DeskPage.open(browser, server.url);
    // Review the second story, so that resuming on the first one would be wrong.
    await desk.page.locator('.queue-item').nth(1).locator('.queue-open').click();
    await expect.poll(() => desk.page.locator('.queue-current').getAttribute('data-story')).toMatch(/native/);
    await desk.page.locator('.queue-item').nth(0).locator('.queue-open').click();
    await expect.poll(() => desk.page.locator('.queue-current').getAttribute('data-story')).toMatch(/-mt/);

    await desk.goToRule('doubled-stop');
    await desk.page.keyboard.press('Alt+Enter');
    await desk.waitForAnnouncement('Accepted');
    // Typing that is not yet recorded as a correction, only saved as the story's text.
    await desk.page.keyboard.press('Alt+T');
    await desk.page.keyboard.press('Control+End');
    await desk.page.keyboard.type(' Unrecorded tail.');
    await expect.poll(async () => (await desk.api<{ currentText: string }[]>('listStories')).length).toBe(2);
    const mtId = await desk.page.evaluate(() => document.querySelector('.queue-current')?.getAttribute('data-story'));
    expect(mtId).toMatch(/-mt/);
    // The text is saved shortly after typing pauses; wait for the back end to have it.
    await expect
      .poll(async () => {
        const stories = await desk.api<{ id: string; name: string }[]>('listStories');
        const mt = stories.find((s) => s.name.includes('-mt'))!;
        return (await desk.api<{ currentText: string }>('getStory', mt.id)).currentText;
      })
      .toContain('Unrecorded tail.');

    await server.kill();
    expect(server.child.signalCode).toBe('SIGKILL');

    server = await startServer(data);
    await desk.page.close();
    desk = await DeskPage.open(browser, server.url);
    expect(await desk.page.locator('.queue-current').getAttribute('data-story')).toMatch(/-mt/);
    const text = await desk.editorText();
    expect(text).toContain('the attack. It is the first');
    expect(text).toContain('Unrecorded tail.');

    const db = new Database(join(data, 'copydesk.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare('SELECT kind, rule, original_text, new_text FROM corrections').all() as { kind: string; rule: string; original_text: string; new_text: string }[];
      expect(rows).toContainEqual({ kind: 'accept', rule: 'doubled-stop', original_text: '..', new_text: '.' });
    } finally {
      db.close();
    }
  });
});
