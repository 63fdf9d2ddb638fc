import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story, StorySummary } from '../../src/core/corrections/story';
import type { DeskPage } from './desk-page';
import { openDeskSession, type DeskSession } from './desk-session';

interface CorrectionRow {
  kind: string;
  rule: string | null;
  original_text: string;
  new_text: string;
  undone: number;
  category: string;
  severity: string;
}

const HERE = 'Mohamed Chia al-Soudani';
const THERE = 'Mohammed Shia al-Sudani';

/**
 * Issue 4 in the app: the MT sample beside the native report, walked by
 * keyboard to the prime minister's name, which the two spell differently;
 * the native spelling adopted with one key, recorded, and undone.
 */
describe('comparing the MT story with the native report', () => {
  let session: DeskSession;
  let data: string;
  let desk: DeskPage;

  beforeAll(async () => {
    session = await openDeskSession('copydesk-e2e-compare-');
    ({ data, desk } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const compareAnnouncer = () => desk.page.locator('[data-testid=compare-announcer]').textContent().then((t) => t ?? '');

  const mtStory = async () => {
    const stories = await desk.api<StorySummary[]>('listStories');
    return desk.api<Story>('getStory', stories.find((s) => s.name.includes('-mt'))!.id);
  };

  const rows = (): CorrectionRow[] => {
    const db = new Database(join(data, 'copydesk.sqlite'), { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT kind, rule, original_text, new_text, undone, category, severity FROM corrections ORDER BY seq').all() as CorrectionRow[];
    } finally {
      db.close();
    }
  };

  it('switches the side pane to the compare view from the keyboard', async () => {
    const { page } = desk;
    await page.keyboard.press('Alt+T');
    // The native report is beside the MT from the start; Alt+D goes to the changes and back.
    await page.keyboard.press('Alt+D');
    await page.locator('[data-testid=diff-view]').waitFor();
    await page.keyboard.press('Alt+D');
    await page.locator('[data-testid=compare-view]').waitFor();
    await expect.poll(() => page.locator('.discrepancy-item').count(), { timeout: 10_000 }).toBe(4);
    expect(await page.locator('.discrepancy-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(['date', 'number', 'name', 'name']);
    // Highlights on both sides before any move: the editor's carry data-discrepancy, the pane's data-kind.
    expect(await page.locator('.cm-content [data-discrepancy][data-kind=name]').first().textContent()).toBe(HERE);
    expect(await page.locator('[data-testid=other-story] mark[data-kind=number]').textContent()).toBe('84');
  });

  it('moves to the name discrepancy by keyboard: both passages highlighted, both panes on it', async () => {
    const { page } = desk;
    for (let i = 0; i < 4 && !(await compareAnnouncer()).includes(HERE); i++) await page.keyboard.press('Alt+PageDown');
    await expect.poll(compareAnnouncer).toMatch(/^Discrepancy 3 of 4, name: “Mohamed Chia al-Soudani” here, “Mohammed Shia al-Sudani” in the other story/);

    const here = page.locator('.cm-content [data-discrepancy][data-current=true]');
    expect(await here.textContent()).toBe(HERE);
    expect(await here.getAttribute('data-kind')).toBe('name');
    // The MT passage is selected in the editor, ready to be seen or typed over.
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(HERE);

    const there = page.locator('[data-testid=other-story] mark[data-current=true]');
    expect(await there.textContent()).toBe(THERE);
    expect(await there.getAttribute('data-kind')).toBe('name');
    expect(await page.locator('.discrepancy-item[aria-current=true]').getAttribute('data-kind')).toBe('name');

    // The other pane scrolled: its passage (near the end of the report) is inside the pane's visible box.
    const pane = page.locator('[data-testid=other-story]');
    await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    const inView = await there.evaluate((mark) => {
      const box = mark.closest('[data-testid=other-story]')!.getBoundingClientRect();
      const r = mark.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
    // And the editor's passage is on screen too.
    const editorInView = await here.evaluate((mark) => {
      const box = mark.closest('.cm-scroller')!.getBoundingClientRect();
      const r = mark.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(editorInView).toBe(true);
  });

  it('adopts the other spelling with Alt+Shift+Enter, as a recorded correction', async () => {
    await desk.page.keyboard.press('Alt+Shift+Enter');
    await desk.waitForAnnouncement(`Adopted “${THERE}” from the other story.`);
    expect(await desk.editorText()).toContain(`Prime Minister ${THERE} insisted`);
    await expect.poll(async () => (await mtStory()).currentText).toContain(`Prime Minister ${THERE} insisted`);
    expect(rows()).toEqual([
      {
        kind: 'accept',
        rule: 'compare-name',
        original_text: HERE,
        new_text: THERE,
        undone: 0,
        category: 'accuracy/mistranslation',
        severity: 'major',
      },
    ]);
    // The comparison runs again on the new text: one name discrepancy is left (the second mention).
    await expect.poll(() => desk.page.locator('.discrepancy-item[data-kind=name]').count()).toBe(1);
  });

  it('takes it back with Ctrl+Z like any accept', async () => {
    await desk.page.keyboard.press('Control+z');
    await desk.waitForAnnouncement('Undone.');
    await expect.poll(() => desk.editorText()).toContain(`Prime Minister ${HERE} insisted`);
    expect(await desk.editorText()).not.toContain(THERE);
    expect(rows().map((r) => [r.kind, r.rule, r.undone])).toEqual([['accept', 'compare-name', 1]]);
    await expect.poll(() => desk.page.locator('.discrepancy-item[data-kind=name]').count()).toBe(2);
    await expect.poll(async () => (await mtStory()).currentText).not.toContain(THERE);
  });
});
