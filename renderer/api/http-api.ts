import { API_METHODS, type ApiErrorData, type CopydeskApi } from '../../src/core/api/contract';
import { ApiError } from './api-error';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

function isErrorData(value: unknown): value is ApiErrorData {
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorData).message === 'string';
}

/**
 * The contract over the loopback web server: POST /api/<method> with
 * {"args": [...]}, the session token in a header (never in a cookie, so that
 * no other page can borrow it), and {"result"} or {"error"} back.
 */
export function createHttpApi(baseUrl: string, token: string, fetchImpl: Fetch = (i, init) => fetch(i, init)): CopydeskApi {
  async function call(method: string, args: unknown[]): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchImpl(new URL(`api/${method}`, baseUrl).href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': token },
        body: JSON.stringify({ args }),
      });
    } catch (e) {
      throw new ApiError({ code: 'io', message: `The Copydesk server did not answer (${e instanceof Error ? e.message : String(e)}).` });
    }
    let body: { result?: unknown; error?: unknown };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new ApiError({ code: 'internal', message: `The Copydesk server sent an unreadable answer (HTTP ${response.status}).` });
    }
    if (body.error !== undefined) {
      throw new ApiError(isErrorData(body.error) ? body.error : { code: 'internal', message: String(body.error) });
    }
    if (!response.ok) throw new ApiError({ code: 'internal', message: `HTTP ${response.status}` });
    return body.result;
  }

  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of API_METHODS) api[method] = (...args: unknown[]) => call(method, args);
  return api as unknown as CopydeskApi;
}
