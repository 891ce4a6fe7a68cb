import { describe, expect, it } from 'vitest';
import { decidePermissionCheck, decidePermissionRequest } from './permissions.ts';
import { createUrlPolicy } from './url-policy.ts';

const { isTrustedPage } = createUrlPolicy();

describe('permission requests', () => {
  it('grants the camera to the app', () => {
    expect(
      decidePermissionRequest({ permission: 'media', requestingUrl: 'app://gongzhi/inspect', mediaTypes: ['video'] }, isTrustedPage),
    ).toBe(true);
  });

  it.each([[['audio']], [['video', 'audio']], [[]], [undefined]])(
    'refuses media types %j (no microphone, nothing unspecified)',
    (mediaTypes) => {
      expect(decidePermissionRequest({ permission: 'media', requestingUrl: 'app://gongzhi/', mediaTypes }, isTrustedPage)).toBe(false);
    },
  );

  it.each(['https://example.com/', 'app://gongzhi.evil/', 'file:///index.html', 'about:blank'])(
    'refuses the camera to %s',
    (requestingUrl) => {
      expect(decidePermissionRequest({ permission: 'media', requestingUrl, mediaTypes: ['video'] }, isTrustedPage)).toBe(false);
    },
  );

  it.each([
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'hid',
    'serial',
    'usb',
    'openExternal',
    'pointerLock',
    'midi',
    'midiSysex',
    'storage-access',
    'window-management',
    'fileSystem',
    'idle-detection',
    'unknown',
  ])('refuses %s even to the app', (permission) => {
    expect(decidePermissionRequest({ permission, requestingUrl: 'app://gongzhi/', mediaTypes: ['video'] }, isTrustedPage)).toBe(false);
  });
});

describe('permission checks', () => {
  it('lets the app see cameras only', () => {
    expect(decidePermissionCheck({ permission: 'media', requestingOrigin: 'app://gongzhi', mediaType: 'video' }, isTrustedPage)).toBe(true);
    expect(decidePermissionCheck({ permission: 'media', requestingOrigin: 'app://gongzhi', mediaType: 'audio' }, isTrustedPage)).toBe(
      false,
    );
    expect(decidePermissionCheck({ permission: 'media', requestingOrigin: 'https://evil.com', mediaType: 'video' }, isTrustedPage)).toBe(
      false,
    );
    expect(decidePermissionCheck({ permission: 'geolocation', requestingOrigin: 'app://gongzhi' }, isTrustedPage)).toBe(false);
    expect(decidePermissionCheck({ permission: 'clipboard-read', requestingOrigin: 'app://gongzhi' }, isTrustedPage)).toBe(false);
  });
});
