import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_METHODS, type ApiErrorData, type ApiMethod, type CopydeskApi } from '../../core/api/contract';
import { MAX_FILE_BYTES } from '../import/read-text-file';
import { ApiError, toApiError } from '../services/api-error';
import { BodyTooLargeError, readBody } from './read-body';
import { tokenMatches } from './request-guard';
import { sendJson } from './security-headers';

/**
 * openBytes carries a whole file as base64 (4 bytes per 3) in JSON: the
 * largest file the desk opens, plus room for the envelope. Anything larger is
 * refused before it is read into memory.
 */
export const MAX_BODY_BYTES = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 1024 * 1024;

export const TOKEN_HEADER = 'x-copydesk-token';

/** More arguments than any method of the contract takes, with room to grow. */
const MAX_ARGS = 16;

const METHODS: ReadonlySet<string> = new Set(API_METHODS);

const STATUS: Readonly<Record<ApiErrorData['code'], number>> = {
  'bad-input': 400,
  'not-found': 404,
  // 'unsupported' is what a desk answers once it is closing (see createDesk): a passing state, so
  // 503 Service Unavailable; 501 would tell the browser the method will never work.
  unsupported: 503,
  io: 500,
  internal: 500,
};

function sendError(res: ServerResponse, status: number, code: ApiErrorData['code'], message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: { code, message } satisfies ApiErrorData }, headers);
}

/**
 * POST /api/<method> with {"args": [...]}: calls that method of the desk and
 * answers {"result": ...} or {"error": ApiErrorData}. Only the contract's
 * methods, only with the run's token in X-Copydesk-Token (a header, which a
 * cross-site form or image cannot send), only JSON.
 */
export async function handleApi(req: IncomingMessage, res: ServerResponse, desk: CopydeskApi, token: string, method: string): Promise<void> {
  if (req.method !== 'POST') {
    sendError(res, 405, 'bad-input', 'The API takes POST requests only.', { Allow: 'POST' });
    return;
  }
  const presented = req.headers[TOKEN_HEADER];
  if (presented === undefined) {
    sendError(res, 401, 'bad-input', 'Missing X-Copydesk-Token header: open the address Copydesk printed when it started.');
    return;
  }
  if (!tokenMatches(Array.isArray(presented) ? undefined : presented, token)) {
    sendError(res, 403, 'bad-input', 'Wrong token: this page belongs to an earlier run of Copydesk. Open the address it printed this time.');
    return;
  }
  if (!METHODS.has(method)) {
    sendError(res, 404, 'not-found', `No API method "${method.slice(0, 60)}".`);
    return;
  }
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    sendError(res, 415, 'bad-input', 'Send the arguments as application/json.');
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(req, MAX_BODY_BYTES);
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      // Close the connection: the rest of the upload is not worth reading.
      sendError(res, 413, 'bad-input', `Too large: requests are limited to ${Math.floor(MAX_BODY_BYTES / (1024 * 1024))} MiB (files to ${MAX_FILE_BYTES / (1024 * 1024)} MiB).`, { Connection: 'close' });
      res.on('finish', () => req.destroy());
      return;
    }
    throw err;
  }
  let args: unknown[];
  try {
    const parsed: unknown = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    const raw = (parsed as { args?: unknown }).args ?? [];
    if (!Array.isArray(raw)) throw new Error('args is not a list');
    // No method takes more than a few; millions of them would overflow the stack in apply().
    if (raw.length > MAX_ARGS) throw new Error(`${raw.length} args; no method takes more than ${MAX_ARGS}`);
    args = raw;
  } catch (err) {
    sendError(res, 400, 'bad-input', `The request body must be JSON like {"args": [...]} (${err instanceof Error ? err.message : String(err)}).`);
    return;
  }
  try {
    const fn = desk[method as ApiMethod] as (...a: unknown[]) => Promise<unknown>;
    const result = await fn.apply(desk, args);
    sendJson(res, 200, { result: result === undefined ? null : result });
  } catch (err) {
    const apiError: ApiError = toApiError(err);
    sendError(res, STATUS[apiError.data.code], apiError.data.code, apiError.data.message);
  }
}
