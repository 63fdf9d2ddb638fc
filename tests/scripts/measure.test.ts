import { describe, expect, it } from 'vitest';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findingOverlaps,
  formatReport,
  formatTable,
  loadCorpus,
  parseAnnotated,
  scoreStory,
  summarize,
  type Story,
} from '../../scripts/measure';

function story(source: string, type: 'mt' | 'native' = 'mt', file = 'dev/mt/x.txt'): Story {
  const parsed = parseAnnotated(source, file);
  return { ...parsed, file, set: 'dev', type, words: parsed.text.split(/\s+/).filter(Boolean).length };
}

describe('parseAnnotated', () => {
  it('strips the markup and gives offsets into the stripped text', () => {
    const { text, gold } = parseAnnotated('Rockets fell near the [[Tigre River|exonym]] on [[friday|capitalization]]..');
    expect(text).toBe('Rockets fell near the Tigre River on friday..');
    expect(gold).toHaveLength(2);
    expect(gold.map((g) => text.slice(g.start, g.end))).toEqual(['Tigre River', 'friday']);
    expect(gold.map((g) => g.kind)).toEqual(['exonym', 'capitalization']);
  });

  it('keeps CRLF and leading spaces inside a garble byte for byte', () => {
    const { text, gold } = parseAnnotated('police said[[ ,|punctuation]] adding\r\nmore.\r\n');
    expect(text).toBe('police said , adding\r\nmore.\r\n');
    expect(text.slice(gold[0]!.start, gold[0]!.end)).toBe(' ,');
  });

  it('handles adjacent markup and markup at both ends', () => {
    const { text, gold } = parseAnnotated('[[the the|repeated-word]][[..|punctuation]]');
    expect(text).toBe('the the..');
    expect(gold.map((g) => [g.start, g.end])).toEqual([
      [0, 7],
      [7, 9],
    ]);
  });

  it('returns plain text unchanged when there is no markup', () => {
    expect(parseAnnotated('Dec. 7, 11:30 p.m. "Yes. Several."')).toEqual({
      text: 'Dec. 7, 11:30 p.m. "Yes. Several."',
      gold: [],
    });
  });

  it.each([
    ['unclosed', 'a [[Liban|exonym b'],
    ['unknown kind', 'a [[Liban|place]] b'],
    ['no kind', 'a [[Liban]] b'],
    ['stray close', 'a Liban]] b'],
    ['empty garble', 'a [[|exonym]] b'],
    ['nested', 'a [[x [[Liban|exonym]] b'],
  ])('rejects malformed markup: %s', (_name, source) => {
    expect(() => parseAnnotated(source, 'f.txt')).toThrow(/f\.txt:1/);
  });
});

describe('findingOverlaps', () => {
  const gold = { start: 10, end: 20 };
  it('counts any shared character', () => {
    expect(findingOverlaps({ start: 19, end: 25, rule: 'r' }, gold)).toBe(true);
    expect(findingOverlaps({ start: 5, end: 11, rule: 'r' }, gold)).toBe(true);
    expect(findingOverlaps({ start: 12, end: 14, rule: 'r' }, gold)).toBe(true);
  });
  it('does not count touching ranges', () => {
    expect(findingOverlaps({ start: 20, end: 25, rule: 'r' }, gold)).toBe(false);
    expect(findingOverlaps({ start: 5, end: 10, rule: 'r' }, gold)).toBe(false);
  });
  it('counts an empty finding inside or at the edge of the span', () => {
    expect(findingOverlaps({ start: 20, end: 20, rule: 'r' }, gold)).toBe(true);
    expect(findingOverlaps({ start: 15, end: 15, rule: 'r' }, gold)).toBe(true);
    expect(findingOverlaps({ start: 21, end: 21, rule: 'r' }, gold)).toBe(false);
  });
});

describe('scoreStory and summarize', () => {
  const mt = story('The [[Syrie|exonym]] border and [[Damas|exonym]] airport on [[monday|capitalization]].');

  it('lets one finding catch two gold spans and is not a false flag', () => {
    const a = mt.gold[0]!;
    const b = mt.gold[1]!;
    const score = scoreStory(mt, [{ start: a.start, end: b.end, rule: 'exonym' }]);
    expect(score.caught.map((g) => g.text)).toEqual(['Syrie', 'Damas']);
    expect(score.missed.map((g) => g.text)).toEqual(['monday']);
    expect(score.falseFlags).toEqual([]);
  });

  it('counts findings on MT that overlap no gold span as false flags', () => {
    const score = scoreStory(mt, [{ start: 0, end: 3, rule: 'calque' }]);
    expect(score.falseFlags).toHaveLength(1);
    expect(score.falseFlags[0]).toMatchObject({ rule: 'calque', text: 'The', type: 'mt' });
  });

  it('counts every finding on native copy as a false flag, per 1000 words', () => {
    const native = story('Officials met in Beirut on Monday to talk about the border.', 'native', 'dev/native/n.txt');
    const score = scoreStory(native, [
      { start: 17, end: 23, rule: 'exonym' },
      { start: 27, end: 33, rule: 'capitalization' },
    ]);
    const report = summarize([score]);
    expect(report.nativeFalseFlags.map((f) => f.text)).toEqual(['Beirut', 'Monday']);
    expect(report.nativeFalseFlagsPer1000).toBeCloseTo((2 * 1000) / native.words);
    expect(report.nativeFalseFlagsByRule).toEqual([
      { rule: 'capitalization', count: 1 },
      { rule: 'exonym', count: 1 },
    ]);
    expect(report.recall.recall).toBeNull();
  });

  it('reports recall overall and per kind, and lists misses', () => {
    const g = mt.gold[2]!;
    const report = summarize([scoreStory(mt, [{ start: g.start, end: g.end, rule: 'cap' }])]);
    expect(report.recall).toEqual({ gold: 3, caught: 1, recall: 1 / 3 });
    expect(report.perKind.find((k) => k.kind === 'exonym')).toMatchObject({ gold: 2, caught: 0, recall: 0 });
    expect(report.perKind.find((k) => k.kind === 'capitalization')).toMatchObject({ gold: 1, caught: 1, recall: 1 });
    expect(report.perKind.find((k) => k.kind === 'acronym')?.recall).toBeNull();
    expect(report.missed).toEqual([
      { file: 'dev/mt/x.txt', kind: 'exonym', text: 'Syrie' },
      { file: 'dev/mt/x.txt', kind: 'exonym', text: 'Damas' },
    ]);
    expect(report.mtPrecision).toBe(1);
  });

  it('gives an all-empty report for an empty corpus and still formats it', () => {
    const report = summarize([]);
    expect(report.recall).toEqual({ gold: 0, caught: 0, recall: null });
    expect(report.nativeFalseFlagsPer1000).toBeNull();
    expect(report.mtPrecision).toBeNull();
    expect(formatReport(report)).toContain('n/a');
    expect(formatTable(report)).toContain('| **all** | **0** | **0** | **n/a** |');
  });
});

describe('the corpus on disk', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../corpus');
  const stories = loadCorpus(root, ['dev', 'holdout']);

  it('parses, with gold spans on MT stories only and enough of each', () => {
    for (const set of ['dev', 'holdout'] as const) {
      const mt = stories.filter((s) => s.set === set && s.type === 'mt');
      const native = stories.filter((s) => s.set === set && s.type === 'native');
      expect(mt.length).toBeGreaterThanOrEqual(12);
      expect(native.length).toBeGreaterThanOrEqual(10);
      expect(native.reduce((n, s) => n + s.words, 0)).toBeGreaterThanOrEqual(5000);
      for (const s of mt) {
        expect(s.gold.length, s.file).toBeGreaterThanOrEqual(8);
        expect(s.gold.length, s.file).toBeLessThanOrEqual(15);
        expect(s.words, s.file).toBeGreaterThanOrEqual(300);
        expect(s.words, s.file).toBeLessThanOrEqual(700);
      }
      for (const s of native) {
        expect(s.words, s.file).toBeGreaterThanOrEqual(300);
        expect(s.words, s.file).toBeLessThanOrEqual(800);
      }
    }
  });

  it('leaves no markup debris in the stripped text', () => {
    for (const s of stories) {
      expect(s.text, s.file).not.toMatch(/\[\[|\]\]|\|(?:exonym|calque|punctuation)\b/);
    }
  });
});
