import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Names the server answers to: only the loopback address and localhost, on its own port. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/**
 * Why a request is refused before it is even routed, or null when it may
 * proceed. A foreign Host header means DNS rebinding (a web page whose name
 * now points at 127.0.0.1); a foreign Origin or a cross-site fetch means some
 * other page is calling in. Both get 403 whatever token they carry.
 */
export function refuseForeign(req: IncomingMessage, port: number): string | null {
  const hosts = allowedHosts(port);
  const host = req.headers.host?.toLowerCase();
  if (host === undefined || !hosts.has(host)) return 'foreign Host header';
  const origin = req.headers.origin;
  // "null" (a sandboxed frame, a file:// page) is as foreign as any other site.
  if (origin !== undefined && ![...hosts].some((h) => origin.toLowerCase() === `http://${h}`)) return 'foreign Origin header';
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `cross-site request (${site})`;
  return null;
}

/** Compares a presented token with the run's token in constant time (no early exit that leaks how much matched). */
export function tokenMatches(presented: string | null | undefined, token: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
