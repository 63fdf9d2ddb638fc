import type { ApiErrorData, ApiOutcome } from '../src/core/api/contract';

/**
 * What an IPC handler returns: {result} or {error}, like the HTTP API's body.
 * A handler never throws, because ipcRenderer.invoke turns a thrown error
 * into a bare message ("Error invoking remote method ...") and the code the
 * UI branches on would be lost.
 */
export type IpcOutcome = ApiOutcome;

const CODES: ReadonlySet<string> = new Set<ApiErrorData['code']>(['not-found', 'bad-input', 'io', 'unsupported', 'internal']);

export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && CODES.has(code) && typeof message === 'string';
}

/** A reply from main as an outcome the renderer can trust; anything else is a broken main process. */
export function toOutcome(reply: unknown): ApiOutcome {
  if (typeof reply === 'object' && reply !== null) {
    if ('error' in reply) {
      const error = (reply as { error: unknown }).error;
      return { error: isApiErrorData(error) ? error : { code: 'internal', message: 'Copydesk failed without saying why.' } };
    }
    if ('result' in reply) return { result: (reply as { result: unknown }).result };
  }
  return { error: { code: 'internal', message: 'Copydesk sent an unreadable answer.' } };
}
