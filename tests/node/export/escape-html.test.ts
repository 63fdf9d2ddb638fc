import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/node/export/escape-html';

describe('escapeHtml', () => {
  it('turns every character that can open markup into an entity', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('"><img src=x onerror=alert(1)>')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml("' onmouseover='x")).toBe('&#39; onmouseover=&#39;x');
  });

  it('escapes ampersands, so an entity in article text stays text', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('AT&T &lt;b&gt;')).toBe('AT&amp;T &amp;lt;b&amp;gt;');
  });

  it('leaves everything else exactly as it is', () => {
    const text = 'Le président a dit à Pékin — 😀 « guillemets »\r\n\ttab';
    expect(escapeHtml(text)).toBe(text);
    expect(escapeHtml('')).toBe('');
  });

  it('never leaves a raw < > " or \' whatever the input', () => {
    let hostile = '';
    for (let i = 0; i < 200; i++) hostile += String.fromCharCode(32 + ((i * 37) % 95));
    expect(escapeHtml(hostile)).not.toMatch(/[<>"']/);
  });
});
