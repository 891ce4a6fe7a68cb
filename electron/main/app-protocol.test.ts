import { describe, expect, it } from 'vitest';
import { createAppRequestHandler, resolveAssetPath } from './app-protocol.ts';
import type { ReadAsset } from './app-protocol.ts';

const files: Record<string, string> = {
  'index.html': '<!doctype html><div id="root"></div>',
  'assets/index-abc.js': 'console.log(1)',
  'assets/worker.mjs': 'self.onmessage = () => {}',
  'assets/index-abc.css': 'body{}',
  'assets/ort-wasm-simd-threaded.jsep.wasm': '\0asm',
  'models/backbone.onnx': 'onnx-bytes',
  'locales/en/common.json': '{}',
  'icons/app.svg': '<svg/>',
  'fonts/noto.woff2': 'wOF2',
};

const reads: string[] = [];
const readAsset: ReadAsset = async (path) => {
  reads.push(path);
  const text = files[path];
  return text === undefined ? null : new TextEncoder().encode(text);
};

const handle = createAppRequestHandler({ readAsset, origin: 'app://gongzhi' });
const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app protocol handler', () => {
  it('serves index.html at the root with the security headers', async () => {
    const response = await get('app://gongzhi/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('id="root"');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['app://gongzhi/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://gongzhi/assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['app://gongzhi/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['app://gongzhi/assets/ort-wasm-simd-threaded.jsep.wasm', 'application/wasm'],
    ['app://gongzhi/models/backbone.onnx', 'application/octet-stream'],
    ['app://gongzhi/locales/en/common.json', 'application/json; charset=utf-8'],
    ['app://gongzhi/icons/app.svg', 'image/svg+xml'],
    ['app://gongzhi/fonts/noto.woff2', 'font/woff2'],
  ])('serves %s as %s', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('ignores query strings and fragments', async () => {
    const response = await get('app://gongzhi/assets/index-abc.js?v=2#x');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('falls back to index.html for client-side routes only', async () => {
    for (const route of ['app://gongzhi/assess', 'app://gongzhi/inspect/42', 'app://gongzhi/settings/']) {
      const response = await get(route);
      expect(response.status, route).toBe(200);
      expect(await response.text()).toContain('id="root"');
    }
    const missingAsset = await get('app://gongzhi/assets/missing.js');
    expect(missingAsset.status).toBe(404);
    expect(missingAsset.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await get('app://gongzhi/assets/index-abc.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('14');
    expect(await response.text()).toBe('');
  });

  it('serves one byte range so media can seek, and refuses an impossible one', async () => {
    const partial = await handle(new Request('app://gongzhi/models/backbone.onnx', { headers: { Range: 'bytes=2-4' } }));
    expect(partial.status).toBe(206);
    expect(partial.headers.get('content-range')).toBe('bytes 2-4/10');
    expect(partial.headers.get('content-length')).toBe('3');
    expect(await partial.text()).toBe('nx-');
    expect(partial.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    const beyond = await handle(new Request('app://gongzhi/models/backbone.onnx', { headers: { Range: 'bytes=10-' } }));
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe('bytes */10');
    const whole = await get('app://gongzhi/models/backbone.onnx');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(await whole.text()).toBe('onnx-bytes');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const response = await get('app://gongzhi/index.html', method);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it.each(['app://other/index.html', 'app://gongzhi.evil/index.html', 'app://gongzhi:8080/index.html', 'http://gongzhi/index.html'])(
    'does not serve foreign origin %s',
    async (url) => {
      expect((await get(url)).status).toBe(404);
    },
  );

  it.each([
    ['app://gongzhi/assets/%2E%2E%2F..%2Fsecret', [403]],
    ['app://gongzhi/..%2fpackage.json', [403]],
    ['app://gongzhi/..%5cpackage.json', [403]],
    ['app://gongzhi/assets\\..\\..\\secret', [403, 404]],
    ['app://gongzhi//etc/passwd', [403]],
    ['app://gongzhi/%2Fetc%2Fpasswd', [403]],
    ['app://gongzhi/C:%5CWindows%5Cwin.ini', [403]],
    ['app://gongzhi/c%3A/Windows/win.ini', [403]],
    ['app://gongzhi/index.html%00.png', [403]],
    ['app://gongzhi/index.html::$DATA', [403]],
    ['app://gongzhi/.env', [404]],
    ['app://gongzhi/%2eenv', [404]],
    ['app://gongzhi/%E0%A4%A', [400]],
  ])('refuses hostile path %s', async (url, statuses) => {
    reads.length = 0;
    const response = await get(url);
    expect(statuses).toContain(response.status);
    // Whatever the status, nothing outside the root was asked for and no page was served instead.
    expect(reads.every((path) => !path.includes('..') && !path.startsWith('/'))).toBe(true);
    expect(await response.text()).not.toContain('id="root"');
  });

  it('keeps parent segments the URL parser already collapsed inside the root', async () => {
    reads.length = 0;
    // new URL() turns /%2e%2e/%2e%2e/etc/passwd into /etc/passwd: an in-app route, not the host's file.
    await get('app://gongzhi/%2e%2e/%2e%2e/etc/passwd');
    expect(reads[0]).toBe('etc/passwd');
  });

  it('turns reader failures into 500 without leaking details', async () => {
    const failing = createAppRequestHandler({
      origin: 'app://gongzhi',
      readAsset: async () => {
        throw new Error('EACCES: /home/user/secret');
      },
    });
    const original = console.error;
    console.error = () => {};
    try {
      const response = await failing(new Request('app://gongzhi/index.html'));
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain('secret');
    } finally {
      console.error = original;
    }
  });
});

describe('resolveAssetPath', () => {
  it('keeps ordinary paths and decodes escapes', () => {
    expect(resolveAssetPath('/')).toEqual({ kind: 'asset', path: 'index.html' });
    expect(resolveAssetPath('/assets/a%20b.png')).toEqual({ kind: 'asset', path: 'assets/a b.png' });
    expect(resolveAssetPath('/%E5%B7%A5%E6%99%BA.json')).toEqual({ kind: 'asset', path: '工智.json' });
  });

  it('refuses paths that do not start at the root', () => {
    expect(resolveAssetPath('etc/passwd').kind).toBe('forbidden');
  });
});
