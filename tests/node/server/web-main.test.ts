import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../src/node/server/api-handler';
import { DATABASE_FILE } from '../../../src/node/services/create-desk';
import { request } from './server-fixture';

// web-main as the editor and the e2e tests run it: one stdout line with the address, SIGTERM closes it cleanly.
// Run with `node --import tsx` rather than `npx tsx`: npx would take the signal itself and hide the exit code.
const MAIN = resolve(import.meta.dirname, '..', '..', '..', 'src', 'node', 'server', 'web-main.ts');
const SAMPLES = resolve(import.meta.dirname, '..', '..', '..', 'samples');
const PACKAGE_VERSION = (JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
const LINE = /^Copydesk listening on (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{43}))\n$/;

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Run {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
    // npm sets npm_package_version when it runs the tests; cleared so the version read from package.json is checked.
    env: { ...process.env, npm_package_version: '' },
  });
  children.push(child);
  const r: Run = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((done) => child.on('exit', (code, signal) => done({ code, signal }))),
  };
  child.stdout!.on('data', (c: Buffer) => (r.stdout += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (r.stderr += c.toString('utf8')));
  return r;
}

function firstLine(r: Run): Promise<string> {
  return new Promise((resolveLine, reject) => {
    const check = () => {
      if (r.stdout.includes('\n')) resolveLine(r.stdout);
    };
    r.child.stdout!.on('data', check);
    r.child.on('exit', () => reject(new Error(`web-main exited before printing its address: ${r.stderr}`)));
    check();
  });
}

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'copydesk-main-'));
  dirs.push(d);
  return d;
}

describe('web-main', () => {
  it('prints its address on one stdout line, serves the desk, and closes cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const staticDir = join(dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
    const dataDir = join(dir, 'data');
    const r = run(['--port', '0', '--data', dataDir, '--static-dir', staticDir, '--samples', SAMPLES]);

    const line = await firstLine(r);
    const m = LINE.exec(line);
    expect(m, line).not.toBeNull();
    const port = Number(m![2]);
    const token = m![3]!;

    const page = await request(port, { path: `/?token=${token}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Copydesk</title>');
    const api = (method: string) =>
      request(port, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body: '{"args":[]}' });
    const info = JSON.parse((await api('getAppInfo')).body) as { result: { shell: string; dataDir: string; version: string } };
    expect(info.result).toEqual({ shell: 'web', dataDir, version: PACKAGE_VERSION });
    // First start on an empty data folder: the samples were seeded.
    const stories = JSON.parse((await api('listStories')).body) as { result: { name: string }[] };
    expect(stories.result.map((s) => s.name).sort()).toEqual(['afp-baghdad-embassy-mt.txt', 'native-baghdad-embassy.txt']);

    r.child.kill('SIGTERM');
    expect(await r.exited).toEqual({ code: 0, signal: null });
    expect(r.stdout).toBe(line);
    expect(r.stderr).toMatch(/SIGTERM, closing/);
    // A clean close checkpoints the WAL into the database and removes it.
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
    expect(existsSync(join(dataDir, `${DATABASE_FILE}-wal`))).toBe(false);
  }, 30_000);

  it('exits 2 on a bad option, 1 when the port is taken, and 0 on --help without starting', async () => {
    // Both at once: each is a whole Node start-up, and the two do not touch each other.
    const never = join(tempDir(), 'never');
    const bad = run(['--port', 'eighty']);
    const help = run(['--help', '--data', never]);
    // And a port already taken: start-up fails with the reason and exit 1, not a hang or a stack trace.
    const taken = createServer();
    await new Promise<void>((ready) => taken.listen(0, '127.0.0.1', ready));
    const busy = run(['--port', String((taken.address() as AddressInfo).port), '--data', join(tempDir(), 'data'), '--samples', join(tempDir(), 'none')]);
    const [badExit, helpExit, busyExit] = await Promise.all([bad.exited, help.exited, busy.exited]).finally(() => taken.close());
    expect(busyExit).toEqual({ code: 1, signal: null });
    expect(busy.stdout).toBe('');
    expect(busy.stderr).toMatch(/Copydesk could not start: .*EADDRINUSE/);
    expect(badExit).toEqual({ code: 2, signal: null });
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^--port must be a number from 0 to 65535 \(got eighty\)\.\n\nUsage: npm run web/);
    expect(helpExit).toEqual({ code: 0, signal: null });
    expect(help.stdout).toMatch(/^Usage: npm run web/);
    expect(existsSync(never)).toBe(false);
  }, 30_000);
});
