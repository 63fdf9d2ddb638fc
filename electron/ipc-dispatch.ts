import type { ApiMethod, CopydeskApi } from '../src/core/api/contract';
import { toApiError } from '../src/node/services/api-error';
import type { IpcOutcome } from './ipc-outcome';

/** The answer to a message main will not act on; it says no more than that. */
export const REFUSED: IpcOutcome = {
  error: { code: 'bad-input', message: 'Refused: this request did not come from the Copydesk window.' },
};

/**
 * Calls one desk method with the arguments the renderer sent and packs what
 * happened as an outcome, as src/node/server/api-handler.ts does for HTTP:
 * the desk checks the arguments, any error becomes ApiErrorData, and an
 * empty result is null. `onInternal` sees unexpected failures (a bug, not
 * the editor's doing) so main can log their cause, which the message hides.
 */
export async function callDesk(
  desk: CopydeskApi,
  method: ApiMethod,
  args: readonly unknown[],
  onInternal: (method: ApiMethod, err: unknown) => void = () => {},
): Promise<IpcOutcome> {
  try {
    const fn = desk[method] as (...a: unknown[]) => Promise<unknown>;
    const result = await fn.apply(desk, [...args]);
    return { result: result === undefined ? null : result };
  } catch (err) {
    const apiError = toApiError(err);
    if (apiError.data.code === 'internal') onInternal(method, err);
    return { error: apiError.data };
  }
}
