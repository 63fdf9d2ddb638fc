import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/node/services/api-error';
import { toCorrectionInput } from '../../../src/node/services/correction-input';

// A correction off the wire: only the known fields go on, and null means "not given" (JSON has no undefined).
describe('toCorrectionInput', () => {
  it('keeps the known fields and drops the rest', () => {
    const input = toCorrectionInput({ storyId: 's', kind: 'edit', start: 0, end: 1, originalText: 'a', newText: 'b', editor: 'JD', timeSpentMs: 1, admin: true, seq: 4 });
    expect(input).toEqual({ storyId: 's', kind: 'edit', start: 0, end: 1, originalText: 'a', newText: 'b', editor: 'JD', timeSpentMs: 1 });
  });

  it('takes null as not given', () => {
    expect(toCorrectionInput({ storyId: 's', rule: null, startedAt: null, id: null })).toEqual({ storyId: 's' });
  });

  it('does not pick up fields from the prototype chain', () => {
    const sneaky = Object.create({ undone: true, id: 'inherited' }) as Record<string, unknown>;
    sneaky.storyId = 's';
    expect(toCorrectionInput(sneaky)).toEqual({ storyId: 's' });
  });

  it('checks the fields the store would fill in or store as they are', () => {
    expect(() => toCorrectionInput({ id: 3 })).toThrow(ApiError);
    expect(() => toCorrectionInput({ id: '' })).toThrow(/Correction id must not be empty/);
    expect(() => toCorrectionInput({ createdAt: false })).toThrow(/createdAt must be text/);
    expect(() => toCorrectionInput({ undone: 0 })).toThrow(/undone must be true or false/);
    expect(() => toCorrectionInput('x')).toThrow(/Correction must be an object/);
  });
});
