import { describe, expect, it } from 'vitest';
import { createUrlPolicy } from './url-policy.ts';

const hostile = [
  'https://example.com/',
  'http://example.com/',
  'https://gongzhi/',
  'http://127.0.0.1:5173/',
  'app://gongzhi.attacker.com/',
  'app://gongzhiattacker/',
  'app://attacker/app://gongzhi/',
  'app://gongzhi@attacker.com/',
  'app://attacker.com@gongzhi/',
  'app://gongzhi:443/',
  'file:///etc/passwd',
  'file://gongzhi/index.html',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://gongzhi/0b5c1d6e-1111-2222-3333-444455556666',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'view-source:app://gongzhi/',
  'mailto:someone@example.com',
  'ms-settings:privacy',
  'smb://server/share',
  '//example.com/',
  '/assess',
  '',
  'app:/gongzhi/',
];

describe('url policy (packaged)', () => {
  const policy = createUrlPolicy();

  it.each(['app://gongzhi/', 'app://gongzhi/index.html', 'app://gongzhi/inspect/3?tab=live#top'])(
    'allows in-app navigation to %s',
    (url) => {
      expect(policy.allowNavigation(url)).toBe(true);
      expect(policy.isTrustedPage(url)).toBe(true);
    },
  );

  it.each(hostile)('denies %j', (url) => {
    expect(policy.allowNavigation(url)).toBe(false);
    expect(policy.isTrustedPage(url)).toBe(false);
  });

  it('never opens windows, not even for the app itself', () => {
    expect(policy.allowWindowOpen('app://gongzhi/')).toBe(false);
    expect(policy.allowWindowOpen('https://www.miit.gov.cn/')).toBe(false);
  });
});

describe('url policy (dev server)', () => {
  it('trusts exactly the loopback dev server origin besides the app', () => {
    const policy = createUrlPolicy('http://localhost:5173/');
    expect(policy.allowNavigation('http://localhost:5173/assess')).toBe(true);
    expect(policy.allowNavigation('app://gongzhi/')).toBe(true);
    expect(policy.allowNavigation('http://localhost:5174/')).toBe(false);
    expect(policy.allowNavigation('https://localhost:5173/')).toBe(false);
    expect(policy.allowNavigation('http://localhost.attacker.com:5173/')).toBe(false);
  });

  it.each(['https://attacker.com/', 'http://192.168.1.5:5173/', 'http://localhost.evil:5173/', 'not a url'])(
    'ignores a non-loopback dev server %s',
    (devUrl) => {
      const policy = createUrlPolicy(devUrl);
      expect(policy.isTrustedPage(devUrl)).toBe(false);
      expect(policy.isTrustedPage('app://gongzhi/')).toBe(true);
    },
  );
});

describe('request filter', () => {
  it('lets in-app, data: and blob: requests through and nothing from the network', () => {
    const policy = createUrlPolicy();
    expect(policy.allowRequest('app://gongzhi/assets/ort-wasm-simd-threaded.jsep.wasm')).toBe(true);
    expect(policy.allowRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(policy.allowRequest('blob:app://gongzhi/0b5c1d6e-1111-2222-3333-444455556666')).toBe(true);
    for (const url of [
      'https://cdn.jsdelivr.net/npm/onnxruntime-web/dist/ort.wasm',
      'http://192.168.1.1/',
      'ws://localhost:5173/',
      'wss://example.com/',
      'ftp://x/',
    ]) {
      expect(policy.allowRequest(url), url).toBe(false);
    }
  });

  it('allows the dev server and its hot-reload socket in development only', () => {
    const dev = createUrlPolicy('http://localhost:5173/');
    expect(dev.allowRequest('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev.allowRequest('ws://localhost:5173/')).toBe(true);
    expect(dev.allowRequest('ws://localhost:5174/')).toBe(false);
    expect(dev.allowRequest('https://example.com/')).toBe(false);
  });
});
