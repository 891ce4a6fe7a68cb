/* global MessageChannel, window */
// A stand-in for the Electron preload's DesktopApi (electron/preload/index.ts) for headless Chromium, so the
// bench and e2e tests can run the renderer on its desktop platform (src/platform/index.ts picks it when
// `window.gongzhi` exists). Install it before the app loads: `context.addInitScript(installFakeDesktopApi)`.
//
// What it keeps from the real path: the same six methods with the same argument and return shapes
// (src/shared/desktop-api.ts); picks answered with PickedFileInfo (random UUID ids, "/"-separated relative
// paths, sizes) and the bytes read lazily, one readPickedFile({ id }) per file; every answer arrives in a task
// of its own, structured-cloned (a MessageChannel, as an IPC reply is deserialised on the renderer's main
// thread), so each read returns a fresh copy the caller owns; errors reach the page as Electron words them
// ("Error invoking remote method '<channel>': Error: <code>"). What it leaves out: the main process and the
// IPC transport themselves (file bytes come from page memory, not from disk through main), the dialogs
// (the test says beforehand what the next dialog returns) and the argument schemas' full checks (only the
// shapes the renderer could get wrong: an id that was never picked is refused as main refuses it).
//
// The test drives the "dialog" through `window.__gzFakeDesktop`: `addFiles([{ relativePath, base64 }])` adds
// files to what the next open dialog returns, `cancelNextPick()` empties it; `saved` lists saveFile calls, `counts` the calls of
// the pick and read methods (so a test can tell that the app went through this API).
// This function is serialised into the page by Playwright: it must not use anything from its module scope.

/** Installs `gongzhi` (the preload's global) and `__gzFakeDesktop` (the test's handle) on `scope`. */
export function installFakeDesktopApi(scope = globalThis) {
  const channels = {
    saveFile: 'gongzhi:save-file',
    openFiles: 'gongzhi:open-files',
    openFolder: 'gongzhi:open-folder',
    readPickedFile: 'gongzhi:read-picked-file',
    printToPdf: 'gongzhi:print-to-pdf',
    appInfo: 'gongzhi:app-info',
  };
  /** id → { info, bytes } of every file picked in this page's life, as main's allow-list keeps them. */
  const picked = new Map();
  let nextPick = [];
  const saved = [];
  const counts = { openFiles: 0, openFolder: 0, readPickedFile: 0 };

  // An IPC reply: a structured clone that arrives as a task of its own.
  const reply = (value) =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => {
        channel.port1.close();
        resolve(event.data);
      };
      channel.port2.postMessage(value);
      channel.port2.close();
    });
  const fail = (method, code) => reply(undefined).then(() => Promise.reject(new Error(`Error invoking remote method '${channels[method]}': Error: ${code}`)));
  const remember = (entry, relativePath) => {
    const info = { id: scope.crypto.randomUUID(), name: entry.relativePath.split('/').pop(), relativePath, size: entry.bytes.byteLength };
    picked.set(info.id, { info, bytes: entry.bytes });
    return info;
  };
  const takePick = () => {
    const pick = nextPick;
    nextPick = [];
    return pick;
  };
  const fromBase64 = (text) => {
    const binary = scope.atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  };
  const isObject = (value) => typeof value === 'object' && value !== null;

  const api = {
    saveFile(args) {
      if (!isObject(args) || typeof args.suggestedName !== 'string' || !(typeof args.data === 'string' || args.data instanceof Uint8Array)) return fail('saveFile', 'platform.invalidRequest');
      saved.push({ suggestedName: args.suggestedName, data: typeof args.data === 'string' ? args.data : args.data.slice() });
      return reply({ status: 'saved', path: `/home/user/Documents/${args.suggestedName}` });
    },
    openFiles(args) {
      if (!isObject(args) || typeof args.multiple !== 'boolean') return fail('openFiles', 'platform.invalidRequest');
      counts.openFiles++;
      const pick = takePick();
      // main answers a file pick with the bare names (relativePath = name)
      return reply((args.multiple ? pick : pick.slice(0, 1)).map((entry) => remember(entry, entry.relativePath.split('/').pop())));
    },
    openFolder(...args) {
      if (args.length > 0) return fail('openFolder', 'platform.invalidRequest');
      counts.openFolder++;
      // main lists the folder sorted by name and skips dotfiles
      const pick = takePick()
        .filter((entry) => !entry.relativePath.split('/').some((part) => part.startsWith('.')))
        .sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
      return reply(pick.map((entry) => remember(entry, entry.relativePath)));
    },
    readPickedFile(args) {
      if (!isObject(args) || typeof args.id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(args.id)) return fail('readPickedFile', 'platform.invalidRequest');
      counts.readPickedFile++;
      const entry = picked.get(args.id);
      return entry ? reply(entry.bytes) : fail('readPickedFile', 'platform.notPermitted');
    },
    printToPdf(args) {
      if (!isObject(args) || typeof args.suggestedName !== 'string') return fail('printToPdf', 'platform.invalidRequest');
      return reply({ status: 'cancelled' });
    },
    appInfo() {
      return reply({ appName: 'Gongzhi', appVersion: '0.0.0-fake', shell: 'desktop', versions: { electron: 'fake' }, platform: 'linux', arch: 'x64' });
    },
  };
  // contextBridge hands the page a frozen copy of the object
  Object.defineProperty(scope, 'gongzhi', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(scope, '__gzFakeDesktop', {
    value: Object.freeze({
      addFiles(files) {
        for (const { relativePath, base64 } of files) nextPick.push({ relativePath, bytes: fromBase64(base64) });
        return nextPick.length;
      },
      cancelNextPick() {
        nextPick = [];
      },
      saved,
      counts,
    }),
  });
}

/** Node side: hands `files` ({ relativePath, bytes }) to the page's fake as the next dialog's answer, in chunks of about 8 MB. */
export async function stageFakePick(page, files) {
  let chunk = [];
  let size = 0;
  const send = async () => {
    if (chunk.length > 0) await page.evaluate((list) => window.__gzFakeDesktop.addFiles(list), chunk);
    chunk = [];
    size = 0;
  };
  for (const { relativePath, bytes } of files) {
    const base64 = Buffer.from(bytes).toString('base64');
    chunk.push({ relativePath, base64 });
    size += base64.length;
    if (size > 8 * 1024 * 1024) await send();
  }
  await send();
}
