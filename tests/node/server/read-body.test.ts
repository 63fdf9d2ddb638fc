import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBody } from '../../../src/node/server/read-body';

// The limit holds whether the client declares the size or streams without one (chunked).
function fakeRequest(chunks: string[], headers: Record<string, string> = {}): { req: IncomingMessage; read: () => number } {
  let read = 0;
  const stream = Readable.from(
    (function* () {
      for (const c of chunks) {
        read++;
        yield Buffer.from(c);
      }
    })(),
  );
  return { req: Object.assign(stream, { headers }) as unknown as IncomingMessage, read: () => read };
}

describe('readBody', () => {
  it('returns the whole body up to the limit', async () => {
    const { req } = fakeRequest(['{"args"', ':[1]}']);
    expect((await readBody(req, 13)).toString()).toBe('{"args":[1]}');
  });

  it('refuses a declared size over the limit before reading anything', async () => {
    const { req, read } = fakeRequest(['x'], { 'content-length': '11' });
    await expect(readBody(req, 10)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(read()).toBe(0);
  });

  it('refuses a streamed body as soon as it passes the limit, without reading the rest', async () => {
    const { req, read } = fakeRequest(['12345', '67890', 'x', 'never read']);
    const err = await readBody(req, 10).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BodyTooLargeError);
    expect((err as BodyTooLargeError).limit).toBe(10);
    expect(read()).toBe(3);
  });
});
