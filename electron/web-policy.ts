import { isAppUrl } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './window-options';

/** Response headers as Electron's webRequest hands them over. */
export type ResponseHeaders = Record<string, string | string[]>;

/**
 * The headers of a response with our CSP in place of any the response
 * brought (a header the page could loosen is dropped, whatever its case),
 * and nosniff, so a text file is never run as a script.
 */
export function withSecurityHeaders(headers: ResponseHeaders | undefined): ResponseHeaders {
  const out: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only' || lower === 'x-content-type-options') continue;
    out[name] = value;
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  out['X-Content-Type-Options'] = ['nosniff'];
  return out;
}

/** Schemes a page of ours may load from besides app://copydesk/ (CSP allows data: images; devtools is Electron's own). */
const OTHER_ALLOWED = new Set(['data:', 'blob:', 'devtools:']);

/**
 * Requests the session lets through: our origin and the few local schemes
 * above. Everything else (http, https, ws, file) is cancelled before it
 * leaves, a second wall behind the CSP: the app works offline by design.
 */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  return OTHER_ALLOWED.has(protocol);
}
