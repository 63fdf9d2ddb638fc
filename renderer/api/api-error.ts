import type { ApiErrorData } from '../../src/core/api/contract';

/** A failure the back end reported, with its code so that the UI can branch on it. */
export class ApiError extends Error {
  readonly code: ApiErrorData['code'];

  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
  }
}

/** Words for the editor, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  return 'Something went wrong.';
}
