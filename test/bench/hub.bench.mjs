// Park hub benchmark (issue 17), on loopback against a throw-away PostgreSQL (Debian's package, fsync on):
// 1. load: 50 simulated installations push 20,000 quick-check assessments at once (batches of 50):
//    sustained bundles per second, p50/p95 latency of a batch, the hub's CPU (% of one core) and peak memory,
//    and the pooled-figures read over the 20,000 stored rows (first, then cached);
// 2. faults: the same push into a fresh database, and when 30 % is through the hub is SIGKILLed and PostgreSQL
//    crash-restarted (immediate stop); a new hub starts on the same port and the installations keep retrying.
//    Afterwards every assessment is stored exactly once and no outbox has an item left.
// Run alone: `node test/bench/hub.bench.mjs` (GZ_BENCH_HUB_COUNT=2000 for a quick run). Figures: src/hub/README.md.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { load, root } from './bench-support.mjs';
import { api, enrolInstallations, ensureHubBuilt, percentile, pushOutbox, sampleProcess, startHubProcess } from './hub-bench-support.mjs';

const INSTALLATIONS = 50;
const COUNT = Number(process.env.GZ_BENCH_HUB_COUNT ?? 20_000);
const BATCH = 50;

async function makeItems() {
  const { findFramework } = await load('src/core/assessment/bundled-frameworks.ts');
  const { quickCheckBundle } = await load('src/core/park/test-support.ts');
  const framework = findFramework('quick-check');
  // installation k sends assessments k, k+50, k+100 …, each of its own client company
  const perInstallation = Array.from({ length: INSTALLATIONS }, () => []);
  for (let i = 0; i < COUNT; i++)
    perInstallation[i % INSTALLATIONS].push({
      id: `a-${i}`,
      kind: 'assessment',
      companyLocalId: `c-${i}`,
      bundle: JSON.parse(quickCheckBundle(framework, i)),
    });
  return perInstallation;
}

async function createDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function storedCounts(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    'SELECT (SELECT count(*) FROM assessments)::int AS stored, (SELECT count(DISTINCT fingerprint) FROM assessments)::int AS distinct_fingerprints, (SELECT count(*) FROM sync_items)::int AS items',
  );
  await client.end();
  return rows[0];
}

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function loadRun(bundle, serverUrl, perInstallation) {
  const databaseUrl = await createDatabase(serverUrl, 'hub_bench_load');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const hub = await startHubProcess(bundle, { databaseUrl, port });
  try {
    const { adminToken, tokens } = await enrolInstallations(base, INSTALLATIONS);
    const latencies = [];
    const stopSampling = sampleProcess(hub.pid);
    const start = performance.now();
    const deadline = Date.now() + 600_000;
    const outcomes = await Promise.all(
      tokens.map((token, k) => pushOutbox({ base, token, items: perInstallation[k], batch: BATCH, deadline, latencies })),
    );
    const seconds = (performance.now() - start) / 1000;
    const usage = stopSampling();
    const left = outcomes.reduce((s, o) => s + o.left, 0);
    if (left > 0) throw new Error(`load run: ${left} items not sent`);
    const counts = await storedCounts(databaseUrl);
    if (counts.stored !== COUNT) throw new Error(`load run: ${counts.stored} stored, expected ${COUNT}`);
    const reads = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const figures = await api(base, 'GET', '/api/v1/park/figures?frameworkId=quick-check', adminToken);
      reads.push(performance.now() - t0);
      if (figures.companies !== COUNT) throw new Error(`figures pooled ${figures.companies} companies`);
    }
    return {
      hub_push_bundles_per_s: Math.round(COUNT / seconds),
      hub_push_batch_p50_ms: Math.round(percentile(latencies, 50)),
      hub_push_batch_p95_ms: Math.round(percentile(latencies, 95)),
      hub_push_cpu_percent: Math.round(usage.cpuPercent),
      hub_push_peak_rss_mb: usage.peakRssMb,
      hub_push_errors_count: outcomes.reduce((s, o) => s + o.errors, 0),
      // the first read computes the figures over every company; later ones come from the hub's cache
      hub_figures_first_read_ms: Math.round(reads[0]),
      hub_figures_cached_read_median_ms: Math.round(percentile(reads.slice(1), 50) * 10) / 10,
    };
  } finally {
    hub.kill('SIGTERM');
  }
}

async function faultRun(bundle, server, perInstallation) {
  const databaseUrl = await createDatabase(server.url, 'hub_bench_fault');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let hub = await startHubProcess(bundle, { databaseUrl, port });
  try {
    const { tokens } = await enrolInstallations(base, INSTALLATIONS);
    let sent = 0;
    let recovery;
    const latencies = [];
    const deadline = Date.now() + 600_000;
    const start = performance.now();
    const pushes = Promise.all(
      tokens.map((token, k) =>
        pushOutbox({
          base,
          token,
          items: perInstallation[k],
          batch: BATCH,
          deadline,
          latencies,
          onSent: (n) => {
            sent += n;
            if (!recovery && sent >= COUNT * 0.3) recovery = crashAndRecover();
          },
        }),
      ),
    );
    async function crashAndRecover() {
      const t0 = performance.now();
      hub.kill('SIGKILL');
      server.restart();
      hub = await startHubProcess(bundle, { databaseUrl, port });
      return (performance.now() - t0) / 1000;
    }
    const outcomes = await pushes;
    const seconds = (performance.now() - start) / 1000;
    const recoverySeconds = recovery ? await recovery : NaN;
    const left = outcomes.reduce((s, o) => s + o.left, 0);
    const counts = await storedCounts(databaseUrl);
    const exactlyOnce = counts.stored === COUNT && counts.distinct_fingerprints === COUNT && counts.items === COUNT && left === 0;
    console.log(
      `hub faults: ${counts.stored} stored (${counts.distinct_fingerprints} distinct), ${counts.items} outbox items recorded, ${left} left in outboxes, ${outcomes.reduce((s, o) => s + o.errors, 0)} failed batches retried`,
    );
    if (!exactlyOnce) throw new Error('fault run: not every assessment stored exactly once');
    return {
      hub_fault_stored_exactly_once_bool: exactlyOnce ? 1 : 0,
      hub_fault_outbox_items_left_count: left,
      hub_fault_recovery_s: Math.round(recoverySeconds * 10) / 10,
      hub_fault_retried_batches_count: outcomes.reduce((s, o) => s + o.errors, 0),
      hub_fault_push_total_s: Math.round(seconds * 10) / 10,
    };
  } finally {
    hub.kill('SIGTERM');
  }
}

export async function run() {
  const bundle = ensureHubBuilt(root);
  const { startTestPostgres } = await load('test/hub/support/postgres.ts');
  const server = await startTestPostgres({ durable: true });
  try {
    const perInstallation = await makeItems();
    const loadAvg = () =>
      loadavg()
        .map((v) => v.toFixed(2))
        .join(' ');
    console.log(`hub: ${COUNT} assessments from ${INSTALLATIONS} installations, ${cpus().length} cores, load average ${loadAvg()}`);
    const figures = await loadRun(bundle, server.url, perInstallation);
    console.log('hub load:', figures);
    Object.assign(figures, await faultRun(bundle, server, perInstallation));
    console.log(`hub: load average after ${loadAvg()}; PostgreSQL ${spawnSync('psql', ['--version']).stdout?.toString().trim() ?? ''}`);
    return figures;
  } finally {
    server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await run());
}
