// Workspace backup benchmark: export and restore of a provider-sized workspace (200 companies, 600
// assessments with answers, 300 inspection thumbnails of ~16 KB) on fake-indexeddb in Node, which is slower
// than Chromium's IndexedDB, so export/restore figures are upper bounds; serialise/parse time the file format
// alone. Target for the user-visible wait: export ≤ 2 s and restore ≤ 3 s on this machine. `export async function run(ctx)`
// returns flat figures with units in their names; run alone with `node test/bench/backup.bench.mjs`.
import { performance } from 'node:perf_hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { load, median } from './bench-support.mjs';

const round = (value) => Math.round(value * 10) / 10;

/** Deterministic pseudo-random bytes, so runs are comparable and compression is realistic (JPEG-like, incompressible). */
function noise(length, seed) {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1664525 + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

async function seed(db) {
  const stamp = '2026-03-01T08:00:00.000Z';
  const companies = Array.from({ length: 200 }, (_, i) => ({
    id: `c${i}`,
    name: `重庆第${i}精密机械有限公司`,
    industryType: i % 3 ? 'discrete' : 'process',
    isDemo: false,
    cluster: 'smart-equipment',
    notes: '园区对接活动现场评估，关注质量检测与设备联网。',
    createdAt: stamp,
    updatedAt: stamp,
  }));
  await db.companies.bulkAdd(companies);
  await db.settings.put({ id: 'settings', language: 'zh-CN', largeText: false, activeCompanyId: 'c0' });
  const answers = Object.fromEntries(
    Array.from({ length: 100 }, (_, q) => [`q${q}`, { value: [1, 0.8, 0.5, 0][q % 4], note: '有纸质记录' }]),
  );
  await db.table('assessments').bulkAdd(
    Array.from({ length: 600 }, (_, i) => ({
      id: `a${i}`,
      companyId: `c${i % 200}`,
      frameworkId: 'cmmm-2020',
      frameworkVersion: '1.0.0',
      industryType: 'discrete',
      status: 'completed',
      answers,
      createdAt: stamp,
      updatedAt: stamp,
    })),
  );
  await db.table('thumbnails').bulkAdd(
    Array.from({ length: 300 }, (_, i) => ({
      id: `t${i}`,
      image: new Blob([noise(16_000, i + 1)], { type: 'image/jpeg' }),
      score: i / 300,
    })),
  );
}

async function timed(task) {
  const start = performance.now();
  const result = await task();
  return [performance.now() - start, result];
}

/** ctx.runs samples of each figure, reported as medians (the machine is shared, single samples are noisy). */
export async function run(ctx = {}) {
  const runs = ctx.runs ?? 3;
  const { openDatabase } = await load('src/db/database.ts');
  const { migrations } = await load('src/db/migrations/index.ts');
  const { exportWorkspace, restoreWorkspace } = await load('src/db/backup.ts');
  const { parseBackup, serialiseBackup } = await load('src/core/backup/index.ts');
  // Inspection results do not have a table yet; this stands in for them so binary data is measured.
  const steps = [...migrations, { version: migrations.length + 1, description: 'bench: thumbnails', stores: { thumbnails: 'id' } }];
  const options = () => ({ indexedDB: new IDBFactory(), IDBKeyRange, migrations: steps });
  const metadata = { appVersion: 'bench', createdAt: new Date() };

  const source = await openDatabase(options());
  await seed(source);
  const samples = { backup_export_ms: [], backup_restore_ms: [], backup_serialise_ms: [], backup_parse_ms: [] };
  let bytes;
  for (let i = 0; i < runs; i++) {
    const [exportMs, exported] = await timed(() => exportWorkspace(source, metadata));
    bytes = exported;
    const target = await openDatabase(options());
    const [restoreMs] = await timed(() => restoreWorkspace(target, bytes));
    if ((await target.table('thumbnails').count()) !== 300) throw new Error('restore lost rows');
    target.close();
    // The file format alone (no database): what fake-indexeddb's own slowness does not distort.
    const [parseMs, parsed] = await timed(() => parseBackup(bytes));
    const [serialiseMs] = await timed(() => serialiseBackup(parsed.snapshot, metadata));
    samples.backup_export_ms.push(exportMs);
    samples.backup_restore_ms.push(restoreMs);
    samples.backup_serialise_ms.push(serialiseMs);
    samples.backup_parse_ms.push(parseMs);
  }
  source.close();
  const figures = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, round(median(values))]));
  return { ...figures, backup_file_kb: round(bytes.length / 1024) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run({ runs: 3 }), null, 2));
}
