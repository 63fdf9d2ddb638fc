export interface WebArgs {
  readonly port: number;
  readonly data?: string;
  readonly staticDir?: string;
  readonly samples?: string;
  readonly help: boolean;
}

export const WEB_USAGE = `Usage: npm run web -- [--port N] [--data DIR] [--static-dir DIR] [--samples DIR]

  --port N           port on 127.0.0.1 (default 0: any free port)
  --data DIR         data folder (default: $COPYDESK_DATA, else the per-user data folder)
  --static-dir DIR   built renderer to serve (default: dist/renderer; --static is the same)
  --samples DIR      sample stories opened on first start (default: samples)`;

export class WebArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebArgsError';
  }
}

/** Option names as typed, to the field they set; --static is the older spelling of --static-dir. */
const OPTIONS: Readonly<Record<string, 'port' | 'data' | 'staticDir' | 'samples'>> = {
  port: 'port',
  data: 'data',
  'static-dir': 'staticDir',
  static: 'staticDir',
  samples: 'samples',
};

/** Parses the web server's command line ("--port 8080" or "--port=8080"). */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const values: Partial<Record<'port' | 'data' | 'staticDir' | 'samples', string>> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    const field = m ? OPTIONS[m[1]!] : undefined;
    if (!m || field === undefined) throw new WebArgsError(`Unknown option ${arg}.`);
    let value = m[2];
    if (value === undefined) {
      value = argv[i + 1];
      // "--data --port 8080": the next option is not the folder, the value is missing.
      if (value !== undefined && value.startsWith('--')) value = undefined;
      else i++;
    }
    if (value === undefined || value === '') throw new WebArgsError(`--${m[1]} needs a value.`);
    values[field] = value;
  }
  let port = 0;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new WebArgsError(`--port must be a number from 0 to 65535 (got ${values.port}).`);
  }
  return { port, data: values.data, staticDir: values.staticDir, samples: values.samples, help };
}
