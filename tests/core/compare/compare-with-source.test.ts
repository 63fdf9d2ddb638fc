import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithSource } from '../../../src/core/compare/compare-with-source';

const dir = join(__dirname, '../../fixtures/compare');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

interface Planted {
  readonly kind: string;
  readonly source: string;
  readonly translation: string | null;
  readonly faithful: string | null;
}

const PAIRS = ['niger-convoy', 'lyon-fire', 'beirut-talks', 'bordeaux-port'];

describe.each(PAIRS)('compareWithSource on %s', (name) => {
  const source = read(`${name}.fr.txt`);
  const translation = read(`${name}.en.txt`);
  const planted = JSON.parse(read(`${name}.planted.json`)) as Planted[];

  it('reports exactly the planted changes, with exact slices', () => {
    const result = compareWithSource(source, translation, 'fr');
    expect(result.mode).toBe('source');
    expect(result.discrepancies.map((d) => ({ kind: d.kind, source: d.a.text, translation: d.b?.text ?? null }))).toEqual(
      planted.map(({ kind, source: s, translation: t }) => ({ kind, source: s, translation: t })),
    );
    for (const d of result.discrepancies) {
      expect(source.slice(d.a.start, d.a.end)).toBe(d.a.text);
      if (d.b) expect(translation.slice(d.b.start, d.b.end)).toBe(d.b.text);
      expect(d.message.length).toBeGreaterThan(20);
    }
  });

  it('reports nothing once the changes are undone', () => {
    let fixed = translation;
    for (const p of planted) if (p.translation !== null && p.faithful !== null) fixed = fixed.replace(p.translation, p.faithful);
    if (planted.some((p) => p.kind === 'omission')) return; // no faithful text to put back for a dropped sentence
    expect(compareWithSource(source, fixed, 'fr').discrepancies).toEqual([]);
  });

  it('works on CRLF text with offsets into it', () => {
    const s = source.replace(/\n/g, '\r\n');
    const t = translation.replace(/\n/g, '\r\n');
    const result = compareWithSource(s, t, 'fr');
    expect(result.discrepancies).toHaveLength(planted.length);
    for (const d of result.discrepancies) {
      expect(s.slice(d.a.start, d.a.end)).toBe(d.a.text);
      if (d.b) expect(t.slice(d.b.start, d.b.end)).toBe(d.b.text);
    }
  });
});

describe('compareWithSource alignment', () => {
  it('pairs every sentence of a faithful translation one to one', () => {
    const source = read('bordeaux-port.fr.txt');
    const translation = read('bordeaux-port.en.txt').replace('January 18', 'January 17');
    const result = compareWithSource(source, translation, 'fr');
    for (const p of result.sentences) {
      const a = source.slice(p.a.start, p.a.end);
      const b = translation.slice(p.b.start, p.b.end);
      // Every figure of the original sentence is in its counterpart, written the English way or not.
      const digits = (s: string) => (s.match(/\d+/g) ?? []).join(' ');
      if (!/[,.]\d|\dh\d|\d \d/.test(a)) expect(digits(b)).toBe(digits(a));
    }
    expect(result.sentences.length).toBe(6);
  });

  it('reports an omission when a sentence is dropped from any translation', () => {
    const source = read('niger-convoy.fr.txt');
    const translation = read('niger-convoy.en.txt').replace(/The convoy, made up[^\n]*\n/, '');
    const result = compareWithSource(source, translation, 'fr');
    const omissions = result.discrepancies.filter((d) => d.kind === 'omission');
    expect(omissions.map((d) => d.a.text)).toEqual([expect.stringMatching(/^Le convoi, composé/)]);
    expect(omissions[0]!.b).toBeNull();
  });
});
