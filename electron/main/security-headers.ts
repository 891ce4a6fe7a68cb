import { isHubOrigin } from '../../src/shared/hub-origin.ts';

/**
 * Headers sent with every response of the app protocol (and of the web build's local server, which
 * uses the same handler), so both shells enforce the same policy.
 *
 * - 'wasm-unsafe-eval' lets onnxruntime-web compile WebAssembly without allowing JS eval.
 * - worker-src blob: because onnxruntime-web may start its threads from blob URLs.
 * - media-src mediastream: for the live camera preview in Inspect.
 * - data:/blob: for images and fetches of in-memory data (decoded uploads, generated charts).
 * - style-src stays 'self': React sets inline styles through CSSOM, which CSP does not block.
 * - COOP/COEP make the page cross-origin isolated, which multi-threaded WASM (SharedArrayBuffer) needs.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self' data: blob:",
  "font-src 'self' data:",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The policy of an installation that has no park hub: nothing but the app itself is reachable. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * The policy when the user has connected a park hub: that one origin, and no other, joins connect-src
 * (the app's calls to the hub are fetches). Anything that is not a bare http(s) origin leaves the policy
 * exactly as without a hub.
 */
export function contentSecurityPolicy(hubOrigin?: string): string {
  // a bare origin only (src/shared/hub-origin.ts), whatever a compromised renderer sends
  if (!isHubOrigin(hubOrigin)) return CONTENT_SECURITY_POLICY;
  return DIRECTIVES.map((d) => (d.startsWith('connect-src ') ? `${d} ${hubOrigin}` : d)).join('; ');
}

export function securityHeaders(hubOrigin?: string): Readonly<Record<string, string>> {
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(hubOrigin) };
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Only the camera is ever used (Inspect); deny the rest even to our own pages.
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
};
