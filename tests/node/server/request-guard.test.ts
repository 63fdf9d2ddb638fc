import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../src/node/server/api-handler';
import { tokenMatches } from '../../../src/node/server/request-guard';
import { TOKEN, useWebServer } from './server-fixture';

// DNS rebinding and cross-site calls: a request must name this server in Host, and in Origin when it sends one.
const t = useWebServer();
const page = () => `/?token=${TOKEN}`;

describe('Host and Origin', () => {
  it('answers to 127.0.0.1 and localhost on its own port, in any case', async () => {
    const port = t.server().port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await t.request({ path: page(), headers: { host } })).status, host).toBe(200);
    }
  });

  it('refuses a foreign Host header with 403, whatever token it carries', async () => {
    const port = t.server().port;
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `127.0.0.2:${port}`, `[::1]:${port}`]) {
      const reply = await t.request({ path: page(), headers: { host } });
      expect(reply.status, host).toBe(403);
      expect(reply.body).toMatch(/foreign Host header/);
      expect(reply.body).not.toContain('<title>');
    }
    const api = await t.api('listStories', [], { host: 'evil.example' });
    expect(api.status).toBe(403);
  });

  it('refuses a foreign Origin with 403, the API included', async () => {
    const port = t.server().port;
    for (const origin of ['http://evil.example', `https://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`, 'null', `http://127.0.0.1:${port}.evil.example`]) {
      const reply = await t.api('listStories', [], { origin });
      expect(reply.status, origin).toBe(403);
      expect(reply.body).toMatch(/foreign Origin header/);
    }
  });

  it('lets a matching Origin through', async () => {
    const port = t.server().port;
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const reply = await t.api('listStories', [], { origin });
      expect(reply.status, origin).toBe(200);
      expect(JSON.parse(reply.body)).toEqual({ result: [] });
    }
  });

  it('refuses a cross-site fetch by its Sec-Fetch-Site, and lets same-origin and typed addresses in', async () => {
    expect((await t.api('listStories', [], { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await t.api('listStories', [], { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await t.api('listStories', [], { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await t.request({ path: page(), headers: { 'sec-fetch-site': 'none' } })).status).toBe(200);
  });
});

describe('tokenMatches', () => {
  it('matches only the exact token', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(`${TOKEN} `, TOKEN)).toBe(false);
    expect(tokenMatches(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(tokenMatches('', TOKEN)).toBe(false);
    expect(tokenMatches(null, TOKEN)).toBe(false);
    expect(tokenMatches(undefined, TOKEN)).toBe(false);
  });

  it('is the header the API reads', () => {
    expect(TOKEN_HEADER).toBe('x-copydesk-token');
  });
});
