import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CopydeskApi } from '../../core/api/contract';
import { handleApi } from './api-handler';
import { refuseForeign } from './request-guard';
import { rawBadRequest, sendJson, sendText, setSecurityHeaders } from './security-headers';
import { handleStatic, resolveStaticRoot } from './static-handler';

export interface WebServerOptions {
  readonly desk: CopydeskApi;
  /** 0 picks any free port. */
  readonly port: number;
  /** Loopback only: the desk's files and log are not for the network. */
  readonly host?: '127.0.0.1';
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
  /** Fixed token for tests; otherwise a new random one each run. */
  readonly token?: string;
}

export interface WebServer {
  /** The address to open, token included. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** Stops listening and drops open connections; the desk stays open (its owner closes it). */
  close(): Promise<void>;
}

const MIN_TOKEN_LENGTH = 16;

/**
 * The request target as a URL on this server. Only origin-form ("/path?query")
 * is taken: new URL("//x/y", base) would read "x" as a host name, so
 * "//api/getStory" or "//anything/?token=" would be routed by a path they do
 * not have. Null for anything else (absolute-form, "*", garbage).
 */
function requestUrl(target: string | undefined, port: number): URL | null {
  if (target === undefined || !target.startsWith('/')) return null;
  try {
    return new URL(`http://127.0.0.1:${port}${target}`);
  } catch {
    return null;
  }
}

/**
 * Serves the desk to a browser on 127.0.0.1: the renderer's files and the API
 * contract as POST /api/<method>. Anyone on the machine can reach a loopback
 * port, and any web page can try to, so every request must name this server
 * in Host (and Origin, when sent) and every API call must carry the run's
 * random token.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('The Copydesk web server listens on 127.0.0.1 only.');
  const token = options.token ?? randomBytes(32).toString('base64url');
  if (token.length < MIN_TOKEN_LENGTH) throw new Error(`The token must have at least ${MIN_TOKEN_LENGTH} characters.`);
  const root = await resolveStaticRoot(options.staticDir);
  let port = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const refusal = refuseForeign(req, port);
    if (refusal !== null) {
      sendText(res, 403, `Forbidden: ${refusal}.`);
      return;
    }
    const url = requestUrl(req.url, port);
    if (url === null) {
      sendText(res, 400, 'Bad request target.');
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, options.desk, token, url.pathname.slice('/api/'.length));
      return;
    }
    await handleStatic(req, res, url, { root, token });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const message = err instanceof Error ? err.message : String(err);
      if (req.url?.startsWith('/api/')) sendJson(res, 500, { error: { code: 'internal', message: `Something went wrong in Copydesk: ${message}` } });
      else sendText(res, 500, 'Something went wrong in Copydesk.');
    });
  });
  server.on('clientError', (_err, socket) => {
    // Even this answer is one a browser may render: it gets the security headers too.
    if (socket.writable) socket.end(rawBadRequest());
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
