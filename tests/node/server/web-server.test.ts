import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CopydeskApi } from '../../../src/core/api/contract';
import { TOKEN_HEADER } from '../../../src/node/server/api-handler';
import { startWebServer, type WebServer } from '../../../src/node/server/web-server';
import { request, TOKEN } from './server-fixture';

// Starting and stopping: loopback only, a real token, and close() really lets go of the port.
const started: WebServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of started.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A desk whose every method fails the way a bug would: not with an ApiError. */
const brokenDesk = new Proxy({} as CopydeskApi, {
  get: () => () => Promise.reject(new TypeError('cannot read x of undefined')),
});

async function start(options: Partial<Parameters<typeof startWebServer>[0]> = {}): Promise<WebServer> {
  const staticDir = mkdtempSync(join(tmpdir(), 'copydesk-web-'));
  dirs.push(staticDir);
  const server = await startWebServer({ desk: brokenDesk, port: 0, staticDir, token: TOKEN, ...options });
  started.push(server);
  return server;
}

/** Local addresses of listening TCP sockets on a port, from /proc/net/tcp (Linux): checks the bind without connecting anywhere else. */
function listeningAddresses(port: number): string[] | null {
  if (!existsSync('/proc/net/tcp')) return null;
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const lines = [readFileSync('/proc/net/tcp', 'utf8'), existsSync('/proc/net/tcp6') ? readFileSync('/proc/net/tcp6', 'utf8') : ''].join('\n').split('\n');
  return lines
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f[1]?.endsWith(`:${hexPort}`) && f[3] === '0A')
    .map((f) => f[1]!.split(':')[0]!);
}

describe('startWebServer', () => {
  it('listens on 127.0.0.1 only, on the port it reports', async () => {
    const server = await start();
    expect(server.port).toBeGreaterThan(0);
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const bound = listeningAddresses(server.port);
    // 0100007F is 127.0.0.1 in /proc's byte order; 00000000 would be every interface.
    if (bound !== null) expect(bound).toEqual(['0100007F']);
  });

  it('refuses any other host', async () => {
    await expect(startWebServer({ desk: brokenDesk, port: 0, host: '0.0.0.0' as '127.0.0.1', staticDir: tmpdir() })).rejects.toThrow(/127\.0\.0\.1 only/);
  });

  it('makes a long random token per run, and refuses a short fixed one', async () => {
    const a = await start({ token: undefined });
    const b = await start({ token: undefined });
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.url).toBe(`http://127.0.0.1:${a.port}/?token=${a.token}`);
    await expect(start({ token: 'short' })).rejects.toThrow(/at least 16 characters/);
  });

  it('rejects when the port is taken', async () => {
    const a = await start();
    await expect(start({ port: a.port })).rejects.toThrow(/EADDRINUSE/);
  });

  it('close() stops listening and drops kept-alive connections', async () => {
    const server = await start();
    const agent = new Agent({ keepAlive: true });
    try {
      await new Promise<void>((resolve, reject) => {
        httpRequest({ host: '127.0.0.1', port: server.port, path: '/assets/x', agent }, (res) => {
          res.resume();
          res.on('end', resolve);
        })
          .on('error', reject)
          .end();
      });
      started.splice(started.indexOf(server), 1);
      // Would hang on the kept-alive socket if close() only stopped accepting.
      await server.close();
      await expect(request(server.port, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      agent.destroy();
    }
  });

  it('turns a desk failure that is not an ApiError into a 500 internal answer', async () => {
    const server = await start();
    const reply = await request(server.port, {
      method: 'POST',
      path: '/api/listStories',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: '{"args":[]}',
    });
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toEqual({ error: { code: 'internal', message: 'Something went wrong in Copydesk: cannot read x of undefined' } });
    expect(reply.headers['content-security-policy']).toMatch(/^default-src 'none'/);
  });

  it('says the UI is not built when the static folder has no index.html', async () => {
    const server = await start({ staticDir: join(tmpdir(), 'copydesk-no-such-folder') });
    const reply = await request(server.port, { path: `/?token=${TOKEN}` });
    expect(reply.status).toBe(503);
    expect(reply.body).toMatch(/not built/);
    expect(reply.headers['content-security-policy']).toMatch(/^default-src 'none'/);
  });
});
