import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Runs the real script in a plain Node child process: this proves the TypeScript handler imports
 * through Node's type stripping (no bundler), which `npm run web` and the e2e tests rely on.
 */
let dir = '';
let url = '';
let stop: () => void = () => {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gz-web-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><p>served</p>');
  await writeFile(join(dir, 'm.wasm'), new Uint8Array([0, 97, 115, 109]));
  const child = spawn(process.execPath, ['scripts/serve-web.mjs', '--port', '0', '--root', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  stop = () => child.kill();
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`serve-web exited with ${String(code)}: ${out}`)));
  });
});

afterAll(async () => {
  stop();
  await rm(dir, { recursive: true, force: true });
});

describe('serve-web.mjs', () => {
  it('serves the build with the app protocol headers so the page is cross-origin isolated', async () => {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('served');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('serves wasm with its streaming-compilable type and refuses traversal', async () => {
    const wasm = await fetch(`${url}m.wasm`);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
    expect((await fetch(`${url}..%2f..%2fetc%2fpasswd`)).status).toBe(403);
    expect((await fetch(url, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('answers malformed request targets with 400 and keeps serving', async () => {
    const { port } = new URL(url);
    const statusLine = (line: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.write(`${line}\r\nHost: x\r\nConnection: close\r\n\r\n`));
        let data = '';
        socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
        socket.on('close', () => resolve(data.split('\r\n')[0] ?? ''));
        socket.on('error', reject);
      });
    expect(await statusLine('OPTIONS * HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
    expect(await statusLine('GET http://evil.example/x HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
    expect((await fetch(url)).status).toBe(200);
  });
});
