import type { Env } from './color';

/** Where the CLI writes: process.stdout and process.stderr, or a test's buffers. */
export interface OutStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly env: Env;
}
