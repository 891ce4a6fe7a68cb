import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, securityHeaders } from './security-headers.ts';

const connectSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src '));

describe('content security policy with a park hub', () => {
  it('allows nothing but the app without a hub', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    expect(connectSrc(CONTENT_SECURITY_POLICY)).toBe("connect-src 'self' data: blob:");
  });

  it('adds exactly the configured hub origin to connect-src and changes nothing else', () => {
    const policy = contentSecurityPolicy('https://hub.park.example.cn');
    expect(connectSrc(policy)).toBe("connect-src 'self' data: blob: https://hub.park.example.cn");
    expect(policy.replace(' https://hub.park.example.cn', '')).toBe(CONTENT_SECURITY_POLICY);
    expect(connectSrc(contentSecurityPolicy('http://127.0.0.1:8787'))).toBe("connect-src 'self' data: blob: http://127.0.0.1:8787");
    expect(securityHeaders('http://[::1]:8787')['Content-Security-Policy']).toContain('http://[::1]:8787');
  });

  it('ignores anything that is not a bare origin, so nothing can be smuggled into the policy', () => {
    for (const bad of [
      '*',
      'https://*',
      'https://hub.example/path',
      "https://a.example; script-src 'unsafe-inline'",
      'https://a.example https://b.example',
      "'unsafe-eval'",
      'javascript:1',
      'data:',
      'ws://hub.example',
    ])
      expect(contentSecurityPolicy(bad), bad).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the app protocol with a park hub', () => {
  it('serves every response with the hub in connect-src once one is connected, and without it before', async () => {
    const { createAppRequestHandler } = await import('./app-protocol.ts');
    const connected: { hub?: string } = {};
    const handle = createAppRequestHandler({
      readAsset: (path) => Promise.resolve(path === 'index.html' ? new TextEncoder().encode('<!doctype html>') : null),
      origin: 'app://gongzhi',
      hubOrigin: () => connected.hub,
    });
    const before = await handle(new Request('app://gongzhi/'));
    expect(before.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    connected.hub = 'https://hub.park.example.cn';
    const after = await handle(new Request('app://gongzhi/park'));
    expect(connectSrc(after.headers.get('Content-Security-Policy') ?? '')).toBe(
      "connect-src 'self' data: blob: https://hub.park.example.cn",
    );
  });
});
