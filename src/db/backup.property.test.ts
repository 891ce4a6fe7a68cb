import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { materialiseBlobs } from '../core/backup/test-support';
import { exportWorkspace, restoreWorkspace } from './backup';
import { openDatabase, type GongzhiDatabase } from './database';
import { migrations, type Migration } from './migrations';
import { freshIndexedDb } from './test-support';

// A stand-in for later features' tables: binary payloads keyed by an auto-incremented number.
const samples: Migration = { version: migrations.length + 1, description: 'test: samples', stores: { samples: '++seq, label' } };
const steps = [...migrations, samples];

const blob = fc
  .tuple(fc.uint8Array({ maxLength: 64 }), fc.constantFrom('image/png', 'image/jpeg', ''))
  .map(([bytes, type]) => new Blob([bytes.slice()], { type }));

// Restore refuses dates the app cannot have written (core/backup/check-rows.ts).
const appDate = fc.date({ noInvalidDate: true, min: new Date('2000-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z') });

const companyRows = fc.uniqueArray(
  fc.record(
    {
      id: fc.uuid(),
      // as the company form stores it: trimmed, never blank
      name: fc
        .string({ minLength: 1 })
        .map((name) => name.trim())
        .filter((name) => name !== ''),
      industryType: fc.constantFrom('discrete', 'process'),
      isDemo: fc.boolean(),
      createdAt: appDate.map((date) => date.toISOString()),
      updatedAt: appDate.map((date) => date.toISOString()),
      notes: fc.option(fc.string(), { nil: undefined }),
    },
    { noNullPrototype: true },
  ),
  { selector: (row) => row.id, maxLength: 6 },
);

const sampleRows = fc.array(
  fc.record({ label: fc.string(), image: blob, features: fc.float32Array({ maxLength: 16 }), takenAt: appDate }, { noNullPrototype: true }),
  { maxLength: 4 },
);

async function contents(db: GongzhiDatabase): Promise<unknown> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return materialiseBlobs(Object.fromEntries(entries));
}

describe('workspace backup through IndexedDB (property)', () => {
  it('restores any workspace into another installation exactly', async () => {
    await fc.assert(
      fc.asyncProperty(companyRows, sampleRows, fc.constantFrom('zh-CN', 'en', 'zh-TW'), async (companies, rows, language) => {
        const source = await openDatabase({ ...freshIndexedDb(), migrations: steps });
        await source.companies.bulkAdd(companies);
        await source.settings.put({ id: 'settings', language, largeText: true });
        await source.table('samples').bulkAdd(rows);
        const target = await openDatabase({ ...freshIndexedDb(), migrations: steps });
        await target.companies.add({ id: 'old', name: '旧', industryType: 'discrete', isDemo: false, createdAt: 'x', updatedAt: 'x' });
        await restoreWorkspace(target, await exportWorkspace(source, { appVersion: '0.1.0', createdAt: new Date() }));
        expect(await contents(target)).toStrictEqual(await contents(source));
        source.close();
        target.close();
      }),
      { numRuns: 40 },
    );
  });
});
