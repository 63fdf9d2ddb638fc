import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createDesk, type Desk } from '../../../src/node/services/create-desk';
import { TOKEN_HEADER } from '../../../src/node/server/api-handler';
import { startWebServer, type WebServer } from '../../../src/node/server/web-server';

export const TOKEN = 'test-token-0123456789abcdef';
export const INDEX_HTML = '<!doctype html><title>Copydesk</title><script src="/assets/app.js"></script>\n';
export const APP_JS = 'console.log("copydesk");\n';

export interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface RequestOptions {
  readonly method?: string;
  /** Sent as is on the request line, so tests can send paths a URL parser would tidy. */
  readonly path?: string;
  readonly headers?: Record<string, string | number>;
  readonly body?: string | Buffer;
}

/** One HTTP request to 127.0.0.1 (never another address); the Host header is 127.0.0.1:port unless given. */
export function request(port: number, options: RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * A web server on a desk in a fresh temp folder per test, with a static root
 * holding index.html and one asset, and a secret file beside (outside) the
 * root for the traversal tests. Call once at the top of a test file.
 */
export function useWebServer() {
  let dir: string | undefined;
  let desk: Desk | undefined;
  let server: WebServer | undefined;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-web-'));
    const root = join(dir, 'static');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), INDEX_HTML);
    writeFileSync(join(root, 'assets', 'app.js'), APP_JS);
    writeFileSync(join(dir, 'secret.txt'), 'SECRET outside the root');
    desk = createDesk({ dataDir: join(dir, 'data'), shell: 'web', version: '9.9.9-test' });
    server = await startWebServer({ desk, port: 0, host: '127.0.0.1', staticDir: root, token: TOKEN });
  });
  afterEach(async () => {
    await server?.close();
    desk?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    server = desk = dir = undefined;
  });
  const get = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only there inside a test`);
    return value;
  };
  return {
    server: () => get(server, 'server'),
    desk: () => get(desk, 'desk'),
    dir: () => get(dir, 'dir'),
    root: () => join(get(dir, 'dir'), 'static'),
    request: (options?: RequestOptions) => request(get(server, 'server').port, options),
    /** POST /api/<method> with the token and a JSON body of {args}. */
    api: (method: string, args: unknown[] = [], headers: Record<string, string> = {}) =>
      request(get(server, 'server').port, {
        method: 'POST',
        path: `/api/${method}`,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
        body: JSON.stringify({ args }),
      }),
  };
}
