import { isAbsolute, join, relative } from 'node:path';

/**
 * The renderer is served from a privileged custom scheme, app://copydesk/,
 * rather than file://. Why: a file:// page has an opaque origin, so CSP
 * 'self' means little, ES module workers (the analysis worker) refuse to
 * start, and any file on the disk is one path away from the page's origin.
 * app://copydesk/ is a real, secure origin that serves dist/renderer and
 * nothing else (VS Code does the same with vscode-file://).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'copydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Paths at which our page lives (a reload of "/" is the same page). */
const PAGE_PATHS: ReadonlySet<string> = new Set(['/', '/index.html']);

/** The URL if it is on our origin: our scheme, our host, no user, password or port smuggled in. */
function parseAppUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // WHATWG URL gives custom schemes an opaque origin ("null"), so compare the parts.
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  return parsed;
}

export function isAppUrl(url: string): boolean {
  return parseAppUrl(url) !== null;
}

/** Our page itself (query and hash allowed), as opposed to an asset or anything elsewhere. */
export function isAppPage(url: string): boolean {
  const parsed = parseAppUrl(url);
  return parsed !== null && PAGE_PATHS.has(parsed.pathname);
}

/**
 * The file under `root` (dist/renderer) that an app:// request asks for, or
 * null: other origins, undecodable paths, backslashes (a separator on
 * Windows), hidden names and `..` are refused, and the result is checked to
 * lie inside root.
 */
export function resolveAppFile(root: string, url: string): string | null {
  const parsed = parseAppUrl(url);
  if (parsed === null) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path === '/') path = '/index.html';
  if (path.includes('\\') || path.includes('\0')) return null;
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.length === 0 || segments.some((s) => s.startsWith('.'))) return null;
  const file = join(root, ...segments);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return file;
}
