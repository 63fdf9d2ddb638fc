import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The desk as the end-to-end tests drive it: by keyboard first, reading what the editor sees. */
export class DeskPage {
  private constructor(
    readonly page: Page,
    readonly url: string,
  ) {}

  static async open(browser: Browser, url: string): Promise<DeskPage> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const desk = new DeskPage(page, url);
    // Analysis has run once the list holds issues (hooks may not use expect.poll).
    await desk.waitForIssues();
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
    return desk;
  }

  /** The text under review as the editor shows it (one line per CodeMirror line). */
  async editorText(): Promise<string> {
    return (await this.page.locator('.cm-content .cm-line').allTextContents()).join('\n');
  }

  /** Until the analysis of the story in view has listed its issues. */
  async waitForIssues(): Promise<void> {
    await this.page.locator('.issue-list [role=option][data-rule]').first().waitFor({ timeout: 20_000 });
  }

  issueCount(): Promise<number> {
    return this.page.locator('.issue-list [role=option][data-rule]').count();
  }

  async current(): Promise<{ rule: string; passage: string }> {
    const item = this.page.locator('.issue-list [aria-selected=true]');
    return { rule: (await item.getAttribute('data-rule')) ?? '', passage: (await item.locator('.issue-passage').textContent()) ?? '' };
  }

  announcer(): Promise<string> {
    return this.page.locator('[data-testid=announcer]').textContent().then((t) => t ?? '');
  }

  async waitForAnnouncement(part: string): Promise<void> {
    await expect.poll(() => this.announcer(), { timeout: 10_000 }).toContain(part);
  }

  /** Alt+↓ until the current issue is of `rule` (and, if given, its passage contains `passage`). */
  async goToRule(rule: string, passage?: string): Promise<void> {
    await this.waitForIssues();
    const total = await this.issueCount();
    for (let i = 0; i <= total; i++) {
      const c = await this.current();
      if (c.rule === rule && (passage === undefined || c.passage.includes(passage))) return;
      await this.page.keyboard.press('Alt+ArrowDown');
    }
    throw new Error(`no ${rule} issue${passage === undefined ? '' : ` on “${passage}”`} among ${total}`);
  }

  message(): Promise<string> {
    return this.page.locator('[data-testid=desk-message]').textContent().then((t) => t ?? '');
  }

  async waitForMessage(part: string | RegExp): Promise<void> {
    await expect.poll(() => this.message(), { timeout: 30_000 }).toMatch(typeof part === 'string' ? new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : part);
  }

  /** The API the page talks to, for checks that read the back end's answer rather than the screen. */
  async api<T>(method: string, ...args: unknown[]): Promise<T> {
    const u = new URL(this.url);
    const res = await fetch(new URL(`/api/${method}`, u.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': u.searchParams.get('token') ?? '' },
      body: JSON.stringify({ args }),
    });
    const body = (await res.json()) as { result?: T; error?: { message: string } };
    if (body.error !== undefined) throw new Error(body.error.message);
    return body.result as T;
  }
}
