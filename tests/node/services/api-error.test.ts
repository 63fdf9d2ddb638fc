import { describe, expect, it } from 'vitest';
import { AtomicWriteError } from '../../../src/node/fs/atomic-write';
import { ApiError, badInput, notFound, toApiError } from '../../../src/node/services/api-error';
import { StoreError } from '../../../src/node/store/store-error';

// Errors cross IPC and HTTP as {code, message}; the code is what the UI branches on, so each source maps to one.
describe('toApiError', () => {
  it('keeps an ApiError as it is', () => {
    const err = badInput('nope');
    expect(toApiError(err)).toBe(err);
    expect(notFound('gone').data).toEqual({ code: 'not-found', message: 'gone' });
  });

  it.each([
    ['not-found', 'not-found'],
    ['invalid', 'bad-input'],
    ['corrupt', 'io'],
    ['cannot-open', 'io'],
    ['too-new', 'io'],
  ] as const)('maps a store %s refusal to %s, message kept', (kind, code) => {
    const err = toApiError(new StoreError(kind, 'why it failed'));
    expect(err).toBeInstanceOf(ApiError);
    expect(err.data).toEqual({ code, message: 'why it failed' });
  });

  it('maps a failed write to io with its message', () => {
    expect(toApiError(new AtomicWriteError('no-space', '/x', 'the disk is full')).data).toEqual({ code: 'io', message: 'the disk is full' });
  });

  it('maps anything else to internal, keeping the cause', () => {
    const cause = new TypeError('x is undefined');
    const err = toApiError(cause);
    expect(err.data).toEqual({ code: 'internal', message: 'Something went wrong in Copydesk: x is undefined' });
    expect(err.cause).toBe(cause);
    expect(toApiError('a string').data.message).toBe('Something went wrong in Copydesk: a string');
  });
});
