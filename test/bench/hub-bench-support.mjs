/* global AbortSignal, setInterval, clearInterval */
// Pieces of the park hub benchmark (hub.bench.mjs): the hub as a child process, simulated installations with
// an outbox, and /proc sampling of the hub's CPU and memory. Loopback only; every loop has a deadline.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const ADMIN = { username: 'bench-admin', password: 'bench-admin-password' };

/** Builds out/hub/gongzhi-hub.js when it is missing or older than the hub's sources (run alone, not via run-bench). */
export function ensureHubBuilt(root) {
  const bundle = join(root, 'out/hub/gongzhi-hub.js');
  if (existsSync(bundle) && statSync(bundle).mtimeMs > Date.now() - 60_000) return bundle;
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.hub.config.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('building the hub failed');
  return bundle;
}

/** Starts the built hub on 127.0.0.1:port and resolves once /health answers (at most 30 s). */
export async function startHubProcess(bundle, { databaseUrl, port }) {
  const child = spawn(process.execPath, [bundle], {
    env: {
      PATH: process.env.PATH,
      HUB_DATABASE_URL: databaseUrl,
      HUB_PORT: String(port),
      HUB_HOST: '127.0.0.1',
      HUB_DB_POOL_SIZE: '20',
      HUB_PARK_NAME: '基准园区',
      HUB_ADMIN_USERNAME: ADMIN.username,
      HUB_ADMIN_PASSWORD: ADMIN.password,
      HUB_LOGIN_RATE_LIMIT: '1000',
    },
    // the hub logs every request at info level (as in production); the bench discards the lines
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the hub exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) })).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error('the hub did not answer /health within 30 s');
}

/** Samples a process's CPU time and resident memory from /proc every 200 ms until stopped. */
export function sampleProcess(pid) {
  const ticksPerSecond = 100;
  const read = () => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      return { cpuSeconds: (Number(stat[11]) + Number(stat[12])) / ticksPerSecond, rssKb: rss };
    } catch {
      return undefined;
    }
  };
  const first = read();
  const start = performance.now();
  let peakRssKb = first?.rssKb ?? 0;
  const timer = setInterval(() => {
    const now = read();
    if (now) peakRssKb = Math.max(peakRssKb, now.rssKb);
  }, 200);
  return () => {
    clearInterval(timer);
    const last = read();
    const seconds = (performance.now() - start) / 1000;
    return {
      cpuPercent: last && first ? ((last.cpuSeconds - first.cpuSeconds) / seconds) * 100 : NaN,
      peakRssMb: Math.round((Math.max(peakRssKb, last?.rssKb ?? 0) / 1024) * 10) / 10,
    };
  };
}

export async function api(base, method, path, token, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** The park administrator enrols `count` installations of one provider; returns their device tokens. */
export async function enrolInstallations(base, count) {
  const { token } = await api(base, 'POST', '/api/v1/login', undefined, ADMIN);
  const provider = await api(base, 'POST', '/api/v1/providers', token, { name: '基准服务商' });
  const tokens = [];
  for (let i = 0; i < count; i++) {
    const { code } = await api(base, 'POST', '/api/v1/enrolment-codes', token, { providerId: provider.id });
    tokens.push((await api(base, 'POST', '/api/v1/enrol', undefined, { code, name: `installation-${i}` })).deviceToken);
  }
  return { adminToken: token, tokens };
}

/**
 * One simulated installation: an outbox of items, pushed in batches; an item leaves the outbox only when the
 * hub has answered for it (stored or duplicate). Network errors and 5xx answers are retried after a short
 * wait; the loop stops when the outbox is empty or at the deadline, whichever comes first.
 */
export async function pushOutbox({ base, token, items, batch, deadline, latencies, onSent }) {
  const outbox = [...items];
  let errors = 0;
  const results = new Map();
  while (outbox.length > 0 && Date.now() < deadline) {
    const chunk = outbox.slice(0, batch);
    const started = performance.now();
    try {
      const response = await fetch(`${base}/api/v1/sync`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ items: chunk }),
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) throw new Error(`sync answered ${response.status}`);
      const { results: answered } = await response.json();
      latencies.push(performance.now() - started);
      for (const r of answered) {
        if (r.status === 'refused') throw new Error(`item ${r.id} refused: ${JSON.stringify(r.reason)}`);
        results.set(r.id, r.status);
      }
      outbox.splice(0, chunk.length);
      onSent?.(chunk.length);
    } catch (error) {
      if (String(error).includes('refused:')) throw error;
      errors += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * errors)));
    }
  }
  return { left: outbox.length, errors, results };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
