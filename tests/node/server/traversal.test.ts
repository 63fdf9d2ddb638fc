import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useWebServer } from './server-fixture';

// Nothing outside the static root, and no hidden file in it, may be served, however the path is spelt.
const t = useWebServer();

const ATTEMPTS = [
  '/../secret.txt',
  '/assets/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/..%2fsecret.txt',
  '/%2e%2e%2fsecret.txt',
  '/assets/..%2f..%2fsecret.txt',
  '/..\\secret.txt',
  '/..%5csecret.txt',
  '/assets%5c..%5c..%5csecret.txt',
  '/index.html%00.js',
  '/assets/app.js%00',
  '/%00',
  '//secret.txt',
  '/.env',
  '/.git/config',
  '/assets/.hidden.js',
  '/%2eenv',
  '/outside-link.txt',
  '/assets/outside-folder/secret.txt',
  '/%',
];

describe('path traversal', () => {
  it.each(ATTEMPTS)('refuses %s with 404', async (path) => {
    // Hidden files and links that lead out of the root, set up so that a lax check would find something to serve.
    writeFileSync(join(t.root(), '.env'), 'SECRET env');
    mkdirSync(join(t.root(), '.git'));
    writeFileSync(join(t.root(), '.git', 'config'), 'SECRET git');
    writeFileSync(join(t.root(), 'assets', '.hidden.js'), 'SECRET hidden');
    symlinkSync(join(t.dir(), 'secret.txt'), join(t.root(), 'outside-link.txt'));
    symlinkSync(t.dir(), join(t.root(), 'assets', 'outside-folder'));
    const reply = await t.request({ path });
    expect([400, 404], `${path}: ${reply.status}`).toContain(reply.status);
    if (path !== '/%') expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('SECRET');
  });

  it('still serves a link that stays inside the root', async () => {
    symlinkSync(join(t.root(), 'assets', 'app.js'), join(t.root(), 'assets', 'alias.js'));
    const reply = await t.request({ path: '/assets/alias.js' });
    expect(reply.status).toBe(200);
  });
});
