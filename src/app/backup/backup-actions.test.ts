import { describe, expect, it } from 'vitest';
import { openDatabase, type GongzhiDatabase } from '../../db/database';
import { CompanyRepository } from '../../db/company-repository';
import { freshIndexedDb } from '../../db/test-support';
import { memoryPlatform } from '../test-support';
import { applyRestore, backupFileName, chooseBackup, saveBackup, toDisplayError, type BackupDeps } from './backup-actions';

const filter = { name: 'Backup', extensions: ['gzbak'] };

async function installation(): Promise<{ db: GongzhiDatabase; deps: BackupDeps; host: ReturnType<typeof memoryPlatform> }> {
  const db = await openDatabase(freshIndexedDb());
  const host = memoryPlatform();
  return { db, host, deps: { platform: host.platform, database: () => Promise.resolve(db) } };
}

describe('backup panel actions', () => {
  it('names the file after the local date and time', () => {
    expect(backupFileName(new Date(2026, 5, 1, 9, 5))).toBe('gongzhi-backup-2026-06-01-0905.gzbak');
  });

  it('saves a backup that another installation can inspect and restore', async () => {
    const source = await installation();
    await new CompanyRepository(source.db).create({ name: '甲厂', industryType: 'discrete', isDemo: false });
    await saveBackup(source.deps, filter, new Date(2026, 5, 1, 9, 30));
    const request = source.host.saved[0];
    expect(request).toMatchObject({ suggestedName: 'gongzhi-backup-2026-06-01-0930.gzbak', filters: [filter] });

    const target = await installation();
    await new CompanyRepository(target.db).create({ name: '将被替换', industryType: 'process', isDemo: false });
    target.host.offer({ name: 'backup.gzbak', data: request?.data as Uint8Array });
    const pending = await chooseBackup(target.deps, filter);
    expect(pending?.header.appVersion).toBe('0.1.0');
    expect(pending?.header.tables.slice(0, 2)).toEqual([
      { name: 'companies', rows: 1 },
      { name: 'settings', rows: 0 },
    ]);
    // Inspecting changes nothing: only the confirmed restore does.
    expect((await new CompanyRepository(target.db).list()).map((c) => c.name)).toEqual(['将被替换']);
    if (!pending) throw new Error('expected a pending restore');
    await applyRestore(target.deps, pending);
    expect((await new CompanyRepository(target.db).list()).map((c) => c.name)).toEqual(['甲厂']);
  });

  it('returns nothing when the picker is cancelled, and a translated-code error for a foreign file', async () => {
    const { deps, host } = await installation();
    host.offer();
    expect(await chooseBackup(deps, filter)).toBeUndefined();
    host.offer({ name: 'photo.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    const error = await chooseBackup(deps, filter).catch((reason: unknown) => reason);
    expect(toDisplayError(error)).toEqual({ code: 'backup.notBackup', params: {} });
    expect(toDisplayError(new TypeError('x is undefined'))).toEqual({ code: 'storage.unknown', params: {} });
  });
});
