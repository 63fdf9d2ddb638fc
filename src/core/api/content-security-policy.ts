/**
 * The Content Security Policy of every page the app shows, in both shells:
 * the Electron window (electron/window-options.ts) and the loopback web server
 * (src/node/server/security-headers.ts) both send this one string. Local
 * scripts and styles only, no network.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // CodeMirror sets inline style attributes on its DOM; no inline <style> from articles ever reaches HTML.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
