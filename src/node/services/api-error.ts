import type { ApiErrorData } from '../../core/api/contract';
import { AtomicWriteError } from '../fs/atomic-write';
import { StoreError } from '../store/store-error';

/**
 * What a desk method throws: the error as data (code and message) ready to
 * cross IPC or HTTP, where the other side rebuilds it. Anything else thrown
 * inside a method is turned into one by toApiError.
 */
export class ApiError extends Error {
  readonly data: ApiErrorData;

  constructor(code: ApiErrorData['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiError';
    this.data = { code, message };
  }
}

export function badInput(message: string): ApiError {
  return new ApiError('bad-input', message);
}

export function notFound(message: string): ApiError {
  return new ApiError('not-found', message);
}

/** Any error as an ApiError: store refusals keep their meaning, file errors are io, the rest internal. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof StoreError) {
    if (err.kind === 'not-found') return new ApiError('not-found', err.message, { cause: err });
    if (err.kind === 'invalid') return new ApiError('bad-input', err.message, { cause: err });
    return new ApiError('io', err.message, { cause: err });
  }
  if (err instanceof AtomicWriteError) return new ApiError('io', err.message, { cause: err });
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError('internal', `Something went wrong in Copydesk: ${message}`, { cause: err });
}
