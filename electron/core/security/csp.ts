/**
 * The Content-Security-Policy of every window, written once: main sends it as a response
 * header of the app:// protocol, and the renderer build puts it in each page's meta tag.
 * No 'unsafe-inline' and no 'unsafe-eval'; nothing is fetched from anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
