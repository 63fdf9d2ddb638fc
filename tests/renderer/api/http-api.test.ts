import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../src/core/api/contract';
import { ApiError } from '../../../renderer/api/api-error';
import { createHttpApi } from '../../../renderer/api/http-api';

type Call = { url: string; init: RequestInit };

function fakeFetch(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const impl = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer({ url, init });
  };
  return { calls, impl };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the contract over HTTP', () => {
  it('has one function per method of the contract, no more', () => {
    const api = createHttpApi('http://127.0.0.1:9/', 't');
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
  });

  it('POSTs the arguments to /api/<method> with the token in a header, and returns the result', async () => {
    const f = fakeFetch(() => json(200, { result: { id: 's1' } }));
    const api = createHttpApi('http://127.0.0.1:9/', 'secret-token', f.impl);
    await expect(api.getStory('s1')).resolves.toEqual({ id: 's1' });
    expect(f.calls[0]!.url).toBe('http://127.0.0.1:9/api/getStory');
    expect(f.calls[0]!.init.method).toBe('POST');
    expect((f.calls[0]!.init.headers as Record<string, string>)['X-Copydesk-Token']).toBe('secret-token');
    expect(JSON.parse(String(f.calls[0]!.init.body))).toEqual({ args: ['s1'] });
  });

  it('turns an error answer into an ApiError with its code', async () => {
    const f = fakeFetch(() => json(404, { error: { code: 'not-found', message: 'No story s9.' } }));
    const err = await createHttpApi('http://127.0.0.1:9/', 't', f.impl).getStory('s9').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('not-found');
    expect((err as ApiError).message).toBe('No story s9.');
  });

  it('says so when the server is gone or answers garbage', async () => {
    const gone = createHttpApi('http://127.0.0.1:9/', 't', async () => {
      throw new TypeError('fetch failed');
    });
    await expect(gone.listStories()).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('did not answer') });
    const garbage = createHttpApi('http://127.0.0.1:9/', 't', async () => new Response('<html>', { status: 502 }));
    await expect(garbage.listStories()).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('HTTP 502') });
  });
});
