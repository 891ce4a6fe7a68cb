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
export const CONTENT_SECURITY_POLICY = [
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
].join('; ');

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
