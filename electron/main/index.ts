/**
 * Electron main: wiring only. Every decision (which URLs, which permissions, which files, which
 * arguments) is made by the pure, unit-tested modules next to this file, because no Electron binary
 * can run in this project's CI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isHubOrigin } from '../../src/shared/hub-origin.ts';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, isSameOrigin } from './app-origin.ts';
import { createAppRequestHandler } from './app-protocol.ts';
import { createDirectoryReader } from './asset-reader.ts';
import { createDesktopHandlers } from './desktop-handlers.ts';
import { registerIpcHandlers } from './ipc-handlers.ts';
import { decidePermissionCheck, decidePermissionRequest } from './permissions.ts';
import { createUrlPolicy } from './url-policy.ts';
import { parseWindowState, placeWindow, serializeWindowState } from './window-state.ts';

// Must run before 'ready'. standard: relative URLs and IndexedDB; secure: a secure context (camera,
// crypto.subtle); supportFetchAPI/corsEnabled: fetch() of models and WASM; stream: video files.
// bypassCSP is deliberately absent.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
]);
app.enableSandbox();

const isDev = !app.isPackaged;
const policy = createUrlPolicy(isDev ? process.env['ELECTRON_RENDERER_URL'] : undefined);
const outDir = join(import.meta.dirname, '..');
const windowStateFile = (): string => join(app.getPath('userData'), 'window-state.json');
const hubOriginFile = (): string => join(app.getPath('userData'), 'hub-origin.json');

/** The park hub the user connected (Settings › 园区中心): the one other origin the pages may reach. */
let hubOrigin: string | undefined;

function readHubOrigin(): string | undefined {
  try {
    const stored: unknown = JSON.parse(readFileSync(hubOriginFile(), 'utf8'));
    const origin = typeof stored === 'object' && stored !== null ? (stored as { origin?: unknown }).origin : undefined;
    return isHubOrigin(origin) ? origin : undefined;
  } catch {
    return undefined;
  }
}

function storeHubOrigin(origin: string | null): boolean {
  const next = origin ?? undefined;
  if (next === hubOrigin) return false;
  hubOrigin = next;
  try {
    writeFileSync(hubOriginFile(), JSON.stringify({ origin: next ?? null }));
  } catch (error) {
    console.warn('hub origin not saved', error);
  }
  return true;
}

function readWindowStateText(): string | null {
  try {
    return readFileSync(windowStateFile(), 'utf8');
  } catch {
    return null;
  }
}

function saveWindowState(window: BrowserWindow): void {
  try {
    writeFileSync(windowStateFile(), serializeWindowState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
  } catch (error) {
    console.warn('window state not saved', error);
  }
}

function lockDownContents(contents: WebContents): void {
  const refuse = (event: { url: string; preventDefault(): void }): void => {
    if (!policy.allowNavigation(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuse);
  contents.on('will-frame-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.setWindowOpenHandler(({ url }) => (policy.allowWindowOpen(url) ? { action: 'allow' } : { action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function installSessionPolicy(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(decidePermissionRequest({ permission, requestingUrl: details.requestingUrl, mediaTypes }, policy.isTrustedPage));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    decidePermissionCheck({ permission, requestingOrigin, mediaType: details.mediaType }, policy.isTrustedPage),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const toHub = hubOrigin !== undefined && isSameOrigin(details.url, `${hubOrigin}/`);
    callback({ cancel: !(policy.allowRequest(details.url) || toHub) });
  });
  const readAsset = createDirectoryReader(join(outDir, 'renderer'));
  hubOrigin = readHubOrigin();
  ses.protocol.handle(APP_SCHEME, createAppRequestHandler({ readAsset, origin: APP_ORIGIN, hubOrigin: () => hubOrigin }));
}

function registerDesktopApi(): void {
  const windowOf = (event: IpcMainInvokeEvent): BrowserWindow | null => BrowserWindow.fromWebContents(event.sender);
  const handlers = createDesktopHandlers<IpcMainInvokeEvent>({
    async showSaveDialog(event, { defaultPath, filters }) {
      const window = windowOf(event);
      const options = { defaultPath, filters };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showOpenDialog(event, { kind, multiple, filters }) {
      const window = windowOf(event);
      const properties: Array<'openFile' | 'openDirectory' | 'multiSelections'> =
        kind === 'folder' ? ['openDirectory'] : multiple ? ['openFile', 'multiSelections'] : ['openFile'];
      const options = { properties, filters };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    printToPdf: async (event) => new Uint8Array(await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' })),
    defaultDirectory: () => app.getPath('documents'),
    setHubOrigin: storeHubOrigin,
    appInfo: () => ({
      appName: app.getName(),
      appVersion: app.getVersion(),
      shell: 'desktop',
      versions: Object.fromEntries(
        (['electron', 'chrome', 'node', 'v8'] as const).flatMap((name) => {
          const version = process.versions[name];
          return version ? [[name, version]] : [];
        }),
      ),
      platform: process.platform,
      arch: process.arch,
    }),
  });
  registerIpcHandlers(ipcMain, handlers, policy.isTrustedPage);
}

function createMainWindow(): BrowserWindow {
  const primary = screen.getPrimaryDisplay().workArea;
  const placed = placeWindow(
    parseWindowState(readWindowStateText()),
    screen.getAllDisplays().map((display) => display.workArea),
    primary,
  );
  const window = new BrowserWindow({
    ...placed.bounds,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: '工智 Gongzhi',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(outDir, 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would otherwise try to open links in new windows (denied anyway, but never asked).
      disableBlinkFeatures: 'Auxclick',
      devTools: isDev,
    },
  });
  if (placed.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => saveWindowState(window));
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  void window.loadURL(isDev && devUrl && policy.isTrustedPage(devUrl) ? devUrl : APP_ENTRY_URL);
  return window;
}

// One instance only: a second launch (e.g. double-clicking a backup file) focuses the first window,
// and two instances writing the same IndexedDB would fight over it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    // The default menu carries DevTools and reload shortcuts that a production user has no use for.
    if (!isDev && process.platform !== 'darwin') Menu.setApplicationMenu(null);
    installSessionPolicy();
    registerDesktopApi();
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
