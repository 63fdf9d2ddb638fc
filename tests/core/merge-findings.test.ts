import { describe, expect, it } from 'vitest';
import { mergeFindings } from '../../src/core/merge-findings';
import type { Finding } from '../../src/core/model/finding';

const f = (over: Partial<Finding>): Finding => ({
  start: 0, end: 5, rule: 'r', category: 'fluency/spelling', severity: 'minor', message: 'm', suggestions: ['x'], ...over,
});

describe('mergeFindings', () => {
  it('keeps one finding, the more severe, for one range and one fix', () => {
    const out = mergeFindings([f({ rule: 'transliteration' }), f({ rule: 'name-variant', severity: 'major' })]);
    expect(out.map((x) => x.rule)).toEqual(['name-variant']);
  });

  it('keeps findings whose fixes differ, or whose ranges differ', () => {
    expect(mergeFindings([f({}), f({ suggestions: ['y'] }), f({ end: 6 })])).toHaveLength(3);
  });

  it('merges fix-less findings only within one rule', () => {
    expect(mergeFindings([f({ suggestions: [] }), f({ suggestions: [], rule: 'other' }), f({ suggestions: [] })])).toHaveLength(2);
  });

  it('drops a fix-less finding inside one that has a fix, and nothing else', () => {
    const exonym = f({ start: 4, end: 22, rule: 'exonym', suggestions: ['Horn of Africa'] });
    const inside = f({ start: 10, end: 22, rule: 'untranslated-word', suggestions: [] });
    const sameStart = f({ start: 4, end: 9, rule: 'untranslated-word', suggestions: [] });
    const overlapping = f({ start: 20, end: 30, rule: 'untranslated-word', suggestions: [] });
    const withFix = f({ start: 10, end: 15, rule: 'calque', suggestions: ['y'] });
    const out = mergeFindings([exonym, sameStart, inside, withFix, overlapping].sort((a, b) => a.start - b.start || a.end - b.end));
    expect(out.map((x) => [x.rule, x.start, x.end])).toEqual([
      ['exonym', 4, 22],
      ['calque', 10, 15],
      ['untranslated-word', 20, 30],
    ]);
  });
});
