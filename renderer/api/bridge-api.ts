import { API_METHODS, type ApiErrorData, type CopydeskApi, type CopydeskBridge } from '../../src/core/api/contract';
import { ApiError } from './api-error';

function isErrorData(value: unknown): value is ApiErrorData {
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorData).message === 'string' && typeof (value as ApiErrorData).code === 'string';
}

/**
 * The contract over Electron's preload: each method's outcome unwrapped, an
 * error outcome thrown as an ApiError with its code, so the views see the
 * same errors in the desktop app as over HTTP.
 */
export function createBridgeApi(bridge: CopydeskBridge): CopydeskApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    const call = bridge[method] as (...args: unknown[]) => Promise<unknown>;
    api[method] = async (...args: unknown[]) => {
      const outcome = (await call(...args)) as { result?: unknown; error?: unknown } | null;
      if (outcome !== null && typeof outcome === 'object' && 'error' in outcome) {
        throw new ApiError(isErrorData(outcome.error) ? outcome.error : { code: 'internal', message: 'Copydesk failed without saying why.' });
      }
      if (outcome === null || typeof outcome !== 'object' || !('result' in outcome)) {
        throw new ApiError({ code: 'internal', message: 'Copydesk sent an unreadable answer.' });
      }
      return outcome.result;
    };
  }
  return api as unknown as CopydeskApi;
}
