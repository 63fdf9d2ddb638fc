// Where a keystroke's time goes in the review UI: a CPU profile of the page
// over some keystrokes on a 10,000-word story, summed by function. A tool for
// whoever speeds up the UI; scripts/bench-ui.ts gives the headline figures.
// --trace sums rendering work by kind (style, layout, paint) instead;
// BENCH_HIDE=".selector" hides part of the window first.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser';
import { startServer } from '../tests/e2e/web-server-process';
import { loadCorpus } from './measure';

const root = join(import.meta.dirname, '..');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

async function main(): Promise<void> {
  const data = mkdtempSync(join(tmpdir(), 'copydesk-profile-ui-'));
  const server = await startServer(data);
  const browser = await launchBrowser();
  try {
    const stories = loadCorpus(join(root, 'tests', 'corpus'), ['dev']);
    const parts = [readFileSync(join(root, 'samples', 'afp-baghdad-embassy-mt.txt'), 'utf8')];
    for (let i = 0, w = 0; w < 10_000; i++) {
      parts.push(stories[i % stories.length]!.text);
      w += stories[i % stories.length]!.text.split(/\s+/).length;
    }
    const u = new URL(server.url);
    const call = async (method: string, ...args: unknown[]) =>
      ((await (await fetch(new URL(`/api/${method}`, u.origin), { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': u.searchParams.get('token')! }, body: JSON.stringify({ args }) })).json()) as { result: { id: string } }).result;
    const story = await call('openText', 'profile.txt', parts.join('\n\n').replace(/\r\n/g, '\n'));
    await call('saveSession', { openStoryIds: [story.id], currentStoryId: story.id, compareStoryId: null, editor: '' });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.locator('.issue-list [data-rule]').first().waitFor();
    if (process.env.BENCH_HIDE) await page.addStyleTag({ content: `${process.env.BENCH_HIDE} { display: none !important; }` });
    await page.keyboard.press('Alt+T');
    for (let i = 0; i < 5; i++) await page.keyboard.type('x');
    await page.waitForTimeout(500);
    if (process.argv.includes('--trace')) {
      // Rendering work by kind (style, layout, paint...), which a CPU profile shows only as "(program)".
      await browser.startTracing(page, { categories: ['devtools.timeline'] });
      for (let i = 0; i < 20; i++) {
        await page.keyboard.type(i % 2 ? ' ' : 'y');
        await page.waitForTimeout(60);
      }
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; dur?: number; ph: string }[] };
      const byName = new Map<string, number>();
      for (const e of trace.traceEvents) if (e.ph === 'X' && e.dur !== undefined) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
      for (const [k, v] of [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
      return;
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < 20; i++) {
      await page.keyboard.type(i % 2 ? ' ' : 'y');
      await page.waitForTimeout(60);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[] } };
    const self = new Map<string, number>();
    for (const n of profile.nodes) {
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0));
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
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
