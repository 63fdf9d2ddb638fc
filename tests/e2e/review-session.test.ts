import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  editor: string;
  undone: number;
  category: string;
  severity: string;
}

/**
 * One review session on the bundled sample, as an editor would run it: walk
 * the issues by keyboard, accept, dismiss, edit, undo and redo, export, mark
 * done; then read the database and the exported files the session produced.
 */
describe('a keyboard review session on the sample workspace', () => {
  let session: DeskSession;
  let data: string;
  let out: string;
  let desk: DeskPage;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'copydesk-e2e-out-'));
    session = await openDeskSession('copydesk-e2e-data-');
    ({ data, desk } = session);
  });

  afterAll(async () => {
    await session?.close();
    rmSync(out, { recursive: true, force: true });
  });

  const mtStory = async () => {
    const stories = await desk.api<StorySummary[]>('listStories');
    const mt = stories.find((s) => s.name.includes('-mt'));
    expect(mt).toBeDefined();
    return desk.api<Story>('getStory', mt!.id);
  };

  it('opens the MT sample with its garbles highlighted, the native report beside it', async () => {
    const { page } = desk;
    expect(await page.locator('.queue-item').count()).toBe(2);
    expect(await page.locator('.queue-current').getAttribute('data-story')).toMatch(/-mt\.txt$/);
    // Highlights in the text carry their rule and severity.
    const marks = page.locator('.cm-content [data-rule][data-severity]');
    expect(await marks.count()).toBeGreaterThan(5);
    expect(await page.locator('.cm-content [data-rule=exonym]').first().textContent()).toContain('Tigre');
    await expect.poll(() => page.locator('[data-testid=other-story]').textContent()).toContain('Sudani');
  });

  it('records the editor name the corrections will carry', async () => {
    await desk.page.getByPlaceholder('your name or initials').fill('E2E Editor');
    // Back to the text without the mouse.
    await desk.page.keyboard.press('Alt+T');
  });

  it('goes to an issue and accepts its suggestion from the keyboard', async () => {
    const before = await desk.issueCount();
    await desk.goToRule('exonym', 'Tigre');
    await desk.page.keyboard.press('Alt+Enter');
    await desk.waitForAnnouncement('Accepted “Tigris River”');
    expect(await desk.editorText()).toContain('the Tigris River');
    expect(await desk.editorText()).not.toContain('Tigre River');
    await expect.poll(() => desk.issueCount()).toBe(before - 1);
    expect((await mtStory()).currentText).toContain('Tigris River');
  });

  it('dismisses an occurrence, which leaves the text alone', async () => {
    await desk.goToRule('calque', 'AFP agency');
    const before = await desk.issueCount();
    await desk.page.keyboard.press('Alt+Backspace');
    await desk.waitForAnnouncement('Dismissed this occurrence');
    await expect.poll(() => desk.issueCount()).toBe(before - 1);
    expect(await desk.editorText()).toContain('the AFP agency');
  });

  it('edits a passage inline, undoes and redoes it', async () => {
    await desk.goToRule('calque', 'head of US diplomacy');
    await desk.page.keyboard.press('Alt+E');
    // Alt+E selects the passage in the text: typing replaces it.
    await desk.page.keyboard.type('Secretary of State');
    // Leaving the passage records the edit.
    await desk.page.keyboard.press('Alt+ArrowDown');
    await desk.waitForAnnouncement('Edit recorded.');
    expect((await mtStory()).currentText).toContain('with Secretary of State, Antony');
    await desk.page.keyboard.press('Control+z');
    await desk.waitForAnnouncement('Undone.');
    await expect.poll(() => desk.editorText()).toContain('the head of US diplomacy');
    await desk.page.keyboard.press('Control+Shift+z');
    await desk.waitForAnnouncement('Redone.');
    await expect.poll(() => desk.editorText()).toContain('with Secretary of State, Antony');
  });

  it('lists every shortcut in the ? overlay and closes it with Escape, focus kept', async () => {
    await desk.page.locator('.issue-list').focus();
    await desk.page.keyboard.press('?');
    const overlay = desk.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await overlay.waitFor();
    expect(await overlay.locator('[data-command]').count()).toBeGreaterThan(15);
    await desk.page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
    expect(await desk.page.evaluate(() => document.activeElement?.className)).toContain('issue-list');
  });

  it('stored every decision in the database before acknowledging it', () => {
    const db = new Database(join(data, 'copydesk.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare('SELECT kind, rule, original_text, new_text, editor, undone, category, severity FROM corrections ORDER BY seq').all() as CorrectionRow[];
      expect(rows.map((r) => [r.kind, r.rule, r.undone])).toEqual([
        ['accept', 'exonym', 0],
        ['dismiss', 'calque', 0],
        ['edit', 'calque', 0],
      ]);
      expect(rows[0]!.original_text).toBe('Tigre River');
      expect(rows[0]!.new_text).toBe('Tigris River');
      expect(rows[2]!.new_text).toContain('Secretary of State');
      expect(new Set(rows.map((r) => r.editor))).toEqual(new Set(['E2E Editor']));
      expect(rows[0]!.severity).toBe('major');
    } finally {
      db.close();
    }
  });

  it('exports the corrected text, the log, a diff and a report', async () => {
    await desk.page.keyboard.press('Control+e');
    const dialog = desk.page.getByRole('dialog', { name: /Export/ });
    await dialog.waitFor();
    await dialog.locator('input[name=dir]').fill(out);
    await desk.page.keyboard.press('Enter');
    await desk.waitForMessage('Exported 5 files');
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      'afp-baghdad-embassy-mt.corrected.txt',
      'afp-baghdad-embassy-mt.corrections.csv',
      'afp-baghdad-embassy-mt.corrections.json',
      'afp-baghdad-embassy-mt.diff',
      'afp-baghdad-embassy-mt.report.html',
    ]);
    const text = readFileSync(join(out, files[0]!), 'utf8');
    expect(text).toContain('Tigris River');
    expect(text).not.toContain('Tigre River');
    const log = JSON.parse(readFileSync(join(out, files[2]!), 'utf8')) as { corrections: unknown[] };
    expect(log.corrections.length).toBe(3);
    expect(readFileSync(join(out, files[1]!), 'utf8').trim().split('\n').length).toBe(4);
    expect(readFileSync(join(out, files[3]!), 'utf8')).toMatch(/^-.*Tigre River/m);
    expect(readFileSync(join(out, files[4]!), 'utf8')).toContain('<del>');
  });

  it('marks the story done with Ctrl+Enter and opens the next one', async () => {
    await desk.page.keyboard.press('Control+Enter');
    await expect.poll(() => desk.page.locator('[data-testid=queue-progress]').textContent()).toBe('1 of 2 done');
    await expect.poll(() => desk.page.locator('.queue-current').getAttribute('data-story')).toMatch(/native/);
    expect((await mtStory()).status).toBe('done');
  });
});
