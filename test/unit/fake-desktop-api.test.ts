import { describe, expect, it } from 'vitest';
import { createDesktopPlatform } from '../../src/platform/desktop-platform';
import { PlatformError } from '../../src/shared/platform-error';
import { DESKTOP_API_CHANNELS } from '../../src/shared/desktop-api-channels';
import type { DesktopApi } from '../../src/shared/desktop-api';
import { installFakeDesktopApi, type FakeDesktopControl } from '../support/fake-desktop-api.mjs';

// The bench and e2e runs of the desktop platform are only as honest as this stand-in for the preload:
// it must answer the app's own desktop platform exactly as the real contract does.
function fake() {
  const scope = { crypto: globalThis.crypto, atob: globalThis.atob } as {
    crypto: Crypto;
    atob: typeof atob;
    gongzhi?: DesktopApi;
    __gzFakeDesktop?: FakeDesktopControl;
  };
  installFakeDesktopApi(scope);
  if (!scope.gongzhi || !scope.__gzFakeDesktop) throw new Error('not installed');
  return { api: scope.gongzhi, control: scope.__gzFakeDesktop };
}

const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');

describe('the fake preload API', () => {
  it('has exactly the methods of the real preload', () => {
    expect(Object.keys(fake().api).sort()).toEqual(Object.keys(DESKTOP_API_CHANNELS).sort());
  });

  it('answers a folder pick as main does: sorted, dotfiles skipped, sizes, and bytes read lazily as fresh copies', async () => {
    const { api, control } = fake();
    await control.addFiles([
      { relativePath: 'sub/b.png', base64: b64([1, 2, 3]) },
      { relativePath: '.DS_Store', base64: b64([9]) },
      { relativePath: 'a.png', base64: b64([4]) },
    ]);
    const files = await createDesktopPlatform(api).openFolder();
    expect(files.map((f) => [f.name, f.relativePath, f.size])).toEqual([
      ['a.png', 'a.png', 1],
      ['b.png', 'sub/b.png', 3],
    ]);
    const nested = files[1];
    if (!nested) throw new Error('missing file');
    const first = await nested.bytes();
    first[0] = 99;
    expect([...(await nested.bytes())]).toEqual([1, 2, 3]);
    // the dialog's answer is used once: the next pick without staged files is a cancelled dialog
    expect(await api.openFolder()).toEqual([]);
  });

  it('gives bare names for a file pick and only the first file when one was asked for', async () => {
    const { api, control } = fake();
    await control.addFiles([
      { relativePath: 'dir/x.png', base64: b64([1]) },
      { relativePath: 'y.png', base64: b64([2]) },
    ]);
    const infos = await api.openFiles({ multiple: false });
    expect(infos).toHaveLength(1);
    expect(infos[0]).toMatchObject({ name: 'x.png', relativePath: 'x.png', size: 1, id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('refuses a file that was never picked with the code main sends', async () => {
    const { api } = fake();
    const platform = createDesktopPlatform({
      ...api,
      openFolder: async () => [{ id: crypto.randomUUID(), name: 'n.png', relativePath: 'n.png', size: 1 }],
    });
    const [file] = await platform.openFolder();
    await expect(file?.bytes()).rejects.toEqual(new PlatformError('platform.notPermitted'));
    await expect(api.readPickedFile({ id: crypto.randomUUID() })).rejects.toThrow(
      "Error invoking remote method 'gongzhi:read-picked-file': Error: platform.notPermitted",
    );
    await expect(api.readPickedFile({ id: 'x' })).rejects.toThrow('Error: platform.invalidRequest');
  });

  it('names the real channel in its errors, for arguments main would refuse', async () => {
    // the fake runs serialised in the page and cannot import the channel list, so it keeps a copy: checked here
    const { api } = fake();
    const call = api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const method of ['saveFile', 'openFiles', 'readPickedFile', 'printToPdf'] as const) {
      await expect(call[method]?.({})).rejects.toThrow(
        `Error invoking remote method '${DESKTOP_API_CHANNELS[method]}': Error: platform.invalidRequest`,
      );
    }
    await expect(call.openFolder?.({})).rejects.toThrow(`'${DESKTOP_API_CHANNELS.openFolder}': Error: platform.invalidRequest`);
  });
});
