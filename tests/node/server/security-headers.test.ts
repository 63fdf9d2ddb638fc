import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/window-options';
import { TOKEN_HEADER } from '../../../src/node/server/api-handler';
import { WEB_CONTENT_SECURITY_POLICY } from '../../../src/node/server/security-headers';
import { TOKEN, useWebServer, type Reply } from './server-fixture';

// Every response carries the headers, refusals and errors too: an error page is a page a browser renders.
const t = useWebServer();

const EXPECTED = {
  'content-security-policy': WEB_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function expectHeaders(reply: Reply, what: string): void {
  for (const [name, value] of Object.entries(EXPECTED)) expect(reply.headers[name], `${name} on ${what}`).toBe(value);
}

/** Sends raw bytes (a request Node's HTTP client would refuse to send) and returns what came back. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
  });
}

describe('security headers', () => {
  it('the web CSP is the Electron window CSP, so the renderer runs under one policy in both shells', () => {
    expect(WEB_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY);
  });

  it('are on pages, assets, API answers and every refusal', async () => {
    const port = t.server().port;
    const replies: [string, Reply][] = [
      ['page', await t.request({ path: `/?token=${TOKEN}` })],
      ['asset', await t.request({ path: '/assets/app.js' })],
      ['401 page', await t.request({ path: '/' })],
      ['403 page', await t.request({ path: '/?token=nope' })],
      ['404', await t.request({ path: '/nothing' })],
      ['400 bad path', await t.request({ path: '/%' })],
      ['405 static', await t.request({ method: 'DELETE', path: '/' })],
      ['403 host', await t.request({ path: '/', headers: { host: 'evil.example' } })],
      ['403 origin', await t.api('listStories', [], { origin: 'http://evil.example' })],
      ['api 200', await t.api('listStories')],
      ['api 401', await t.request({ method: 'POST', path: '/api/listStories' })],
      ['api 404', await t.api('nope')],
      ['api 405', await t.request({ method: 'GET', path: '/api/listStories' })],
      ['api 400', await t.request({ method: 'POST', path: '/api/listStories', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN }, body: '{' })],
      ['api desk error', await t.api('getStory', ['gone'])],
    ];
    for (const [what, reply] of replies) expectHeaders(reply, what);
    expect(replies.map(([, r]) => r.status)).toEqual([200, 200, 401, 403, 404, 400, 405, 403, 403, 200, 401, 404, 405, 400, 404]);
    expect(port).toBeGreaterThan(0);
  });

  it('are on the answer to a request too malformed to parse', async () => {
    const answer = await raw(t.server().port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain(`Content-Security-Policy: ${WEB_CONTENT_SECURITY_POLICY}`);
    expect(answer).toContain('X-Content-Type-Options: nosniff');
  });
});
