#!/usr/bin/env node
/**
 * Serves the built renderer (out/renderer) at http://127.0.0.1:<port>/ through the very handler the
 * desktop app uses for app://gongzhi/, so the browser build gets the same CSP and COOP/COEP headers
 * and is cross-origin isolated (multi-threaded WASM works in both).
 *
 *   node scripts/serve-web.mjs [--port N] [--root DIR] [--hub-origin URL]   (port 0 picks a free one)
 *
 * --hub-origin: the park hub the pages may fetch from (CSP connect-src), as the desktop app allows the hub
 * its user connected; without it nothing but this server is reachable.
 *
 * Tests and benchmarks: `const { url, close } = await startWebServer({ root, port: 0 })`.
 * Node >= 22.18 / 24 imports the TypeScript handler directly through type stripping.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppRequestHandler } from '../electron/main/app-protocol.ts';
import { createDirectoryReader } from '../electron/main/asset-reader.ts';

const HOST = '127.0.0.1';
export const DEFAULT_PORT = 5180;
export const DEFAULT_ROOT = fileURLToPath(new URL('../out/renderer', import.meta.url));

/**
 * Only origin-form targets ("/path?query") are served. "*" (OPTIONS *) and absolute-form targets
 * ("http://other/x", proxy style) would otherwise produce an invalid URL or name another host.
 * The target is concatenated, not resolved, so "//evil/x" stays a path and never becomes a host.
 */
function toRequest(origin, method = 'GET', target = '/') {
  if (!target.startsWith('/')) return null;
  try {
    return new Request(`${origin}${target}`, { method });
  } catch {
    return null;
  }
}

/**
 * @param {{ root?: string, port?: number, hubOrigin?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startWebServer({ root = DEFAULT_ROOT, port = DEFAULT_PORT, hubOrigin } = {}) {
  const readAsset = createDirectoryReader(resolve(root));
  /** @type {((request: Request) => Promise<Response>) | undefined} */
  let handle;
  const server = createServer((req, res) => {
    if (!handle) {
      res.writeHead(503).end();
      return;
    }
    const request = toRequest(origin, req.method, req.url);
    if (!request) {
      res.writeHead(400).end();
      return;
    }
    handle(request)
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
      })
      .catch((error) => {
        console.error('serve-web:', error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, HOST, () => resolveListen(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://${HOST}:${actualPort}`;
  handle = createAppRequestHandler({ readAsset, origin, hubOrigin: () => hubOrigin });
  return {
    url: `${origin}/`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose, rejectClose) => {
        server.closeAllConnections();
        server.close((error) => (error ? rejectClose(error) : resolveClose(undefined)));
      }),
  };
}

function parseArgs(argv) {
  const options = { port: DEFAULT_PORT, root: DEFAULT_ROOT };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--port' && value !== undefined) {
      options.port = Number(value);
      i += 1;
    } else if (arg === '--hub-origin' && value !== undefined) {
      options.hubOrigin = value;
      i += 1;
    } else if (arg === '--root' && value !== undefined) {
      options.root = resolve(value);
      i += 1;
    } else {
      throw new Error(`unknown argument: ${arg} (usage: serve-web.mjs [--port N] [--root DIR] [--hub-origin URL])`);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error(`--port must be an integer 0-65535, got ${options.port}`);
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { url } = await startWebServer(parseArgs(process.argv.slice(2)));
    console.log(`Gongzhi web build: ${url}`);
  } catch (error) {
    console.error(`serve-web: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
