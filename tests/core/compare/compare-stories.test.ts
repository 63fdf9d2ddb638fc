import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareStories } from '../../../src/core/compare/compare-stories';
import type { Comparison, Discrepancy } from '../../../src/core/compare/model';

const root = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const MT = read('samples/afp-baghdad-embassy-mt.txt');
const NATIVE = read('samples/native-baghdad-embassy.txt');

function expectExactSlices(result: Comparison, a: string, b: string): void {
  for (const d of result.discrepancies) {
    expect(a.slice(d.a.start, d.a.end)).toBe(d.a.text);
    if (d.b) expect(b.slice(d.b.start, d.b.end)).toBe(d.b.text);
  }
  for (const f of result.onlyA) expect(a.slice(f.start, f.end)).toBe(f.text);
  for (const f of result.onlyB) expect(b.slice(f.start, f.end)).toBe(f.text);
}

function find(result: Comparison, kind: Discrepancy['kind'], a: RegExp, b: RegExp): Discrepancy | undefined {
  return result.discrepancies.find((d) => d.kind === kind && a.test(d.a.text) && d.b !== null && b.test(d.b.text));
}

describe('compareStories on the seed pair', () => {
  const result = compareStories(MT, NATIVE);

  it('finds al-Soudani spelt al-Sudani', () => {
    const d = find(result, 'name', /al-Soudani/, /al-Sudani/);
    expect(d?.a.text).toBe('Mohamed Chia al-Soudani');
    expect(d?.b?.text).toBe('Mohammed Shia al-Sudani');
    expect(d?.message).toContain('Mohammed Shia al-Sudani');
  });

  it('finds December 8 against December 7', () => {
    const d = find(result, 'date', /December 8/, /December 7/);
    expect(d).toBeDefined();
    expect(d!.message).toMatch(/December 8.*December 7/);
  });

  it('finds 78 attacks against 84 times', () => {
    const d = find(result, 'number', /^78$/, /^84$/);
    expect(d).toBeDefined();
    expect(MT.slice(d!.a.end, d!.a.end + 8)).toBe(' attacks');
    expect(NATIVE.slice(d!.b!.end, d!.b!.end + 6)).toBe(' times');
  });

  it('reports nothing else as a discrepancy', () => {
    expect(result.discrepancies.filter((d) => d.kind !== 'name')).toHaveLength(2);
    expect(result.discrepancies.filter((d) => d.kind === 'name').every((d) => /al-Soudani/.test(d.a.text))).toBe(true);
  });

  it('lists facts only one story gives, not the ones in a discrepancy', () => {
    const onlyA = result.onlyA.map((f) => `${f.kind}:${f.text}`);
    const onlyB = result.onlyB.map((f) => `${f.kind}:${f.text}`);
    expect(onlyA).toContain('name:Hamas');
    expect(onlyA).toContain('name:Antony Blinken');
    expect(onlyA).toContain('date:December 3');
    expect(onlyB).toContain('number:2,500');
    expect(onlyB).toContain('number:13');
    expect(onlyA).not.toContain('number:78');
    expect(onlyB).not.toContain('date:December 7');
    // Both stories name Baghdad and Gaza: in neither list.
    expect([...onlyA, ...onlyB].some((f) => /Baghdad|Gaza/.test(f))).toBe(false);
    const hamas = result.onlyA.find((f) => f.text === 'Hamas')!;
    expect(hamas.occurrences).toBe(MT.split('Hamas').length - 1);
  });

  it('gives exact slices, and aligned sentences that exist', () => {
    expectExactSlices(result, MT, NATIVE);
    expect(result.sentences.length).toBeGreaterThan(0);
    for (const p of result.sentences) {
      expect(p.a.end).toBeGreaterThan(p.a.start);
      expect(p.b.end).toBeLessThanOrEqual(NATIVE.length);
    }
  });

  it('works the same on CRLF text, with offsets into the CRLF text', () => {
    const a = MT.replace(/\n/g, '\r\n');
    const b = NATIVE.replace(/\n/g, '\r\n');
    const crlf = compareStories(a, b);
    expectExactSlices(crlf, a, b);
    expect(crlf.discrepancies.map((d) => [d.kind, d.a.text, d.b?.text])).toEqual(result.discrepancies.map((d) => [d.kind, d.a.text, d.b?.text]));
    expect(crlf.discrepancies.some((d) => d.a.start !== result.discrepancies.find((x) => x.a.text === d.a.text)!.a.start)).toBe(true);
  });
});

describe('compareStories on other pairs', () => {
  it('finds nothing in a story set against itself', () => {
    for (const text of [MT, NATIVE]) {
      const r = compareStories(text, text);
      expect(r.discrepancies).toEqual([]);
      expect(r.onlyA).toEqual([]);
      expect(r.onlyB).toEqual([]);
    }
  });

  const unrelated: [string, string][] = [
    ['samples/afp-baghdad-embassy-mt.txt', 'tests/corpus/dev/native/tennis-roland-garros-final.txt'],
    ['samples/native-baghdad-embassy.txt', 'tests/corpus/dev/native/spain-budget-vote.txt'],
    ['tests/corpus/dev/mt/morocco-earthquake.txt', 'tests/corpus/dev/native/ukraine-black-sea-grain.txt'],
    ['tests/corpus/dev/mt/lebanon-border-strikes.txt', 'tests/corpus/dev/mt/ukraine-drone-attack.txt'],
    ['tests/corpus/dev/native/france-government-collapse.txt', 'tests/corpus/dev/native/spain-budget-vote.txt'],
  ];
  it.each(unrelated)('reports no names, dates or figures between unrelated stories (%s, %s)', (pa, pb) => {
    const a = read(pa);
    const b = read(pb);
    const r = compareStories(a, b);
    expect(r.discrepancies).toEqual([]);
    expectExactSlices(r, a, b);
  });

  it('reports a figure changed in a copy of the story, with both ranges', () => {
    const changed = NATIVE.replace('13 people', '15 people');
    const r = compareStories(NATIVE, changed);
    const d = r.discrepancies.filter((x) => x.kind === 'number');
    expect(d.map((x) => [x.a.text, x.b?.text])).toEqual([['13', '15']]);
  });

  it('reports a name respelt in a copy of the story', () => {
    const changed = NATIVE.replace('Mohammed Shia al-Sudani', 'Mohamed Chia al-Soudani');
    const r = compareStories(NATIVE, changed);
    expect(r.discrepancies.map((x) => [x.kind, x.a.text, x.b?.text])).toEqual([['name', 'Mohammed Shia al-Sudani', 'Mohamed Chia al-Soudani']]);
  });
});
