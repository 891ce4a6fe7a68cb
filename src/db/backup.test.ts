import { describe, expect, it } from 'vitest';
import { serialiseBackup, type WorkspaceSnapshot } from '../core/backup';
import { materialiseBlobs } from '../core/backup/test-support';
import { exportWorkspace, inspectBackup, restoreWorkspace } from './backup';
import { openDatabase, type DatabaseOptions, type GongzhiDatabase } from './database';
import { migrations, type Migration } from './migrations';
import { freshIndexedDb } from './test-support';

const metadata = { appVersion: '0.1.0', createdAt: new Date('2026-05-01T10:00:00Z') };

// Stands in for a later feature's migration: a table holding binary data, as inspection results will.
const thumbnails: Migration = { version: migrations.length + 1, description: 'test: thumbnails', stores: { thumbnails: 'id, companyId' } };
const withThumbnails = [...migrations, thumbnails];

function company(id: string, name: string) {
  return {
    id,
    name,
    industryType: 'discrete' as const,
    isDemo: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

async function seeded(options: DatabaseOptions = {}): Promise<GongzhiDatabase> {
  const db = await openDatabase({ ...freshIndexedDb(), migrations: withThumbnails, ...options });
  await db.companies.bulkAdd([company('a', '甲厂'), company('b', '乙厂')]);
  await db.settings.put({ id: 'settings', language: 'en', largeText: true, activeCompanyId: 'a' });
  await db.table('thumbnails').put({
    id: 't1',
    companyId: 'a',
    image: new Blob([new Uint8Array([1, 2, 3, 250])], { type: 'image/jpeg' }),
    embedding: new Float32Array([0.25, -3]),
  });
  return db;
}

async function contents(db: GongzhiDatabase): Promise<unknown> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return materialiseBlobs(Object.fromEntries(entries));
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );
}

describe('workspace backup and restore', () => {
  it('restores every table, binary data included, into another installation', async () => {
    const source = await seeded();
    const bytes = await exportWorkspace(source, metadata);
    const target = await openDatabase({ ...freshIndexedDb(), migrations: withThumbnails });
    await target.companies.add(company('z', '将被替换'));
    const header = await restoreWorkspace(target, bytes);
    expect(header.tables.filter((table) => table.rows > 0)).toEqual([
      { name: 'companies', rows: 2 },
      { name: 'settings', rows: 1 },
      { name: 'thumbnails', rows: 1 },
    ]);
    expect(await contents(target)).toStrictEqual(await contents(source));
    expect(await target.companies.get('z')).toBeUndefined();
  });

  it('inspects a file before restoring: header of an intact, compatible backup', async () => {
    const db = await seeded();
    const header = await inspectBackup(db, await exportWorkspace(db, metadata));
    expect(header).toMatchObject({ appVersion: '0.1.0', createdAt: '2026-05-01T10:00:00.000Z', schemaVersion: thumbnails.version });
  });

  it('refuses a file whose last table repeats a key before writing anything', async () => {
    const db = await seeded();
    const before = await contents(db);
    const empty = Object.fromEntries(db.tables.map((table) => [table.name, []]));
    const broken: WorkspaceSnapshot = {
      schemaVersion: db.verno,
      tables: { ...empty, companies: [company('n', '新厂')], thumbnails: [{ id: 'x' }, { id: 'x' }] },
    };
    const error = await failureOf(restoreWorkspace(db, await serialiseBackup(broken, metadata)));
    expect(error).toMatchObject({ code: 'backup.invalidRows', params: { table: 'thumbnails', row: 2, field: 'id' } });
    expect(await contents(db)).toStrictEqual(before);
  });

  it('reports a full disk during restore as storage.quotaExceeded and keeps the old data', async () => {
    const db = await seeded();
    const bytes = await exportWorkspace(db, metadata);
    await db.companies.add(company('c', '丙厂'));
    const before = await contents(db);
    db.table('thumbnails').hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await failureOf(restoreWorkspace(db, bytes))).toMatchObject({ code: 'storage.quotaExceeded' });
    expect(await contents(db)).toStrictEqual(before);
  });

  it('refuses a backup from a newer database version or with an unknown table, changing nothing', async () => {
    const db = await seeded();
    const before = await contents(db);
    const newer = await serialiseBackup({ schemaVersion: db.verno + 1, tables: { companies: [] } }, metadata);
    expect(await failureOf(restoreWorkspace(db, newer))).toMatchObject({
      code: 'backup.newerSchema',
      params: { fileVersion: db.verno + 1, supportedVersion: db.verno },
    });
    const foreignTable = await serialiseBackup({ schemaVersion: 1, tables: { companies: [], spaceships: [{ id: 1 }] } }, metadata);
    expect(await failureOf(inspectBackup(db, foreignTable))).toMatchObject({
      code: 'backup.unknownTable',
      params: { table: 'spaceships' },
    });
    expect(await failureOf(restoreWorkspace(db, foreignTable))).toMatchObject({ code: 'backup.unknownTable' });
    // A table that only exists from a later version is unknown in a backup claiming an earlier one.
    const early = await serialiseBackup({ schemaVersion: 1, tables: { thumbnails: [] } }, metadata);
    expect(await failureOf(restoreWorkspace(db, early))).toMatchObject({ code: 'backup.unknownTable', params: { table: 'thumbnails' } });
    expect(await contents(db)).toStrictEqual(before);
  });

  it('upgrades an old backup through the same migrations and removes the scratch database', async () => {
    const idb = freshIndexedDb();
    const oldApp = await openDatabase({ ...idb, name: 'old-install' });
    await oldApp.companies.add({ ...company('a', '  甲厂 '), subSector: undefined });
    const oldBackup = await exportWorkspace(oldApp, metadata);

    // A later version that reshapes rows and adds a table, as a real migration would.
    const normaliseNames: Migration = {
      version: migrations.length + 1,
      description: 'test: trim names, add notes table',
      stores: { notes: 'id' },
      upgrade: (tx) =>
        tx
          .table('companies')
          .toCollection()
          .modify((row: { name: string }) => {
            row.name = row.name.trim();
          })
          .then(() => undefined),
    };
    const newApp = await openDatabase({ ...idb, migrations: [...migrations, normaliseNames] });
    await newApp.table('notes').add({ id: 'n1', text: '将被替换' });
    await restoreWorkspace(newApp, oldBackup);
    expect(await newApp.companies.toArray()).toEqual([{ ...company('a', '甲厂'), subSector: undefined }]);
    expect(await newApp.table('notes').count()).toBe(0);
    const names = (await idb.indexedDB.databases()).map((info) => info.name).sort();
    expect(names).toEqual(['gongzhi', 'old-install']);
  });

  it('reports an export from a closed database as storage.databaseClosed', async () => {
    const db = await seeded();
    db.close();
    expect(await failureOf(exportWorkspace(db, metadata))).toMatchObject({ code: 'storage.databaseClosed' });
  });
});
