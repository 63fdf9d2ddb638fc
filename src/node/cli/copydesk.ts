// Entry point of the bundled CLI (dist/cli/copydesk.mjs, built by scripts/build-cli.mjs).
import { runCli } from './run';

// "copydesk check ... | head" closes the pipe early: stop quietly, as other command-line tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// No top-level await: the bundle is CommonJS (see scripts/build-cli.mjs).
void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
