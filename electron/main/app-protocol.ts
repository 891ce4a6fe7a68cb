/**
 * The request → response handler behind the privileged app://gongzhi/ scheme. It is also the web
 * build's static server (scripts/serve-web.mjs), so the browser build gets the same CSP and
 * cross-origin isolation. Plain Node must be able to import it through type stripping: only `node:`
 * imports, erasable syntax, explicit `.ts` extensions.
 */
import { contentTypeFor, extensionOf } from './content-types.ts';
import { isSameOrigin } from './app-origin.ts';
import { parseByteRange } from './byte-range.ts';
import { contentSecurityPolicy, SECURITY_HEADERS } from './security-headers.ts';

/**
 * Reads a file below the served root, given a clean relative path ("assets/app.js"). Resolves to null
 * when there is no regular file there; rejects only on real I/O errors.
 */
export type ReadAsset = (relativePath: string) => Promise<Uint8Array | null>;

export interface AppRequestHandlerOptions {
  readAsset: ReadAsset;
  /** The one origin served, e.g. "app://gongzhi" or "http://127.0.0.1:5180". */
  origin: string;
  /** The park hub the user connected, if any: the only other origin the page may fetch from (CSP connect-src). */
  hubOrigin?: () => string | undefined;
}

export type AssetPath = { kind: 'asset'; path: string } | { kind: 'forbidden' } | { kind: 'malformed' } | { kind: 'hidden' };

const INDEX_HTML = 'index.html';

/**
 * Turns a URL pathname (still percent-encoded) into a relative path that cannot leave the root.
 * Anything that could name a parent, an absolute or drive path, an alternate data stream or a NUL
 * after decoding is refused rather than normalised: no legitimate asset URL looks like that.
 */
export function resolveAssetPath(pathname: string): AssetPath {
  if (!pathname.startsWith('/') || pathname.includes('\\')) return { kind: 'forbidden' };
  const rawSegments = pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const [index, raw] of rawSegments.entries()) {
    const isLast = index === rawSegments.length - 1;
    if (raw === '') {
      // Only a trailing slash ("/", "/assess/") is harmless; "//" could start an absolute path.
      if (isLast) break;
      return { kind: 'forbidden' };
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return { kind: 'malformed' };
    }
    if (decoded === '.' || decoded === '..' || /[/\\:\0]/.test(decoded)) return { kind: 'forbidden' };
    // Dotfiles are never part of the build; refusing them keeps stray .env-like files private.
    if (decoded.startsWith('.')) return { kind: 'hidden' };
    segments.push(decoded);
  }
  return { kind: 'asset', path: segments.length === 0 ? INDEX_HTML : segments.join('/') };
}

/** Client-side routes (/assess, /inspect/42) have no extension; assets always do. */
function isSpaRoute(pathname: string): boolean {
  return pathname.endsWith('/') || extensionOf(pathname) === '';
}

function respond(
  status: number,
  body: Uint8Array | string | null,
  contentType: string,
  isHead: boolean,
  extraHeaders: Readonly<Record<string, string>> = {},
): Response {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const headers = new Headers({ ...SECURITY_HEADERS, ...extraHeaders });
  headers.set('Content-Type', contentType);
  // Local files change only with an app update; revalidating is free and avoids stale bundles in dev.
  headers.set('Cache-Control', 'no-cache');
  if (bytes) headers.set('Content-Length', String(bytes.byteLength));
  // Copy into a fresh ArrayBuffer: the reader's bytes may be a view into a larger pooled buffer.
  const payload = isHead || !bytes ? null : bytes.slice().buffer;
  return new Response(payload, { status, headers });
}

function plain(status: number, message: string, isHead: boolean, extraHeaders: Readonly<Record<string, string>> = {}): Response {
  return respond(status, message, 'text/plain; charset=utf-8', isHead, extraHeaders);
}

/** A found asset: whole, or the one byte range asked for (media elements seek this way). */
function asset(path: string, bytes: Uint8Array, rangeHeader: string | null, isHead: boolean): Response {
  const size = bytes.byteLength;
  const range = parseByteRange(rangeHeader, size);
  if (range === 'unsatisfiable') return plain(416, 'Range Not Satisfiable', isHead, { 'Content-Range': `bytes */${size}` });
  if (range === null) return respond(200, bytes, contentTypeFor(path), isHead, { 'Accept-Ranges': 'bytes' });
  return respond(206, bytes.subarray(range.start, range.end + 1), contentTypeFor(path), isHead, {
    'Accept-Ranges': 'bytes',
    'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
  });
}

export function createAppRequestHandler(options: AppRequestHandlerOptions): (request: Request) => Promise<Response> {
  const handle = createStaticHandler(options);
  return async (request) => {
    const response = await handle(request);
    const hub = options.hubOrigin?.();
    if (hub) response.headers.set('Content-Security-Policy', contentSecurityPolicy(hub));
    return response;
  };
}

function createStaticHandler(options: AppRequestHandlerOptions): (request: Request) => Promise<Response> {
  const { readAsset, origin } = options;
  return async (request) => {
    const isHead = request.method === 'HEAD';
    if (request.method !== 'GET' && !isHead) {
      const response = plain(405, 'Method Not Allowed', false);
      response.headers.set('Allow', 'GET, HEAD');
      return response;
    }
    if (!isSameOrigin(request.url, `${origin}/`)) return plain(404, 'Not Found', isHead);
    const { pathname } = new URL(request.url);
    const resolved = resolveAssetPath(pathname);
    if (resolved.kind === 'forbidden') return plain(403, 'Forbidden', isHead);
    if (resolved.kind === 'malformed') return plain(400, 'Bad Request', isHead);
    if (resolved.kind === 'hidden') return plain(404, 'Not Found', isHead);
    try {
      const bytes = await readAsset(resolved.path);
      if (bytes) return asset(resolved.path, bytes, request.headers.get('Range'), isHead);
      if (isSpaRoute(pathname)) {
        const index = await readAsset(INDEX_HTML);
        if (index) return respond(200, index, contentTypeFor(INDEX_HTML), isHead);
      }
      return plain(404, 'Not Found', isHead);
    } catch (error) {
      console.error('app protocol: cannot read', resolved.path, error);
      return plain(500, 'Internal Server Error', isHead);
    }
  };
}
