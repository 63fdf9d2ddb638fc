import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/node/import/read-text-file';
import { MAX_BODY_BYTES, TOKEN_HEADER } from '../../../src/node/server/api-handler';
import { TOKEN, useWebServer } from './server-fixture';

// An oversized upload is refused from its declared size, before the server holds any of it.
const t = useWebServer();

/** Declares `declared` bytes, sends a few, and resolves with the answer the server gives without waiting for the rest. */
function postDeclaring(port: number, declared: number): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/openBytes',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': declared, [TOKEN_HEADER]: TOKEN },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
          req.destroy();
        });
      },
    );
    req.on('error', reject);
    req.write('{"args": ["big.txt", "');
  });
}

describe('body limit', () => {
  it('leaves room for the largest file the desk opens, as base64 in JSON', () => {
    expect(MAX_BODY_BYTES).toBeGreaterThan((MAX_FILE_BYTES * 4) / 3);
  });

  it('refuses a body declared over the limit with 413 and closes the connection', async () => {
    const reply = await postDeclaring(t.server().port, MAX_BODY_BYTES + 1);
    expect(reply.status).toBe(413);
    expect(reply.headers.connection).toBe('close');
    expect(JSON.parse(reply.body)).toEqual({ error: { code: 'bad-input', message: expect.stringMatching(/^Too large: requests are limited to 86 MiB \(files to 64 MiB\)/) } });
    // The server is still there for the next request.
    expect((await t.api('listStories')).status).toBe(200);
  });
});
