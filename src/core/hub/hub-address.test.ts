import { describe, expect, it } from 'vitest';
import { checkHubAddress } from './hub-address';

const strict = { allowLocalNetwork: false };
const lan = { allowLocalNetwork: true };

describe('checkHubAddress', () => {
  it('accepts https anywhere and gives the origin', () => {
    expect(checkHubAddress(' https://hub.park.example.cn/ ', strict)).toEqual({ ok: true, origin: 'https://hub.park.example.cn' });
    expect(checkHubAddress('https://10.0.0.5:8443', strict)).toEqual({ ok: true, origin: 'https://10.0.0.5:8443' });
  });

  it('accepts plain http only on this machine', () => {
    for (const address of ['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787', 'http://127.5.0.1'])
      expect(checkHubAddress(address, strict)).toMatchObject({ ok: true });
    for (const address of [
      'http://192.168.1.20:8787',
      'http://hub.park.example.cn',
      'http://127.0.0.1.evil.example',
      'http://localhost.evil.example',
    ])
      expect(checkHubAddress(address, strict)).toEqual({ ok: false, problem: 'hub.address.notHttps' });
  });

  it('accepts http to a private network address only with the local network setting', () => {
    for (const address of ['http://192.168.1.20:8787', 'http://10.1.2.3', 'http://172.20.0.9', 'http://hub.local', 'http://[fd00::1]'])
      expect(checkHubAddress(address, lan)).toMatchObject({ ok: true });
    for (const address of ['http://172.32.0.1', 'http://8.8.8.8', 'http://hub.park.example.cn', 'http://11.0.0.1'])
      expect(checkHubAddress(address, lan)).toEqual({ ok: false, problem: 'hub.address.notHttps' });
  });

  it('refuses what is not a hub address', () => {
    expect(checkHubAddress('hub.park.example.cn', strict)).toEqual({ ok: false, problem: 'hub.address.invalid' });
    expect(checkHubAddress('ftp://hub.example', strict)).toEqual({ ok: false, problem: 'hub.address.invalid' });
    expect(checkHubAddress('javascript:alert(1)', strict)).toEqual({ ok: false, problem: 'hub.address.invalid' });
    expect(checkHubAddress('https://user:pw@hub.example', strict)).toEqual({ ok: false, problem: 'hub.address.credentials' });
    expect(checkHubAddress('https://hub.example/api?x=1', strict)).toEqual({ ok: false, problem: 'hub.address.path' });
  });
});
