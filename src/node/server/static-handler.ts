import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join, relative, sep } from 'node:path';
import { contentTypeOf } from './content-types';
import { tokenMatches } from './request-guard';
import { sendText } from './security-headers';

export interface StaticOptions {
  /** Resolved real path of the folder served (dist/renderer). */
  readonly root: string;
  readonly token: string;
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

async function serveFile(req: IncomingMessage, res: ServerResponse, file: string, cache: string): Promise<void> {
  const body = await readFile(file);
  res.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Length': body.length, 'Cache-Control': cache });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * The built renderer: index.html for "/" (only with the run's token in
 * ?token=, never cached, so an old page cannot outlive its run), and the
 * files under root for the rest. The assets hold no data and are served
 * without the token (a page cannot put a header on a <script src>); nothing
 * outside root, no hidden files, no folder listings.
 */
export async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL, options: StaticOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    sendText(res, 400, 'Bad path.');
    return;
  }
  if (path === '/' || path === '/index.html') {
    const presented = url.searchParams.get('token');
    if (presented === null) {
      sendText(res, 401, 'Copydesk needs its token: open the address it printed when it started (http://127.0.0.1:PORT/?token=...).');
      return;
    }
    if (!tokenMatches(presented, options.token)) {
      sendText(res, 403, 'Wrong token: this address is from an earlier run of Copydesk. Open the address it printed this time.');
      return;
    }
    const index = join(options.root, 'index.html');
    try {
      await serveFile(req, res, index, 'no-store');
    } catch {
      sendText(res, 503, `The Copydesk UI is not built (no ${index}). Build the renderer first.`);
    }
    return;
  }
  // Backslashes and NUL never name a real asset, and on some systems would slip past the checks below.
  const segments = path.split('/').filter((s) => s !== '');
  if (path.includes('\\') || path.includes('\0') || segments.some((s) => s.startsWith('.'))) {
    sendText(res, 404, 'Not found.');
    return;
  }
  const candidate = join(options.root, ...segments);
  try {
    // realpath: a symbolic link inside root must not lead outside it.
    const real = await realpath(candidate);
    if (!inside(options.root, real) || !inside(options.root, candidate) || !(await stat(real)).isFile()) throw new Error('not served');
    await serveFile(req, res, real, 'no-cache');
  } catch {
    sendText(res, 404, 'Not found.');
  }
}

/** The folder to serve, as a real path so that comparisons with realpath() results hold. */
export async function resolveStaticRoot(dir: string): Promise<string> {
  try {
    return await realpath(dir);
  } catch {
    // Not built yet: serve nothing, and say so on the index page.
    return dir.endsWith(sep) ? dir.slice(0, -1) : dir;
  }
}
