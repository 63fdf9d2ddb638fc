import { describe, expect, it } from 'vitest';
import { correctedText } from '../../../src/node/export/corrected-text';
import { htmlReport, REPORT_CSP } from '../../../src/node/export/html-report';
import { storyMetrics } from '../../../src/node/export/story-metrics';
import { CORRECTED, makeLog, makeStory, MT } from './story-fixture';
import type { Correction } from '../../../src/core/corrections/correction';
import type { Story } from '../../../src/core/corrections/story';

const HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> &amp; <style>body{display:none}</style>';

function report(story: Story, log: Correction[]): string {
  const text = correctedText(story);
  return htmlReport(story, log, { exportedAt: '2024-05-01T11:00:00.000Z', appVersion: '0.1.0', metrics: storyMetrics(story, log, text), correctedText: text });
}

/** The page with its one trusted <style> block taken out. */
function withoutStyle(html: string): string {
  return html.replace(/<style>[^<]*<\/style>/, '');
}

describe('htmlReport', () => {
  it('shows the counts, MQM score, chart, distance, time and log', () => {
    const html = report(makeStory(), makeLog());
    expect(html).toContain('<title>Review of embassy.txt</title>');
    expect(html).toContain('5 recorded: 2 accepted, 1 edited, 1 dismissed, 1 undone');
    // friday (minor spelling 1) + the the (minor grammar 1) + Tigre (major 5) = 7 points.
    expect(html).toContain('MQM errors</dt><dd>3, penalty 7 points');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('Accuracy');
    expect(html).toContain('Locale conventions');
    expect(html).toContain('1 error, 5 pt');
    expect(html).toContain('3 min 05 s');
    expect(html).toContain('<ins>Friday</ins>');
    expect(html).toContain('<del>friday</del>');
    expect(html).toContain('<tr class="undone">');
  });

  it('is self-contained under a strict CSP: no scripts, no external loads', () => {
    const html = report(makeStory(), makeLog());
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP.replace(/'/g, '&#39;')}">`);
    expect(REPORT_CSP).toMatch(/^default-src 'none'/);
    expect(REPORT_CSP).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(/i);
    expect(html).not.toMatch(/ style=/);
  });

  it('escapes hostile article text everywhere it appears: name, path, text, log', () => {
    const story = makeStory({ name: HOSTILE, path: `/wire/${HOSTILE}`, sourceText: `${HOSTILE}\n\n${MT}`, currentText: `${HOSTILE} fixed\n\n${CORRECTED}` });
    const log = makeLog().map((c) => ({ ...c, originalText: HOSTILE, newText: `${HOSTILE}!`, editor: HOSTILE, rule: c.rule === undefined ? undefined : HOSTILE }));
    const html = withoutStyle(report(story, log));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<style>body');
    expect(html).not.toContain('"><img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp;amp;');
    // Every tag left is one the report itself writes.
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z!][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
    const allowed = ['!doctype', 'html', 'head', 'meta', 'title', 'body', 'h1', 'h2', 'p', 'dl', 'dt', 'dd', 'svg', 'text', 'rect', 'div', 'ins', 'del', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
    expect([...tags].filter((t) => !allowed.includes(t))).toEqual([]);
  });

  it('copes with an empty story and an empty log', () => {
    const html = report(makeStory({ sourceText: '', currentText: '', reviewMs: 0 }), []);
    expect(html).toContain('No corrections recorded.');
    expect(html).toContain('n/a (no words)');
  });
});
