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
});
