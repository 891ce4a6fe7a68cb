import { describe, expect, it } from 'vitest';
import { craftBackupFile, gzipText, materialiseBlobs } from '../core/backup/test-support';
import { restoreWorkspace } from './backup';
import { openDatabase, type GongzhiDatabase } from './database';
import { freshIndexedDb } from './test-support';

const company =
  '{"id":"c1","name":"甲厂","industryType":"discrete","isDemo":false,"createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z"}';
const assessment = (companyId: string) =>
  `{"id":"a1","companyId":"${companyId}","frameworkId":"quick-check","frameworkVersion":"1.0.0","industryType":"discrete","status":"inProgress","answers":{},"createdAt":"2026-01-02T00:00:00.000Z","updatedAt":"2026-01-02T00:00:00.000Z"}`;

/** A backup whose header, row counts and SHA-256 are right, holding exactly these raw JSON rows. */
async function fileWith(
  db: GongzhiDatabase,
  rows: Record<string, string[]>,
  tables = db.tables.map((table) => table.name),
): Promise<Uint8Array> {
  const body = tables.map((name) => `"${name}":[${(rows[name] ?? []).join(',')}]`).join(',');
  return craftBackupFile(
    { schemaVersion: db.verno, tables: tables.map((name) => ({ name, rows: rows[name]?.length ?? 0 })) },
    await gzipText(`{"tables":{${body}}}`),
  );
}

async function workspace(): Promise<GongzhiDatabase> {
  const db = await openDatabase(freshIndexedDb());
  await db.companies.add({
    id: 'keep',
    name: '乙厂',
    industryType: 'process',
    isDemo: false,
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
  });
  await db.settings.put({ id: 'settings', language: 'en', largeText: false, activeCompanyId: 'keep' });
  return db;
}

async function contents(db: GongzhiDatabase): Promise<unknown> {
  return materialiseBlobs(
    Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const))),
  );
}

async function refusal(db: GongzhiDatabase, bytes: Uint8Array): Promise<unknown> {
  const before = await contents(db);
  const outcome = await restoreWorkspace(db, bytes).then(
    () => 'restored',
    (error: unknown) => ({ code: (error as { code?: unknown }).code, params: (error as { params?: unknown }).params }),
  );
  expect(await contents(db)).toStrictEqual(before);
  return outcome;
}

describe('restore refuses a well-formed file with foreign rows, changing nothing', () => {
  it('restores the smallest valid file (the control for every case below)', async () => {
    const db = await workspace();
    await restoreWorkspace(db, await fileWith(db, { companies: [company], assessments: [assessment('c1')] }));
    expect((await db.companies.toArray()).map((row) => row.id)).toEqual(['c1']);
  });

  it('refuses a company with garbage fields', async () => {
    const db = await workspace();
    for (const row of [
      '{"id":"c1","name":42}',
      company.replace('"discrete"', '"spaceship"'),
      company.replace('"isDemo":false', '"isDemo":"no"'),
      '[1,2,3]',
      '"just text"',
    ]) {
      expect(await refusal(db, await fileWith(db, { companies: [row] }))).toMatchObject({
        code: 'backup.invalidRows',
        params: { table: 'companies', row: 1 },
      });
    }
  });

  it('refuses an assessment of a company that is not in the file', async () => {
    const db = await workspace();
    expect(await refusal(db, await fileWith(db, { companies: [company], assessments: [assessment('nobody')] }))).toEqual({
      code: 'backup.invalidRows',
      params: { table: 'assessments', row: 1, field: 'companyId' },
    });
  });

  it('refuses rows holding __proto__, constructor or prototype keys at any depth', async () => {
    const db = await workspace();
    for (const row of [
      company.replace('{"id"', '{"__proto__":{"isAdmin":true},"id"'),
      company.replace('"notes"', '"x"').replace('}', ',"notes":"n","extra":{"constructor":{"prototype":1}}}'),
    ]) {
      expect(await refusal(db, await fileWith(db, { companies: [row] }))).toMatchObject({
        code: 'backup.invalidRows',
        params: { table: 'companies' },
      });
    }
    const answers = assessment('c1').replace('"answers":{}', '"answers":{"__proto__":{"value":1}}');
    expect(await refusal(db, await fileWith(db, { companies: [company], assessments: [answers] }))).toMatchObject({
      code: 'backup.invalidRows',
    });
  });

  it('refuses dates out of range or not dates at all', async () => {
    const db = await workspace();
    for (const date of ['+275760-09-13T00:00:00.000Z', '1900-01-01T00:00:00.000Z', '2999-01-01T00:00:00.000Z', 'yesterday', '']) {
      const row = company.replace('"createdAt":"2026-01-01T00:00:00.000Z"', `"createdAt":"${date}"`);
      expect(await refusal(db, await fileWith(db, { companies: [row] }))).toEqual({
        code: 'backup.invalidRows',
        params: { table: 'companies', row: 1, field: 'createdAt' },
      });
    }
    const encodedDate = '{"id":"c1","when":{"$gz":"date","v":-1e15}}';
    expect(
      await refusal(db, await fileWith(db, { companies: [company.replace('"isDemo"', `"when":${encodedDate},"isDemo"`)] })),
    ).toMatchObject({ code: 'backup.invalidRows' });
  });

  it('refuses a file holding only a settings table', async () => {
    const db = await workspace();
    expect(await refusal(db, await fileWith(db, { settings: ['{"id":"settings","language":"en"}'] }, ['settings']))).toEqual({
      code: 'backup.corrupt',
      params: { detail: 'rowCounts' },
    });
  });

  it('refuses a settings row whose active company is not in the file, and a duplicate primary key', async () => {
    const db = await workspace();
    expect(await refusal(db, await fileWith(db, { settings: ['{"id":"settings","activeCompanyId":"ghost"}'] }))).toMatchObject({
      params: { table: 'settings', field: 'activeCompanyId' },
    });
    expect(await refusal(db, await fileWith(db, { companies: [company, company] }))).toEqual({
      code: 'backup.invalidRows',
      params: { table: 'companies', row: 2, field: 'id' },
    });
  });

  it('refuses inspection rows of no project and binary fields that are not binary', async () => {
    const db = await workspace();
    const project =
      '{"id":"p1","name":"阀体","createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z","goodImages":0,"defectTypes":[]}';
    const result = (projectId: string, thumbnail: string) =>
      `{"id":"r1","projectId":"${projectId}","checkedAt":1767225600000,"fileName":"a.png","source":"file","verdict":"ok","modelVerdict":"ok","score":1,"threshold":2,"backend":"wasm","timingMs":3,"thumbnail":${thumbnail},"map":{"width":1,"height":1,"low":0,"high":1,"data":{"$gz":"typed","t":"Uint8Array","v":"AA=="}}}`;
    const bytes = '{"$gz":"typed","t":"Uint8Array","v":"AAE="}';
    await restoreWorkspace(db, await fileWith(db, { inspectionProjects: [project], inspectionResults: [result('p1', bytes)] }));
    expect(await db.inspectionResults.count()).toBe(1);
    expect(
      await refusal(db, await fileWith(db, { inspectionProjects: [project], inspectionResults: [result('p9', bytes)] })),
    ).toMatchObject({ params: { table: 'inspectionResults', field: 'projectId' } });
    expect(
      await refusal(db, await fileWith(db, { inspectionProjects: [project], inspectionResults: [result('p1', '"not bytes"')] })),
    ).toMatchObject({ params: { table: 'inspectionResults', field: 'thumbnail' } });
    expect(await refusal(db, await fileWith(db, { inspectionBatchImages: [`{"id":"b/0","batchId":"b","bytes":${bytes}}`] }))).toMatchObject(
      { params: { table: 'inspectionBatchImages', field: 'batchId' } },
    );
  });
});
