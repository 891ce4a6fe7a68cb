/* global window, crypto, structuredClone */
// A stand-in for the Electron preload's DesktopApi (electron/preload/index.ts) for headless Chromium, so the
// bench and e2e tests can run the renderer on its desktop platform (src/platform/index.ts picks it when
// `window.gongzhi` exists). Install it before the app loads: `context.addInitScript(installFakeDesktopApi)`.
//
// What it keeps from the real path: the same six methods with the same argument and return shapes
// (src/shared/desktop-api.ts); picks answered with PickedFileInfo (random UUID ids, "/"-separated relative
// paths, sizes) and the bytes read lazily, one readPickedFile({ id }) per file; a "main" of its own (a worker)
// that holds the files and answers each call with a structured clone, which the page's main thread deserialises
// in a task of its own as it does an IPC reply, so each read returns a fresh copy the caller owns; errors reach
// the page as Electron words them ("Error invoking remote method '<channel>': Error: <code>"). What it leaves
// out: Electron's IPC transport and contextBridge (a worker message instead; contextBridge's extra copy into the
// page's world is not made), main's disk reads and dialogs (the files come from the worker's memory; the test
// says beforehand what the next dialog returns) and the argument schemas' full checks (only the shapes the
// renderer could get wrong: a malformed id is refused as invalid, an id that was never picked as not permitted).
//
// The test drives the "dialog" through `window.__gzFakeDesktop` (each call resolves once the worker has it):
// `addFiles([{ relativePath, base64 }])` adds files to what the next open dialog returns, `cancelNextPick()`
// empties it; `saved()` lists the saveFile calls, `counts()` the calls of the pick and read methods (so a test can
// tell that the app went through this API).
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
    setHubOrigin: 'gongzhi:set-hub-origin',
  };

  // The stand-in for main: keeps the files (the "disk") and the picks, answers one request at a time with
  // `post`. In a page it runs in a worker of its own (main is a process of its own): the file bytes never sit in
  // the page's heap, and each answer is serialised there and deserialised on the page's main thread, as an IPC
  // reply is. It is turned into the worker's source text, so it uses nothing from outside itself.
  function fakeMain(post) {
    /** id → bytes of every file picked in this page's life, as main's allow-list keeps them. */
    const picked = new Map();
    let nextPick = [];
    const saved = [];
    let hubOrigin = null;
    const counts = { openFiles: 0, openFolder: 0, readPickedFile: 0 };
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const isObject = (value) => typeof value === 'object' && value !== null;
    const check = (ok) => {
      if (!ok) throw new Error('platform.invalidRequest');
    };
    const remember = (entry, relativePath) => {
      const info = { id: crypto.randomUUID(), name: entry.relativePath.split('/').pop(), relativePath, size: entry.bytes.byteLength };
      picked.set(info.id, entry.bytes);
      return info;
    };
    const takePick = () => {
      const pick = nextPick;
      nextPick = [];
      return pick;
    };
    const api = {
      saveFile(args) {
        check(
          isObject(args) && typeof args.suggestedName === 'string' && (typeof args.data === 'string' || args.data instanceof Uint8Array),
        );
        saved.push({ suggestedName: args.suggestedName, data: args.data });
        return { status: 'saved', path: `/home/user/Documents/${args.suggestedName}` };
      },
      openFiles(args) {
        check(isObject(args) && typeof args.multiple === 'boolean');
        counts.openFiles++;
        const pick = takePick();
        // main answers a file pick with the bare names (relativePath = name)
        return (args.multiple ? pick : pick.slice(0, 1)).map((entry) => remember(entry, entry.relativePath.split('/').pop()));
      },
      openFolder(...args) {
        check(args.length === 0);
        counts.openFolder++;
        // main lists the folder sorted by name and skips dotfiles
        return takePick()
          .filter((entry) => !entry.relativePath.split('/').some((part) => part.startsWith('.')))
          .sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0))
          .map((entry) => remember(entry, entry.relativePath));
      },
      readPickedFile(args) {
        check(isObject(args) && typeof args.id === 'string' && uuid.test(args.id));
        counts.readPickedFile++;
        const bytes = picked.get(args.id);
        if (!bytes) throw new Error('platform.notPermitted');
        return bytes;
      },
      printToPdf(args) {
        check(isObject(args) && typeof args.suggestedName === 'string');
        return { status: 'cancelled' };
      },
      appInfo() {
        return {
          appName: 'Gongzhi',
          appVersion: '0.0.0-fake',
          shell: 'desktop',
          versions: { electron: 'fake' },
          platform: 'linux',
          arch: 'x64',
        };
      },
      setHubOrigin(args) {
        check(isObject(args) && (args.origin === null || (typeof args.origin === 'string' && /^https?:\/\/[^/\s;'*]+$/.test(args.origin))));
        const changed = args.origin !== hubOrigin;
        hubOrigin = args.origin;
        return { changed };
      },
    };
    const control = {
      addFiles(files) {
        nextPick.push(...files);
        return nextPick.length;
      },
      cancelNextPick() {
        nextPick = [];
      },
      counts: () => ({ ...counts }),
      saved: () => saved,
    };
    return ({ n, method, control: name, args }) => {
      try {
        post({ n, value: name ? control[name](...args) : api[method](...args) });
      } catch (error) {
        post({ n, error: error instanceof Error ? error.message : String(error) });
      }
    };
  }

  const pending = new Map();
  let sent = 0;
  const settle = ({ n, value, error }) => {
    const call = pending.get(n);
    pending.delete(n);
    // Electron rewrites an error thrown in main into this text
    if (error !== undefined) call.reject(new Error(`Error invoking remote method '${channels[call.method]}': Error: ${error}`));
    else call.resolve(value);
  };
  let send;
  if (typeof scope.Worker === 'function') {
    const source = `const handle = (${fakeMain.toString()})((message) => postMessage(message));\nonmessage = (event) => handle(event.data);`;
    const worker = new scope.Worker(scope.URL.createObjectURL(new scope.Blob([source], { type: 'text/javascript' })));
    worker.onmessage = (event) => settle(event.data);
    send = (message, transfer) => worker.postMessage(message, transfer);
  } else {
    // Node (the unit test): the same main, its requests and answers structured-cloned in tasks of their own
    const handle = fakeMain((message) => setTimeout(() => settle(structuredClone(message))));
    send = (message) => setTimeout(() => handle(structuredClone(message)));
  }
  const request = (message, transfer = []) =>
    new Promise((resolve, reject) => {
      const n = ++sent;
      pending.set(n, { method: message.method, resolve, reject });
      send({ ...message, n }, transfer);
    });
  const invoke =
    (method) =>
    (...args) =>
      request({ method, args });

  // contextBridge hands the page a frozen copy of the object: one function per method, nothing else
  const api = Object.fromEntries(Object.keys(channels).map((method) => [method, invoke(method)]));
  Object.defineProperty(scope, 'gongzhi', { value: Object.freeze(api), enumerable: true });
  const fromBase64 = (text) => {
    const binary = scope.atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  };
  Object.defineProperty(scope, '__gzFakeDesktop', {
    value: Object.freeze({
      addFiles(files) {
        const entries = files.map(({ relativePath, base64 }) => ({ relativePath, bytes: fromBase64(base64) }));
        // handed over, not copied: the page keeps none of the "disk"
        return request(
          { control: 'addFiles', args: [entries] },
          entries.map((entry) => entry.bytes.buffer),
        );
      },
      cancelNextPick: () => request({ control: 'cancelNextPick', args: [] }),
      counts: () => request({ control: 'counts', args: [] }),
      saved: () => request({ control: 'saved', args: [] }),
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
