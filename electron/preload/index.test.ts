import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_CHANNELS } from '../../src/shared/desktop-api-channels.ts';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (...args: unknown[]) => args);

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

beforeEach(async () => {
  exposed.clear();
  vi.resetModules();
  await import('./index.ts');
});

describe('preload', () => {
  it('exposes one object, window.gongzhi, with exactly the DesktopApi functions', () => {
    expect([...exposed.keys()]).toEqual(['gongzhi']);
    const api = exposed.get('gongzhi') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(DESKTOP_API_CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('forwards each call to its own channel with its arguments and nothing else', async () => {
    const api = exposed.get('gongzhi') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const [method, channel] of Object.entries(DESKTOP_API_CHANNELS)) {
      invoke.mockClear();
      const arg = { probe: method };
      const call = api[method];
      if (!call) throw new Error(`missing ${method}`);
      await call(arg);
      const takesArgs = !['openFolder', 'appInfo'].includes(method);
      expect(invoke).toHaveBeenCalledWith(channel, ...(takesArgs ? [arg] : []));
    }
  });
});
