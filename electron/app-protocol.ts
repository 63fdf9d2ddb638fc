import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeOf } from '../src/node/server/content-types';
import { APP_SCHEME, resolveAppFile } from './app-origin';
import { withSecurityHeaders } from './web-policy';

/**
 * Must run before app 'ready'. standard: real URLs and origin (relative
 * paths, storage, module workers); secure: a secure context like https;
 * supportFetchAPI and corsEnabled: Vite's module scripts and the worker load
 * with fetch semantics. No bypassCSP, no service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

function headersObject(contentType: string): Headers {
  const headers = new Headers({ 'Content-Type': contentType, 'Cache-Control': 'no-cache' });
  // Set here as well as in onHeadersReceived: custom-protocol responses may not pass through webRequest.
  for (const [name, value] of Object.entries(withSecurityHeaders({}))) headers.set(name, ([] as string[]).concat(value).join(', '));
  return headers;
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: headersObject('text/plain; charset=utf-8') });
}

/** Serves app://copydesk/ from `root` (dist/renderer) and nothing else; readFile reads inside app.asar too. */
export function serveAppScheme(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed.');
    const file = resolveAppFile(root, request.url);
    if (file === null) return text(404, 'Not found.');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      if (file.endsWith('index.html')) return text(503, `The Copydesk UI is not built (no ${file}): run npm run build.`);
      return text(404, 'Not found.');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: headersObject(contentTypeOf(file)) });
  });
}
