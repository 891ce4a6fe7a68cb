/**
 * The Electron wiring, with 'electron' replaced by recording fakes (no Electron binary can run here).
 * It checks that each pure policy is actually connected to the Electron hook that enforces it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const state = vi.hoisted(() => ({
  lock: true,
  appListeners: new Map<string, Listener>(),
  schemes: [] as unknown[],
  windows: [] as Array<{ options: Record<string, unknown>; url?: string; listeners: Map<string, Listener> }>,
  ipcChannels: [] as string[],
  ipcListeners: new Map<string, Listener>(),
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  permissionRequest: undefined as Listener | undefined,
  permissionCheck: undefined as Listener | undefined,
  devicePermission: undefined as Listener | undefined,
  beforeRequest: undefined as Listener | undefined,
  quit: 0,
  menuCleared: false,
}));

vi.mock('electron', () => {
  const area = { x: 0, y: 0, width: 1920, height: 1040 };
  class BrowserWindow {
    static fromWebContents = () => null;
    private readonly record: { options: Record<string, unknown>; url?: string; listeners: Map<string, Listener> };
    constructor(options: Record<string, unknown>) {
      this.record = { options, listeners: new Map() };
      state.windows.push(this.record);
    }
    maximize(): void {}
    once(event: string, listener: Listener): void {
      this.record.listeners.set(event, listener);
    }
    on(event: string, listener: Listener): void {
      this.record.listeners.set(event, listener);
    }
    async loadURL(url: string): Promise<void> {
      this.record.url = url;
    }
  }
  return {
    app: {
      isPackaged: true,
      enableSandbox: () => {},
      requestSingleInstanceLock: () => state.lock,
      quit: () => void (state.quit += 1),
      on: (event: string, listener: Listener) => void state.appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      getPath: () => '/nonexistent-gongzhi-test',
      getName: () => 'Gongzhi',
      getVersion: () => '0.1.0',
    },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheck = handler),
        setDevicePermissionHandler: (handler: Listener) => void (state.devicePermission = handler),
        webRequest: { onBeforeRequest: (_filter: unknown, handler: Listener) => void (state.beforeRequest = handler) },
        protocol: {
          handle: (scheme: string, handler: (request: Request) => Promise<Response>) => state.protocolHandlers.set(scheme, handler),
        },
      },
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        state.ipcChannels.push(channel);
        state.ipcListeners.set(channel, listener);
      },
    },
    BrowserWindow,
    Menu: { setApplicationMenu: () => void (state.menuCleared = true) },
    screen: { getPrimaryDisplay: () => ({ workArea: area }), getAllDisplays: () => [{ workArea: area }] },
    dialog: {},
  };
});

async function startApp(lock = true): Promise<void> {
  state.lock = lock;
  vi.resetModules();
  await import('./index.ts');
  // Let the whenReady() continuation run.
  await new Promise((resolve) => setImmediate(resolve));
}

afterEach(() => {
  state.appListeners.clear();
  state.schemes.length = 0;
  state.windows.length = 0;
  state.ipcChannels.length = 0;
  state.ipcListeners.clear();
  state.protocolHandlers.clear();
  state.quit = 0;
});

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  return {
    listeners,
    open: (url: string) => openHandler?.({ url }),
    on: (event: string, listener: Listener) => void listeners.set(event, listener),
    setWindowOpenHandler: (handler: Listener) => void (openHandler = handler),
  };
}

function navigate(contents: ReturnType<typeof fakeContents>, event: string, url: string): boolean {
  let prevented = false;
  contents.listeners.get(event)?.({ url, preventDefault: () => void (prevented = true) });
  return prevented;
}

describe('main process wiring', () => {
  it('registers app:// as a privileged standard scheme without bypassing CSP', async () => {
    await startApp();
    expect(state.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
    ]);
  });

  it('opens one locked-down window on app://gongzhi/', async () => {
    await startApp();
    expect(state.windows).toHaveLength(1);
    const [window] = state.windows;
    expect(window?.url).toBe('app://gongzhi/');
    expect(window?.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(state.menuCleared).toBe(true);
  });

  it('serves the renderer through the app protocol handler with the security headers', async () => {
    await startApp();
    const handler = state.protocolHandlers.get('app');
    if (!handler) throw new Error('app protocol not handled');
    const response = await handler(new Request('app://gongzhi/../../etc/passwd%00'));
    expect(response.status).toBe(403);
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect((await handler(new Request('app://gongzhi/', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('guards navigation, redirects and new windows of every web contents', async () => {
    await startApp();
    const contents = fakeContents();
    state.appListeners.get('web-contents-created')?.({}, contents);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(contents, event, 'https://example.com/'), event).toBe(true);
      expect(navigate(contents, event, 'app://gongzhi/assess'), event).toBe(false);
    }
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.open('app://gongzhi/')).toEqual({ action: 'deny' });
    let webviewPrevented = false;
    contents.listeners.get('will-attach-webview')?.({ preventDefault: () => void (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
  });

  it('grants only the camera to the app and cancels network requests', async () => {
    await startApp();
    const answer = (permission: string, requestingUrl: string, mediaTypes?: string[]) => {
      let granted: unknown;
      state.permissionRequest?.({}, permission, (value: unknown) => void (granted = value), { requestingUrl, mediaTypes });
      return granted;
    };
    expect(answer('media', 'app://gongzhi/inspect', ['video'])).toBe(true);
    expect(answer('media', 'app://gongzhi/inspect', ['audio'])).toBe(false);
    expect(answer('geolocation', 'app://gongzhi/')).toBe(false);
    expect(answer('media', 'https://example.com/', ['video'])).toBe(false);
    expect(state.permissionCheck?.({}, 'notifications', 'app://gongzhi', {})).toBe(false);
    expect(state.devicePermission?.({})).toBe(false);
    let cancelled: unknown;
    state.beforeRequest?.({ url: 'https://example.com/telemetry' }, (result: { cancel: boolean }) => void (cancelled = result.cancel));
    expect(cancelled).toBe(true);
    state.beforeRequest?.({ url: 'app://gongzhi/assets/app.js' }, (result: { cancel: boolean }) => void (cancelled = result.cancel));
    expect(cancelled).toBe(false);
  });

  it('registers every DesktopApi channel', async () => {
    await startApp();
    expect(state.ipcChannels.sort()).toEqual([
      'gongzhi:app-info',
      'gongzhi:open-files',
      'gongzhi:open-folder',
      'gongzhi:print-to-pdf',
      'gongzhi:read-picked-file',
      'gongzhi:save-file',
      'gongzhi:set-hub-origin',
    ]);
  });

  it('lets requests and the content policy reach exactly the park hub the app connected, and no other', async () => {
    await startApp();
    const fromApp = { senderFrame: { url: 'app://gongzhi/settings', parent: null } };
    const cancelledFor = (url: string) => {
      let cancelled: unknown;
      state.beforeRequest?.({ url }, (result: { cancel: boolean }) => void (cancelled = result.cancel));
      return cancelled;
    };
    const csp = async () =>
      (await state.protocolHandlers.get('app')?.(new Request('app://gongzhi/')))?.headers.get('Content-Security-Policy') ?? '';
    expect(cancelledFor('https://hub.park.example.cn/api/v1/sync')).toBe(true);
    expect(await csp()).not.toContain('hub.park.example.cn');
    await expect(state.ipcListeners.get('gongzhi:set-hub-origin')?.(fromApp, { origin: 'https://hub.park.example.cn' })).resolves.toEqual({
      changed: true,
    });
    expect(cancelledFor('https://hub.park.example.cn/api/v1/sync')).toBe(false);
    expect(cancelledFor('https://hub.park.example.cn.evil.example/')).toBe(true);
    expect(cancelledFor('https://example.com/telemetry')).toBe(true);
    expect(await csp()).toContain("connect-src 'self' data: blob: https://hub.park.example.cn");
    await state.ipcListeners.get('gongzhi:set-hub-origin')?.(fromApp, { origin: null });
    expect(cancelledFor('https://hub.park.example.cn/api/v1/sync')).toBe(true);
  });

  it('quits at once when another instance already runs', async () => {
    await startApp(false);
    expect(state.quit).toBe(1);
    expect(state.windows).toHaveLength(0);
  });
});
