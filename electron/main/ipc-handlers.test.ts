import { describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_CHANNELS } from '../../src/shared/desktop-api-channels.ts';
import { createIpcListeners, registerIpcHandlers } from './ipc-handlers.ts';
import type { DesktopApiHandlers, IpcListener, SenderEvent } from './ipc-handlers.ts';
import { createUrlPolicy } from './url-policy.ts';

const appInfo = { appName: 'Gongzhi', appVersion: '0.1.0', shell: 'desktop' as const, versions: {}, platform: 'linux', arch: 'x64' };

function fakeHandlers() {
  return {
    saveFile: vi.fn(async () => ({ status: 'saved' as const, path: '/tmp/x' })),
    openFiles: vi.fn(async () => []),
    openFolder: vi.fn(async () => []),
    readPickedFile: vi.fn(async () => new Uint8Array([1])),
    printToPdf: vi.fn(async () => ({ status: 'cancelled' as const })),
    appInfo: vi.fn(async () => appInfo),
    setHubOrigin: vi.fn(async () => ({ changed: true })),
  } satisfies DesktopApiHandlers<SenderEvent>;
}

const { isTrustedPage } = createUrlPolicy();
const fromApp: SenderEvent = { senderFrame: { url: 'app://gongzhi/assess', parent: null } };

function listeners(handlers = fakeHandlers()) {
  const byChannel = new Map<string, IpcListener<SenderEvent>>();
  registerIpcHandlers({ handle: (channel, listener) => byChannel.set(channel, listener) }, handlers, isTrustedPage);
  const call = (channel: string, event: SenderEvent, ...args: unknown[]) => {
    const listener = byChannel.get(channel);
    if (!listener) throw new Error(`no listener for ${channel}`);
    return listener(event, ...args);
  };
  return { handlers, byChannel, call };
}

describe('IPC registration', () => {
  it('registers exactly one listener per contract method', () => {
    const { byChannel } = listeners();
    expect([...byChannel.keys()].sort()).toEqual(Object.values(DESKTOP_API_CHANNELS).sort());
    expect(createIpcListeners(fakeHandlers(), isTrustedPage)).toHaveLength(7);
  });

  it('passes valid calls from the app through to the handler', async () => {
    const { handlers, call } = listeners();
    const data = new Uint8Array([1, 2, 3]);
    await expect(call(DESKTOP_API_CHANNELS.saveFile, fromApp, { suggestedName: '报告.xlsx', data })).resolves.toEqual({
      status: 'saved',
      path: '/tmp/x',
    });
    expect(handlers.saveFile).toHaveBeenCalledWith(fromApp, { suggestedName: '报告.xlsx', data });
    await expect(call(DESKTOP_API_CHANNELS.appInfo, fromApp)).resolves.toEqual(appInfo);
    const id = crypto.randomUUID();
    await expect(call(DESKTOP_API_CHANNELS.readPickedFile, fromApp, { id })).resolves.toEqual(new Uint8Array([1]));
    expect(handlers.readPickedFile).toHaveBeenCalledWith(fromApp, { id });
  });
});

describe('IPC sender checks', () => {
  it.each<[string, SenderEvent]>([
    ['a remote page', { senderFrame: { url: 'https://attacker.example/', parent: null } }],
    ['a look-alike origin', { senderFrame: { url: 'app://gongzhi.evil/', parent: null } }],
    ['a file page', { senderFrame: { url: 'file:///C:/index.html', parent: null } }],
    ['a subframe of the app', { senderFrame: { url: 'app://gongzhi/', parent: {} } }],
    ['a destroyed frame', { senderFrame: null }],
    ['about:blank', { senderFrame: { url: 'about:blank', parent: null } }],
  ])('refuses calls from %s without running the handler', async (_label, event) => {
    const { handlers, call } = listeners();
    await expect(call(DESKTOP_API_CHANNELS.readPickedFile, event, { id: crypto.randomUUID() })).rejects.toThrow('platform.notPermitted');
    await expect(call(DESKTOP_API_CHANNELS.appInfo, event)).rejects.toThrow('platform.notPermitted');
    expect(handlers.readPickedFile).not.toHaveBeenCalled();
    expect(handlers.appInfo).not.toHaveBeenCalled();
  });
});

describe('IPC argument validation', () => {
  it.each<[string, string, unknown[]]>([
    ['a path as the file name', DESKTOP_API_CHANNELS.saveFile, [{ suggestedName: '../../.bashrc', data: 'x' }]],
    ['an absolute Windows path', DESKTOP_API_CHANNELS.saveFile, [{ suggestedName: 'C:\\Windows\\evil.dll', data: 'x' }]],
    ['an empty file name', DESKTOP_API_CHANNELS.saveFile, [{ suggestedName: '', data: 'x' }]],
    ['data that is neither text nor bytes', DESKTOP_API_CHANNELS.saveFile, [{ suggestedName: 'a.txt', data: { length: 3 } }]],
    [
      'a bad filter extension',
      DESKTOP_API_CHANNELS.saveFile,
      [{ suggestedName: 'a.txt', data: 'x', filters: [{ name: 'x', extensions: ['../x'] }] }],
    ],
    ['no arguments at all', DESKTOP_API_CHANNELS.saveFile, []],
    ['an extra argument', DESKTOP_API_CHANNELS.openFolder, ['/etc']],
    ['a path instead of an id', DESKTOP_API_CHANNELS.readPickedFile, [{ id: '/etc/passwd' }]],
    ['a path smuggled next to the id', DESKTOP_API_CHANNELS.readPickedFile, ['/etc/passwd']],
    ['a non-boolean multiple', DESKTOP_API_CHANNELS.openFiles, [{ multiple: 'yes' }]],
    ['a PDF name with a folder', DESKTOP_API_CHANNELS.printToPdf, [{ suggestedName: 'a/b.pdf' }]],
  ])('refuses %s', async (_label, channel, args) => {
    const { handlers, call } = listeners();
    await expect(call(channel, fromApp, ...args)).rejects.toThrow('platform.invalidRequest');
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a save larger than the limit without copying it', async () => {
    const { handlers, call } = listeners();
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'byteLength', { value: 600 * 1024 * 1024 });
    await expect(call(DESKTOP_API_CHANNELS.saveFile, fromApp, { suggestedName: 'big.bin', data: huge })).rejects.toThrow(
      'platform.invalidRequest',
    );
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });
});

describe('the park hub origin call', () => {
  it('takes a bare http(s) origin or null, and nothing that could widen the content policy', async () => {
    const { handlers, call } = listeners();
    await expect(call(DESKTOP_API_CHANNELS.setHubOrigin, fromApp, { origin: 'https://hub.park.example.cn' })).resolves.toEqual({
      changed: true,
    });
    await expect(call(DESKTOP_API_CHANNELS.setHubOrigin, fromApp, { origin: null })).resolves.toEqual({ changed: true });
    for (const origin of [
      '*',
      'https://hub.example/path',
      "https://a.example; script-src 'unsafe-inline'",
      'https://a.example https://b.example',
      'file:///etc',
      42,
    ])
      await expect(call(DESKTOP_API_CHANNELS.setHubOrigin, fromApp, { origin })).rejects.toThrow('platform.invalidRequest');
    expect(handlers.setHubOrigin).toHaveBeenCalledTimes(2);
  });
});
