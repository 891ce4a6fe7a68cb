import { describe, expect, it } from 'vitest';
import { CompanyRepository, type CompanyInput } from './company-repository';
import { openDatabase } from './database';
import { StorageError } from './errors';
import { SettingsRepository } from './settings-repository';
import { freshIndexedDb } from './test-support';

function steppingClock() {
  let tick = 0;
  return {
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)),
    newId: () => `c${tick}`,
  };
}

const base: CompanyInput = { name: '重庆长江机械有限公司', industryType: 'discrete', isDemo: false };

async function setup() {
  const db = await openDatabase(freshIndexedDb());
  return { db, companies: new CompanyRepository(db, steppingClock()), settings: new SettingsRepository(db) };
}

describe('CompanyRepository', () => {
  it('creates a company with id and timestamps and reads it back after reopening', async () => {
    const idb = freshIndexedDb();
    const db = await openDatabase(idb);
    const created = await new CompanyRepository(db, steppingClock()).create({ ...base, name: '  甲厂  ', cluster: 'auto' });
    expect(created).toMatchObject({ name: '甲厂', cluster: 'auto', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(created.updatedAt).toBe(created.createdAt);
    db.close();
    const reopened = await openDatabase(idb);
    expect(await new CompanyRepository(reopened).get(created.id)).toEqual(created);
  });

  it('refuses a blank name with a coded error and stores nothing', async () => {
    const { companies } = await setup();
    await expect(companies.create({ ...base, name: '   ' })).rejects.toMatchObject({ code: 'storage.companyNameRequired' });
    expect(await companies.list()).toEqual([]);
  });

  it('lists in pinyin order and searches substrings case-insensitively across name, contact and notes', async () => {
    const { companies } = await setup();
    await companies.create({ ...base, name: '重庆长江机械有限公司' });
    await companies.create({ ...base, name: '安顺电子', contactName: 'Li Wei' });
    await companies.create({ ...base, name: '北碚食品', notes: 'Visited at Liangjiang park' });
    expect((await companies.list()).map((c) => c.name)).toEqual(['安顺电子', '北碚食品', '重庆长江机械有限公司']);
    expect((await companies.search('机械')).map((c) => c.name)).toEqual(['重庆长江机械有限公司']);
    expect((await companies.search('li')).map((c) => c.name)).toEqual(['安顺电子', '北碚食品']);
    expect(await companies.search('  ')).toHaveLength(3);
    expect(await companies.search('不存在')).toEqual([]);
  });

  it('updates fields, keeps id and createdAt, bumps updatedAt', async () => {
    const { companies } = await setup();
    const created = await companies.create(base);
    const updated = await companies.update(created.id, { name: '新名字', size: 'small' });
    expect(updated).toMatchObject({ id: created.id, name: '新名字', size: 'small', createdAt: created.createdAt });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(await companies.get(created.id)).toEqual(updated);
  });

  it('reports storage.notFound when updating a company that does not exist', async () => {
    const { companies } = await setup();
    const error = await companies.update('missing', { name: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'storage.notFound', params: { id: 'missing' } });
  });

  it('deletes a company and clears it as the active company, leaving other settings alone', async () => {
    const { companies, settings } = await setup();
    const a = await companies.create(base);
    const b = await companies.create({ ...base, name: '乙' });
    await settings.update({ activeCompanyId: a.id, language: 'en' });
    await companies.delete(a.id);
    expect(await companies.get(a.id)).toBeUndefined();
    expect(await settings.get()).toEqual({ language: 'en', largeText: false });
    await settings.update({ activeCompanyId: b.id });
    await companies.delete(a.id);
    expect((await settings.get()).activeCompanyId).toBe(b.id);
  });

  it('turns a write on a closed database into storage.databaseClosed', async () => {
    const { db, companies } = await setup();
    db.close();
    await expect(companies.create(base)).rejects.toMatchObject({ code: 'storage.databaseClosed' });
  });
});
