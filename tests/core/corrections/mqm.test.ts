import { describe, expect, it } from 'vitest';
import { dimensionOf, errorWeight, MQM_WEIGHTS, scoreMqm } from '../../../src/core/corrections/mqm';
import { makeCorrection } from './fixtures';

describe('errorWeight', () => {
  it('uses the WMT weights, with 25 for critical', () => {
    expect(errorWeight('accuracy/mistranslation', 'minor')).toBe(1);
    expect(errorWeight('accuracy/mistranslation', 'major')).toBe(5);
    expect(errorWeight('accuracy/mistranslation', 'critical')).toBe(25);
    expect(MQM_WEIGHTS).toEqual({ minor: 1, major: 5, critical: 25, minorPunctuation: 0.1 });
  });

  it('weights a minor punctuation error 0.1, a major one like any major', () => {
    expect(errorWeight('fluency/punctuation', 'minor')).toBe(0.1);
    expect(errorWeight('fluency/punctuation', 'major')).toBe(5);
    expect(errorWeight('fluency/grammar', 'minor')).toBe(1);
  });
});

describe('dimensionOf', () => {
  it('takes the part before the slash', () => {
    expect(dimensionOf('locale-convention/number-format')).toBe('locale-convention');
    expect(dimensionOf('terminology/wrong-term')).toBe('terminology');
  });
});

describe('scoreMqm', () => {
  it('scores an untouched story zero, with every bar present', () => {
    const score = scoreMqm([], 500);
    expect(score.errors).toBe(0);
    expect(score.penalty).toBe(0);
    expect(score.perThousandWords).toBe(0);
    expect(Object.keys(score.byDimension)).toEqual(['accuracy', 'fluency', 'terminology', 'style', 'locale-convention']);
    expect(score.bySeverity).toEqual({ minor: { count: 0, penalty: 0 }, major: { count: 0, penalty: 0 }, critical: { count: 0, penalty: 0 } });
    expect(score.byCategory['style/awkward']).toEqual({ count: 0, penalty: 0 });
  });

  it('sums accepts and hand edits, skips dismissals and undone ones', () => {
    const log = [
      makeCorrection({ id: 'a', category: 'accuracy/untranslated', severity: 'major' }),
      makeCorrection({ id: 'b', kind: 'edit', rule: undefined, suggestionIndex: undefined, category: 'style/awkward', severity: 'minor' }),
      makeCorrection({ id: 'c', category: 'accuracy/mistranslation', severity: 'critical' }),
      makeCorrection({ id: 'd', kind: 'dismiss', newText: 'Pékin', dismissScope: 'occurrence', severity: 'critical' }),
      makeCorrection({ id: 'e', undone: true, severity: 'critical' }),
    ];
    const score = scoreMqm(log, 250);
    expect(score.errors).toBe(3);
    expect(score.penalty).toBe(31);
    expect(score.perThousandWords).toBe(124);
    expect(score.byDimension.accuracy).toEqual({ count: 2, penalty: 30 });
    expect(score.byDimension.style).toEqual({ count: 1, penalty: 1 });
    expect(score.byDimension.fluency).toEqual({ count: 0, penalty: 0 });
    expect(score.bySeverity.critical).toEqual({ count: 1, penalty: 25 });
    expect(score.bySeverity.minor).toEqual({ count: 1, penalty: 1 });
    expect(score.byCategory['accuracy/untranslated']).toEqual({ count: 1, penalty: 5 });
  });

  it('keeps tenths exact: three minor punctuation errors are 0.3, not 0.30000000000000004', () => {
    const punct = (id: string) => makeCorrection({ id, category: 'fluency/punctuation', severity: 'minor', rule: 'punctuation' });
    const score = scoreMqm([punct('1'), punct('2'), punct('3')], 1000);
    expect(score.penalty).toBe(0.3);
    expect(score.perThousandWords).toBe(0.3);
    expect(score.byDimension.fluency).toEqual({ count: 3, penalty: 0.3 });
  });

  it('has no per-1000 rate without words', () => {
    expect(scoreMqm([makeCorrection()], 0).perThousandWords).toBeNull();
    expect(scoreMqm([makeCorrection()], Number.NaN).perThousandWords).toBeNull();
    expect(scoreMqm([makeCorrection()], 0).penalty).toBe(5);
  });
});
