import { describe, expect, it } from 'vitest';
import type { DesktopApi } from '../shared/desktop-api';
import { pickPlatform } from './index';

describe('pickPlatform', () => {
  it('uses the preload bridge when Electron exposed it, the browser otherwise', async () => {
    const api: DesktopApi = {
      saveFile: async () => ({ status: 'cancelled' }),
      openFiles: async () => [],
      openFolder: async () => [],
      readPickedFile: async () => new Uint8Array(),
      printToPdf: async () => ({ status: 'cancelled' }),
      appInfo: async () => ({ appName: 'Gongzhi', appVersion: '9.9.9', shell: 'desktop', versions: {}, platform: 'win32', arch: 'x64' }),
      setHubOrigin: async () => ({ changed: false }),
    };
    const desktop = pickPlatform({ gongzhi: api });
    expect(desktop.kind).toBe('desktop');
    expect((await desktop.appInfo()).appVersion).toBe('9.9.9');
    expect(pickPlatform({}).kind).toBe('web');
  });
});
