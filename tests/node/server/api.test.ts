import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../src/node/server/api-handler';
import { TOKEN, useWebServer } from './server-fixture';

// POST /api/<method> {"args": [...]}: the contract over HTTP, only with the token, only JSON.
const t = useWebServer();

const json = (body: string) => JSON.parse(body) as { result?: unknown; error?: { code: string; message: string } };

describe('the API over HTTP', () => {
  it('round-trips: openText, then getStory and listStories see it', async () => {
    const opened = await t.api('openText', ['pasted', 'Le président a dit à Pékin.']);
    expect(opened.status).toBe(200);
    expect(opened.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(opened.headers['cache-control']).toBe('no-store');
    const story = json(opened.body).result as { id: string; sourceText: string };
    expect(story.sourceText).toBe('Le président a dit à Pékin.');
    const got = await t.api('getStory', [story.id]);
    expect(json(got.body)).toEqual({ result: story });
    const list = json((await t.api('listStories')).body).result as { id: string }[];
    expect(list.map((s) => s.id)).toEqual([story.id]);
  });

  it('answers null for methods that resolve nothing, and for an empty body', async () => {
    const story = json((await t.api('openText', ['a', 'abc'])).body).result as { id: string };
    expect(json((await t.api('saveText', [story.id, 'abcd', 4])).body)).toEqual({ result: null });
    const empty = await t.request({ method: 'POST', path: '/api/getSession', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN } });
    expect(empty.status).toBe(200);
    expect(json(empty.body)).toEqual({ result: null });
  });

  it('requires the token header: 401 without, 403 when wrong; the query token does not count', async () => {
    const base = { method: 'POST', path: '/api/listStories', body: '{"args":[]}' };
    const missing = await t.request({ ...base, headers: { 'content-type': 'application/json' } });
    expect(missing.status).toBe(401);
    expect(json(missing.body).error).toMatchObject({ code: 'bad-input', message: expect.stringMatching(/Missing X-Copydesk-Token/) });
    const inQuery = await t.request({ ...base, path: `/api/listStories?token=${TOKEN}`, headers: { 'content-type': 'application/json' } });
    expect(inQuery.status).toBe(401);
    const wrong = await t.request({ ...base, headers: { 'content-type': 'application/json', [TOKEN_HEADER]: 'x'.repeat(TOKEN.length) } });
    expect(wrong.status).toBe(403);
    expect(json(wrong.body).error?.code).toBe('bad-input');
  });

  it('answers 404 for a method not in the contract', async () => {
    for (const method of ['dropDatabase', 'constructor', '__proto__', 'close', 'getStory/x', '']) {
      const reply = await t.api(method);
      expect(reply.status, method).toBe(404);
      expect(json(reply.body).error?.code).toBe('not-found');
    }
  });

  it('answers 405 to anything but POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
      const reply = await t.request({ method, path: '/api/listStories', headers: { [TOKEN_HEADER]: TOKEN } });
      expect(reply.status, method).toBe(405);
      expect(reply.headers.allow).toBe('POST');
    }
  });

  it('answers 415 to a body that is not declared JSON (what a cross-site form would send)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp']) {
      const reply = await t.request({ method: 'POST', path: '/api/listStories', headers: { 'content-type': type, [TOKEN_HEADER]: TOKEN }, body: '{"args":[]}' });
      expect(reply.status, type).toBe(415);
    }
    const charset = await t.request({ method: 'POST', path: '/api/listStories', headers: { 'content-type': 'application/json; charset=utf-8', [TOKEN_HEADER]: TOKEN }, body: '{"args":[]}' });
    expect(charset.status).toBe(200);
  });

  it('answers 400 to a body that is not JSON of the right shape', async () => {
    for (const body of ['not json', '[1,2]', '"args"', 'null', '{"args": "x"}', '{"args": {"0": 1}}']) {
      const reply = await t.request({ method: 'POST', path: '/api/listStories', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN }, body });
      expect(reply.status, body).toBe(400);
      expect(json(reply.body).error).toMatchObject({ code: 'bad-input', message: expect.stringMatching(/must be JSON like/) });
    }
  });

  it('brings a desk error back with its code, message and HTTP status', async () => {
    const notFound = await t.api('getStory', ['no-such-story']);
    expect(notFound.status).toBe(404);
    expect(json(notFound.body)).toEqual({ error: { code: 'not-found', message: expect.stringMatching(/No story with id no-such-story/) } });
    const bad = await t.api('setStatus', ['x', 'published']);
    expect(bad.status).toBe(404);
    const badInput = await t.api('openText', [42, 'x']);
    expect(badInput.status).toBe(400);
    expect(json(badInput.body)).toEqual({ error: { code: 'bad-input', message: 'Story name must be text (got 42).' } });
    const story = json((await t.api('openText', ['a', 'x'])).body).result as { id: string };
    const io = await t.api('exportStory', [story.id, { dir: `${t.dir()}/missing` }]);
    expect(io.status).toBe(500);
    expect(json(io.body).error).toMatchObject({ code: 'io', message: expect.stringMatching(/does not exist/) });
  });

  it('answers 503 once the desk is shutting down', async () => {
    t.desk().close();
    const reply = await t.api('listStories');
    expect(json(reply.body).error).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/shutting down/) });
    expect(reply.status).toBe(503);
  });
});

describe('argument lists', () => {
  it('refuses more arguments than any method takes with 400, not a stack overflow', async () => {
    const reply = await t.api('listStories', Array.from({ length: 200_000 }, () => 0));
    expect(reply.status).toBe(400);
    expect(json(reply.body).error?.message).toMatch(/200000 args; no method takes more than 16/);
  });
});
