import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(import.meta.dirname, '..', '..');
const LISTENING = /^Copydesk listening on (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/;

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** What the server wrote to stderr, for a failing test's message. */
  readonly log: () => string;
  /** SIGTERM and wait: a clean close. */
  stop(): Promise<void>;
  /** SIGKILL and wait: the crash a durable desk must survive. */
  kill(): Promise<void>;
}

/**
 * `npm run web` as the end-to-end tests need it: the real back end in its
 * own process on a free loopback port, with a data folder of the test's own.
 * The renderer must already be built (the e2e config builds it once).
 */
export async function startServer(dataDir: string, extraArgs: readonly string[] = []): Promise<ServerProcess> {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [join(ROOT, 'src/node/server/web-main.ts'), '--port', '0', '--data', dataDir, ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${stderr}`)), 30_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = LISTENING.exec(line);
      if (m !== null) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${stderr}`));
    });
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, child, log: () => stderr, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
