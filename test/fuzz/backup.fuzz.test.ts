import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { gunzip } from '../../src/core/backup/bytes';
import { craftBackupFile, gzipText } from '../../src/core/backup/test-support';
import { exportWorkspace, openDatabase, restoreWorkspace, type GongzhiDatabase } from '../../src/db';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { mutateJson } from './support/mutate-json';
import type { Random } from './support/random';
import { caseCount, failuresOf, FUZZ_TIMEOUT_MS, runTarget, type FuzzTarget } from './support/run-target';
import { contents, freshDatabase, seedWorkspace } from './support/workspace';

const metadata = { appVersion: '0.1.0', createdAt: new Date('2026-03-02T09:00:00Z') };
const MAGIC_LINE = 'GONGZHI-BACKUP\n'.length;

/** Header text and payload of a file that still has a JSON header line; undefined once a mutation broke it. */
function split(bytes: Uint8Array): { header: string; payload: Uint8Array } | undefined {
  const end = bytes.indexOf(0x0a, MAGIC_LINE);
  if (end < 0) return undefined;
  const header = new TextDecoder().decode(bytes.subarray(MAGIC_LINE, end));
  try {
    JSON.parse(header);
  } catch {
    return undefined;
  }
  return { header, payload: bytes.subarray(end + 1) };
}

/** Changes the rows behind the header, then makes header, row counts and SHA-256 right again. */
async function resealedPayload(bytes: Uint8Array, rnd: Random): Promise<Uint8Array> {
  const parts = split(bytes);
  if (!parts) return bytes;
  let text: string;
  try {
    text = new TextDecoder().decode(await gunzip(parts.payload));
    JSON.parse(text);
  } catch {
    return bytes;
  }
  const mutated = mutateJson(text, rnd);
  const header = JSON.parse(parts.header) as Record<string, unknown>;
  try {
    const tables = (JSON.parse(mutated) as { tables?: Record<string, unknown> }).tables;
    if (tables && typeof tables === 'object' && rnd() < 0.9) {
      header.tables = Object.entries(tables).map(([name, rows]) => ({ name, rows: Array.isArray(rows) ? rows.length : 0 }));
    }
  } catch {
    // the mutation is not JSON the way JSON.parse reads it (20,000 levels are fine for it): keep the counts
  }
  return craftBackupFile(header, await gzipText(mutated));
}

/** Changes the header line only, keeping the payload. */
function header(bytes: Uint8Array, rnd: Random): Uint8Array {
  const parts = split(bytes);
  if (!parts) return bytes;
  const line = new TextEncoder().encode(`GONGZHI-BACKUP\n${mutateJson(parts.header, rnd)}\n`);
  const out = new Uint8Array(line.length + parts.payload.length);
  out.set(line);
  out.set(parts.payload, line.length);
  return out;
}

async function olderSchemaBackup(): Promise<Uint8Array> {
  const old = await openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange, upToVersion: 6 });
  await old.companies.add({
    id: 'c-old',
    name: '老厂',
    industryType: 'process',
    isDemo: false,
    createdAt: '2025-06-01T00:00:00.000Z',
    updatedAt: '2025-06-01T00:00:00.000Z',
  });
  await old.assessments.add({
    id: 'a-old',
    companyId: 'c-old',
    frameworkId: 'quick-check',
    frameworkVersion: '1.0.0',
    industryType: 'process',
    status: 'inProgress',
    answers: { strategy: { value: 'l2' } },
    createdAt: '2025-06-01T00:00:00.000Z',
    updatedAt: '2025-06-01T00:00:00.000Z',
  });
  const bytes = await exportWorkspace(old, metadata);
  old.close();
  return bytes;
}

let db: GongzhiDatabase;
let original: Uint8Array;
let baseline: unknown;

const target: FuzzTarget = {
  name: 'backup restore',
  seeds: async () => {
    db = await freshDatabase();
    await seedWorkspace(db);
    original = await exportWorkspace(db, metadata);
    await restoreWorkspace(db, original);
    baseline = await contents(db);
    const empty = await freshDatabase();
    const emptyBackup = await exportWorkspace(empty, metadata);
    empty.close();
    return [original, emptyBackup, await olderSchemaBackup()];
  },
  mutators: { resealedPayload, header },
  run: async (bytes) => {
    await restoreWorkspace(db, bytes);
    return { accepted: true };
  },
  intact: async () => isDeepStrictEqual(await contents(db), baseline),
  reset: async () => {
    await restoreWorkspace(db, original);
  },
};

describe('fuzz: backup restore', () => {
  it(
    'restores or refuses every mutated backup with a translated error, and a refused file changes nothing',
    async () => {
      const stats = await runTarget(target, caseCount(100));
      expect(stats.accepted).toBeGreaterThanOrEqual(3);
      expect(stats.refusedTranslated).toBeGreaterThan(stats.cases / 2);
      expect(failuresOf(stats)).toEqual({ untranslated: 0, overBudget: 0, partialWrites: 0, problems: [] });
    },
    FUZZ_TIMEOUT_MS,
  );
});
