import { describe, expect, it } from 'vitest';
import { isCountedError, validateCorrection } from '../../../src/core/corrections/correction';
import { makeCorrection } from './fixtures';

describe('validateCorrection', () => {
  it('accepts sound records of each kind', () => {
    expect(validateCorrection(makeCorrection())).toEqual([]);
    expect(
      validateCorrection(makeCorrection({ kind: 'edit', rule: undefined, suggestionIndex: undefined, newText: 'Peking', category: 'style/awkward', severity: 'minor' })),
    ).toEqual([]);
    expect(validateCorrection(makeCorrection({ kind: 'dismiss', newText: 'Pékin', suggestionIndex: undefined, dismissScope: 'rule' }))).toEqual([]);
    expect(validateCorrection(makeCorrection({ startedAt: '2025-03-07T10:14:58.800Z' }))).toEqual([]);
  });

  it('accepts an insertion (empty range)', () => {
    expect(validateCorrection(makeCorrection({ kind: 'edit', start: 3, end: 3, originalText: '', newText: ' not', rule: undefined, suggestionIndex: undefined }))).toEqual([]);
  });

  it.each([
    ['a range that does not match originalText', { end: 8 }, /originalText has 5/],
    ['start after end', { start: 10, end: 9 }, /after end/],
    ['a negative offset', { start: -1 }, /non-negative/],
    ['a dismissal that changes the text', { kind: 'dismiss' as const, dismissScope: 'occurrence' as const, suggestionIndex: undefined }, /newText must equal originalText/],
    ['a dismissal without scope', { kind: 'dismiss' as const, newText: 'Pékin', suggestionIndex: undefined }, /dismissScope/],
    ['a rule-wide dismissal without rule', { kind: 'dismiss' as const, newText: 'Pékin', suggestionIndex: undefined, dismissScope: 'rule' as const, rule: undefined }, /needs the rule id/],
    ['a scope on an edit', { kind: 'edit' as const, suggestionIndex: undefined, dismissScope: 'occurrence' as const }, /only for dismissals/],
    ['an accept without suggestion index', { suggestionIndex: undefined }, /suggestionIndex/],
    ['an accept without rule', { rule: undefined }, /rule id/],
    ['an edit that changes nothing', { kind: 'edit' as const, suggestionIndex: undefined, newText: 'Pékin' }, /must change the text/],
    ['an unknown category', { category: 'accuracy/guesswork' as never }, /unknown MQM category/],
    ['an unknown severity', { severity: 'fatal' as never }, /unknown severity/],
    ['no editor', { editor: '  ' }, /editor is empty/],
    ['a vague time', { createdAt: 'March 7' }, /createdAt/],
    ['a bad start time', { startedAt: 'soon' }, /startedAt/],
    ['negative time spent', { timeSpentMs: -5 }, /timeSpentMs/],
    ['an empty id', { id: '' }, /id is empty/],
  ])('refuses %s', (_what, fields, message) => {
    const problems = validateCorrection(makeCorrection(fields));
    expect(problems.join('\n')).toMatch(message);
  });
});

describe('isCountedError', () => {
  it('counts accepts and edits that stand', () => {
    expect(isCountedError(makeCorrection())).toBe(true);
    expect(isCountedError(makeCorrection({ kind: 'edit' }))).toBe(true);
  });

  it('does not count dismissals or undone corrections', () => {
    expect(isCountedError(makeCorrection({ kind: 'dismiss' }))).toBe(false);
    expect(isCountedError(makeCorrection({ undone: true }))).toBe(false);
  });
});
