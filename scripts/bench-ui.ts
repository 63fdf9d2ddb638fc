// Speed of the review UI in real Chromium (issue 3): first paint of the sample
// workspace, and on a 10,000-word story the time from a keystroke to updated
// highlights. Run: npm run bench:ui (builds the renderer first). Not a test:
// the figures go in the README.
//
// Two figures per keystroke, because the app updates in two steps:
// - the highlights move with the edit in the same frame (CodeMirror maps
//   them through the change): keydown to the frame after it;
// - the engine then re-reads the whole story in a worker: keydown to the
//   ANALYZED_MARK that the session sets when fresh findings arrive.
//
// BENCH_HIDE=".selector" hides part of the window first (display: none), to
// see what a pane costs per keystroke.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser';
import { startServer } from '../tests/e2e/web-server-process';
import { loadCorpus } from './measure';

const root = join(import.meta.dirname, '..');
const KEYSTROKES = process.argv.includes('--quick') ? 10 : 40;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
function p95(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN;
}
const fmt = (n: number) => n.toFixed(1);

/** About 10,000 words of MT-style copy: the dev corpus stories end to end. */
function longStory(): string {
  const parts: string[] = [readFileSync(join(root, 'samples', 'afp-baghdad-embassy-mt.txt'), 'utf8')];
  const stories = loadCorpus(join(root, 'tests', 'corpus'), ['dev']);
  let words = 0;
  for (let i = 0; words < 10_000; i++) {
    const text = stories[i % stories.length]!.text;
    parts.push(text);
    words += text.split(/\s+/).length;
  }
  // One line ending throughout, as a real story has (some corpus files are CRLF).
  return parts.join('\n\n').replace(/\r\n/g, '\n');
}

async function api<T>(url: string, method: string, ...args: unknown[]): Promise<T> {
  const u = new URL(url);
  const res = await fetch(new URL(`/api/${method}`, u.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': u.searchParams.get('token') ?? '' },
    body: JSON.stringify({ args }),
  });
  const body = (await res.json()) as { result: T };
  return body.result;
}

/** Times each keystroke in the page itself, so that Playwright's round trips are not counted. */
async function timeKeystrokes(page: Page, count: number): Promise<{ frame: number[]; analysis: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __frame: number[]; __t0: number };
    w.__frame = [];
    document.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        w.__t0 = t0;
        // After the frame that follows the key: rAF runs before paint, the timeout after it.
        requestAnimationFrame(() => setTimeout(() => w.__frame.push(performance.now() - t0), 0));
      },
      true,
    );
  });
  const analysis: number[] = [];
  for (let i = 0; i < count; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('copydesk:analyzed').length);
    await page.keyboard.type(i % 2 === 0 ? 'x' : ' ');
    const ms = await page.evaluate(async (n) => {
      const w = window as unknown as { __t0: number };
      for (;;) {
        const marks = performance.getEntriesByName('copydesk:analyzed');
        if (marks.length > n) return marks[marks.length - 1]!.startTime - w.__t0;
        await new Promise((r) => setTimeout(r, 5));
      }
    }, before);
    analysis.push(ms);
  }
  const frame = await page.evaluate(() => (window as unknown as { __frame: number[] }).__frame);
  return { frame, analysis };
}

async function main(): Promise<void> {
  const data = mkdtempSync(join(tmpdir(), 'copydesk-bench-ui-'));
  const server = await startServer(data);
  const browser = await launchBrowser();
  try {
    // First paint of the sample workspace, three fresh pages.
    const paint: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(server.url);
      await page.locator('.issue-list [data-rule]').first().waitFor();
      const t = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        analyzed: performance.getEntriesByName('copydesk:analyzed')[0]?.startTime ?? NaN,
      }));
      paint.push(t.fcp);
      ready.push(t.analyzed);
      await page.close();
    }

    const text = longStory();
    const words = text.split(/\s+/).filter(Boolean).length;
    const story = await api<{ id: string }>(server.url, 'openText', 'bench-10k.txt', text);
    const session = await api<{ editor: string }>(server.url, 'getSession');
    await api(server.url, 'saveSession', { openStoryIds: [story.id], currentStoryId: story.id, compareStoryId: null, editor: session?.editor ?? '' });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.locator('.issue-list [data-rule]').first().waitFor();
    if (process.env.BENCH_HIDE) await page.addStyleTag({ content: `${process.env.BENCH_HIDE} { display: none !important; }` });
    await page.keyboard.press('Alt+T');
    // Warm-up: the first keystrokes compile the engine's hot paths in the worker.
    await timeKeystrokes(page, 5);
    const { frame, analysis } = await timeKeystrokes(page, KEYSTROKES);

    console.log(`## Review UI (Chromium, headless; ${new Date().toISOString().slice(0, 10)})`);
    console.log('');
    console.log('| measure | median | p95 |');
    console.log('| --- | --- | --- |');
    console.log(`| sample workspace: first contentful paint | ${fmt(median(paint))} ms | |`);
    console.log(`| sample workspace: issues highlighted (first analysis done) | ${fmt(median(ready))} ms | |`);
    console.log(`| ${words.toLocaleString('en')}-word story: keystroke to next frame, highlights moved | ${fmt(median(frame))} ms | ${fmt(p95(frame))} ms |`);
    console.log(`| ${words.toLocaleString('en')}-word story: keystroke to fresh findings from the engine | ${fmt(median(analysis))} ms | ${fmt(p95(analysis))} ms |`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(data, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
