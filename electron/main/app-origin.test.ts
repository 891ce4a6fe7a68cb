import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isSameOrigin } from './app-origin.ts';

describe('app origin', () => {
  it('is frozen at app://gongzhi/ because stored data is keyed by it', () => {
    expect(APP_ENTRY_URL).toBe('app://gongzhi/');
  });

  it.each(['app://gongzhi/', 'app://gongzhi/assess?x=1#y'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://gongzhi.evil.com/',
    'app://evil.com/gongzhi/',
    'app://user@gongzhi/',
    'app://gongzhi:1/',
    'app://gongzhi@evil/',
    'https://gongzhi/',
    'file:///gongzhi/',
    'app:gongzhi',
    'javascript:alert(1)//app://gongzhi/',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('compares ports for http origins', () => {
    expect(isSameOrigin('http://127.0.0.1:5180/x', 'http://127.0.0.1:5180/')).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:5181/x', 'http://127.0.0.1:5180/')).toBe(false);
  });
});
