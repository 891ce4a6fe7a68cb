import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../shared/desktop-api';
import { createDesktopPlatform } from './desktop-platform';
import { PlatformError } from '../shared/platform-error';

function fakeApi(overrides: Partial<DesktopApi> = {}): DesktopApi {
  return {
    saveFile: vi.fn(async () => ({ status: 'saved' as const, path: '/home/u/report.xlsx' })),
    openFiles: vi.fn(async () => [{ id: 'id-1', name: 'a.png', relativePath: 'a.png', size: 3 }]),
    openFolder: vi.fn(async () => [{ id: 'id-2', name: 'b.png', relativePath: 'good/b.png', size: 5 }]),
    readPickedFile: vi.fn(async ({ id }) => new TextEncoder().encode(id)),
    printToPdf: vi.fn(async () => ({ status: 'cancelled' as const })),
    appInfo: vi.fn(async () => ({
      appName: 'Gongzhi',
      appVersion: '0.1.0',
      shell: 'desktop' as const,
      versions: { electron: '45.5.0' },
      platform: 'win32',
      arch: 'x64',
    })),
    setHubOrigin: vi.fn(async ({ origin }) => ({ changed: origin !== 'https://same.example' })),
    ...overrides,
  };
}

describe('desktop platform', () => {
  it('saves through the bridge with a name main will accept', async () => {
    const api = fakeApi();
    const result = await createDesktopPlatform(api).saveFile({ suggestedName: '报告 10:30.xlsx', mimeType: 'x', data: 'csv' });
    expect(result).toEqual({ status: 'saved', path: '/home/u/report.xlsx' });
    expect(api.saveFile).toHaveBeenCalledWith({ suggestedName: '报告 10_30.xlsx', data: 'csv', filters: undefined });
  });

  it('reads picked files by their id', async () => {
    const platform = createDesktopPlatform(fakeApi());
    const [folderFile] = await platform.openFolder();
    expect(folderFile?.relativePath).toBe('good/b.png');
    expect(new TextDecoder().decode(await folderFile?.bytes())).toBe('id-2');
    const [file] = await platform.openFiles({ multiple: false });
    expect(new TextDecoder().decode(await file?.bytes())).toBe('id-1');
  });

  it('turns relayed main-process failures into coded PlatformErrors', async () => {
    const platform = createDesktopPlatform(
      fakeApi({
        saveFile: async () =>
          Promise.reject(new Error("Error invoking remote method 'gongzhi:save-file': PlatformError: platform.diskFull")),
        readPickedFile: async () =>
          Promise.reject(new Error("Error invoking remote method 'gongzhi:read-picked-file': PlatformError: platform.tooLarge")),
        openFolder: async () => Promise.reject(new Error('something odd')),
      }),
    );
    await expect(platform.saveFile({ suggestedName: 'a', mimeType: 'x', data: 'x' })).rejects.toMatchObject({ code: 'platform.diskFull' });
    const [file] = await platform.openFiles({ multiple: false });
    const failure = await file?.bytes().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlatformError);
    expect(failure).toMatchObject({ code: 'platform.tooLarge' });
    await expect(platform.openFolder()).rejects.toMatchObject({ code: 'platform.readFailed' });
  });

  it('reports itself as the desktop shell', async () => {
    const platform = createDesktopPlatform(fakeApi());
    expect(platform.kind).toBe('desktop');
    expect((await platform.appInfo()).versions['electron']).toBe('45.5.0');
  });
});

describe('desktop platform: park hub', () => {
  it('asks for a reload only when main now allows a hub the loaded page could not reach', async () => {
    const platform = createDesktopPlatform(fakeApi());
    expect(await platform.allowHubOrigin('https://hub.park.example.cn')).toBe('reload');
    expect(await platform.allowHubOrigin('https://same.example')).toBe('ready');
    expect(await platform.allowHubOrigin(null)).toBe('ready');
  });
});
