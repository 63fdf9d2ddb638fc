export interface WebArgs {
  readonly port: number;
  readonly data?: string;
  readonly staticDir?: string;
  readonly samples?: string;
  readonly help: boolean;
}

export const WEB_USAGE = `Usage: npm run web -- [--port N] [--data DIR] [--static DIR] [--samples DIR]

  --port N       port on 127.0.0.1 (default 0: any free port)
  --data DIR     data folder (default: $COPYDESK_DATA, else the per-user data folder)
  --static DIR   built renderer to serve (default: dist/renderer)
  --samples DIR  sample stories opened on first start (default: samples)`;

export class WebArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebArgsError';
  }
}

/** Parses the web server's command line ("--port 8080" or "--port=8080"). */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const values: Record<string, string> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const m = /^--(port|data|static|samples)(?:=(.*))?$/.exec(arg);
    if (!m) throw new WebArgsError(`Unknown option ${arg}.`);
    const value = m[2] ?? argv[++i];
    if (value === undefined || value === '') throw new WebArgsError(`--${m[1]} needs a value.`);
    values[m[1]!] = value;
  }
  let port = 0;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new WebArgsError(`--port must be a number from 0 to 65535 (got ${values.port}).`);
  }
  return { port, data: values.data, staticDir: values.static, samples: values.samples, help };
}
