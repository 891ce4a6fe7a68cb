import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/hub-test-db';

/** The built hub (what `npm run hub` runs) as a real process on a loopback socket. */
const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'out', `hub-test-${process.pid}`);
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ migrate: false });
  await build({ configFile: join(root, 'vite.hub.config.ts'), logLevel: 'error', build: { outDir } });
}, 60_000);
afterAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  await database.drop();
});

interface Running {
  child: ChildProcess;
  logs: Record<string, unknown>[];
  waitForLog(msg: string, match?: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

function startHubProcess(env: Record<string, string>): Running {
  const child = spawn(process.execPath, [join(outDir, 'gongzhi-hub.js')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HUB_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const waiters: { test: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }[] = [];
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffered.slice(0, newline)) as Record<string, unknown>;
      buffered = buffered.slice(newline + 1);
      logs.push(line);
      for (const w of waiters.filter((x) => x.test(line))) w.resolve(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const running: Running = {
    child,
    logs,
    exited,
    waitForLog: (msg, match = () => true) => {
      const test = (line: Record<string, unknown>) => String(line.msg).startsWith(msg) && match(line);
      const seen = logs.find(test);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ test, resolve }));
    },
  };
  return running;
}

describe('gongzhi-hub process', () => {
  it('refuses to start without a database address, saying which variable to set', async () => {
    const child = spawn(process.execPath, [join(outDir, 'gongzhi-hub.js')], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('HUB_DATABASE_URL');
  });

  it('migrates, creates the park, serves /health, logs JSON, and on SIGTERM finishes the request in flight before exiting', async () => {
    const hub = startHubProcess({
      HUB_DATABASE_URL: database.url,
      HUB_PARK_NAME: '测试园区',
      HUB_ADMIN_USERNAME: 'admin',
      HUB_ADMIN_PASSWORD: 'a-long-admin-password',
    });
    try {
      const listening = await hub.waitForLog('Server listening at');
      const port = Number(/:(\d+)$/.exec(String(listening.msg))?.[1]);
      expect(hub.logs.some((l) => l.msg === 'park and administrator created')).toBe(true);
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });

      // a login whose body is still on its way when SIGTERM arrives
      const body = JSON.stringify({ username: 'admin', password: 'a-long-admin-password' });
      const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/api/v1/login',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 10));
        // once the hub says it is shutting down, the rest of the body follows
        void hub.waitForLog('shutting down').then(() => req.end(body.slice(10)));
      });
      await hub.waitForLog('incoming request', (line) => (line.req as { url?: string } | undefined)?.url === '/api/v1/login');
      hub.child.kill('SIGTERM');
      const response = await answer;
      expect(response.status).toBe(200);
      expect(JSON.parse(response.text)).toMatchObject({ role: 'park_admin' });
      expect(await hub.exited).toBe(0);
      expect(hub.logs.at(-1)?.msg).toBe('stopped');
      // structured logs without secrets
      expect(JSON.stringify(hub.logs)).not.toContain('a-long-admin-password');
    } finally {
      hub.child.kill('SIGKILL');
    }
  });
});
