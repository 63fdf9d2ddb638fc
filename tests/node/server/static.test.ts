import { describe, expect, it } from 'vitest';
import { APP_JS, INDEX_HTML, TOKEN, useWebServer } from './server-fixture';

// The page needs the run's token in ?token= (it is what lets a browser in at all); the assets hold no data.
const t = useWebServer();

describe('the page and its assets', () => {
  it('refuses / without a token with 401, saying where the address comes from', async () => {
    const reply = await t.request({ path: '/' });
    expect(reply.status).toBe(401);
    expect(reply.body).toMatch(/open the address it printed/);
    expect(reply.body).not.toContain('<title>');
  });

  it('refuses / with a wrong token with 403', async () => {
    for (const path of ['/?token=wrong', `/?token=${TOKEN}x`, `/index.html?token=${TOKEN.slice(1)}`, '/?token=']) {
      const reply = await t.request({ path });
      expect(reply.status, path).toBe(403);
      expect(reply.body).not.toContain('<title>');
    }
  });

  it('serves index.html with the right token, never cached', async () => {
    for (const path of [`/?token=${TOKEN}`, `/index.html?token=${TOKEN}`]) {
      const reply = await t.request({ path });
      expect(reply.status, path).toBe(200);
      expect(reply.body).toBe(INDEX_HTML);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.headers['cache-control']).toBe('no-store');
    }
  });

  it('the server URL is the page with the token', async () => {
    expect(t.server().url).toBe(`http://127.0.0.1:${t.server().port}/?token=${TOKEN}`);
    expect(t.server().token).toBe(TOKEN);
  });

  it('serves assets without the token, with their type', async () => {
    const reply = await t.request({ path: '/assets/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(APP_JS);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(APP_JS)));
  });

  it('answers HEAD without a body and refuses other methods on files with 405', async () => {
    const head = await t.request({ method: 'HEAD', path: '/assets/app.js' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await t.request({ method: 'POST', path: '/assets/app.js' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('answers 404 for what is not there, and for folders (no listings)', async () => {
    for (const path of ['/missing.js', '/assets', '/assets/', '/static/index.html']) {
      expect((await t.request({ path })).status, path).toBe(404);
    }
  });
});
