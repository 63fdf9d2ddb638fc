/**
 * `npm run web -- --port N`: the desk in a browser, served on 127.0.0.1.
 * Prints exactly one line on stdout, "Copydesk listening on <url>", which the
 * end-to-end tests and the editor read; everything else goes to stderr.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDesk, type Desk } from '../services/create-desk';
import { seedSamples } from '../services/seed-samples';
import { defaultDataDir } from './data-dir';
import { parseWebArgs, WEB_USAGE, WebArgsError } from './web-args';
import { startWebServer, type WebServer } from './web-server';

/** The checkout (or installed package) this file belongs to: src/node/server/ is three levels down. */
const APP_ROOT = resolve(import.meta.dirname, '..', '..', '..');

function appVersion(): string {
  if (process.env.npm_package_version) return process.env.npm_package_version;
  try {
    const pkg = JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseWebArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof WebArgsError)) throw err;
    process.stderr.write(`${err.message}\n\n${WEB_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(`${WEB_USAGE}\n`);
    return;
  }
  const dataDir = resolve(args.data ?? defaultDataDir());
  // Filled in as start-up goes: a signal can come at any point of it.
  const running: { desk?: Desk; server?: WebServer } = {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`Copydesk: ${signal}, closing.\n`);
    await running.server?.close();
    // Closing the store checkpoints the WAL; every write was already committed.
    running.desk?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const desk = createDesk({ dataDir, shell: 'web', version: appVersion() });
  running.desk = desk;
  await seedSamples(desk, resolve(args.samples ?? join(APP_ROOT, 'samples')));
  const server = await startWebServer({ desk, port: args.port, host: '127.0.0.1', staticDir: resolve(args.staticDir ?? join(APP_ROOT, 'dist', 'renderer')) });
  running.server = server;
  process.stderr.write(`Copydesk: data in ${dataDir}\n`);
  process.stdout.write(`Copydesk listening on ${server.url}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`Copydesk could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
