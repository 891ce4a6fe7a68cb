import { describe, expect, it } from 'vitest';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { CatalogRepository } from '../catalog-repository';
import { seedAndUpgrade } from '../test-support';

describe('migration 003: catalog versions', () => {
  it('upgrades a version-2 workspace without losing companies, settings or assessments, and stores list versions', async () => {
    const db = await seedAndUpgrade(2, async (old) => {
      await old.companies.add({
        id: 'c1',
        name: '重庆甲机械',
        cluster: 'equipment',
        industryType: 'discrete',
        isDemo: false,
        createdAt: '2026-01-01',
        updatedAt: '2026-01-02',
      });
      await old.settings.put({ id: 'settings', language: 'en', largeText: false, activeCompanyId: 'c1' });
      await old.assessments.add({
        id: 'a1',
        companyId: 'c1',
        frameworkId: 'quick-check',
        frameworkVersion: '1.0.0',
        industryType: 'discrete',
        status: 'inProgress',
        answers: { q1: { value: 1 } },
        createdAt: '2026-02-01',
        updatedAt: '2026-02-02',
      });
    });
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.companies.get('c1')).toMatchObject({ name: '重庆甲机械' });
    expect(await db.settings.get('settings')).toMatchObject({ language: 'en', activeCompanyId: 'c1' });
    expect(await db.assessments.get('a1')).toMatchObject({ answers: { q1: { value: 1 } } });

    const repository = new CatalogRepository(db);
    expect(await repository.activeCatalog()).toBeUndefined();
    const reference = loadReferenceCatalog();
    const first = await repository.importVersion({
      provenance: { ...reference.provenance, kind: 'official', version: '2026-1' },
      entries: reference.entries.slice(0, 10),
      fileName: '清单.xlsx',
      format: 'xlsx',
    });
    const second = await repository.importVersion({
      provenance: { ...reference.provenance, kind: 'official', version: '2026-2' },
      entries: reference.entries.slice(0, 12),
      fileName: '清单2.csv',
      format: 'csv',
    });
    expect((await repository.activeCatalog())?.catalog.entries).toHaveLength(12);
    expect((await repository.listVersions()).map((v) => v.id)).toEqual([second.id, first.id]);

    // Rollback: the earlier version comes back whole; back to the reference list with null.
    await repository.activate(first.id);
    expect((await repository.activeCatalog())?.version.provenance.version).toBe('2026-1');
    expect((await repository.activeCatalog())?.catalog.entries).toEqual(reference.entries.slice(0, 10));
    await repository.activate(null);
    expect(await repository.activeCatalog()).toBeUndefined();
    await expect(repository.activate('missing')).rejects.toMatchObject({ code: 'storage.notFound' });
    db.close();
  });
});
