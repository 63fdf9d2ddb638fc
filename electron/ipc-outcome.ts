import type { ApiErrorData } from '../src/core/api/contract';

/**
 * What an IPC handler returns: {result} or {error}, like the HTTP API's body.
 * A handler never throws, because ipcRenderer.invoke turns a thrown error
 * into a bare message ("Error invoking remote method ...") and the code the
 * UI branches on would be lost.
 */
export type IpcOutcome = { readonly result: unknown } | { readonly error: ApiErrorData };

const CODES: ReadonlySet<string> = new Set<ApiErrorData['code']>(['not-found', 'bad-input', 'io', 'unsupported', 'internal']);

export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && CODES.has(code) && typeof message === 'string';
}

/** The error the preload throws: the message for the editor and the code for the UI. */
export class ShellApiError extends Error {
  readonly code: ApiErrorData['code'];

  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
  }
}

/** The result of an outcome, or its error thrown; anything else is a broken main process. */
export function unwrapOutcome(reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null) {
    if ('error' in reply) {
      const error = (reply as { error: unknown }).error;
      throw new ShellApiError(isApiErrorData(error) ? error : { code: 'internal', message: 'Copydesk failed without saying why.' });
    }
    if ('result' in reply) return (reply as { result: unknown }).result;
  }
  throw new ShellApiError({ code: 'internal', message: 'Copydesk sent an unreadable answer.' });
}
