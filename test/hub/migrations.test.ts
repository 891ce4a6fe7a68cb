import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../src/hub/db/migrate';
import { createTestDatabase, type TestDatabase } from './support/hub-test-db';

/** Each numbered migration: applied on top of the one before, with data in it, loses nothing. */
let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

async function columns(db: TestDatabase['db'], table: string): Promise<string[]> {
  const result = await sql<{
    column_name: string;
  }>`SELECT column_name FROM information_schema.columns WHERE table_name = ${table} ORDER BY ordinal_position`.execute(db);
  return result.rows.map((r) => r.column_name);
}

async function upTo(version: number): Promise<TestDatabase['db']> {
  database = await createTestDatabase({ migrate: false });
  await migrate(database.db, version);
  return database.db;
}

describe('hub migrations', () => {
  it('are numbered 001, 002 … without gaps, and a second run applies nothing', async () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    database = await createTestDatabase({ migrate: false });
    expect(await migrate(database.db)).toEqual(migrations.map((m) => m.name));
    expect(await migrate(database.db)).toEqual([]);
  });

  it('001 creates parks, providers, accounts and sessions with their rules', async () => {
    const db = await upTo(1);
    expect(await columns(db, 'accounts')).toEqual([
      'id',
      'park_id',
      'username',
      'password_hash',
      'role',
      'provider_id',
      'company_id',
      'created_at',
    ]);
    const park = await db.insertInto('parks').values({ name: '园' }).returning('id').executeTakeFirstOrThrow();
    // a provider account must name its provider
    await expect(
      db
        .insertInto('accounts')
        .values({ park_id: park.id, username: 'p', password_hash: 'h', role: 'provider', provider_id: null, company_id: null })
        .execute(),
    ).rejects.toThrow(/check/i);
    await expect(
      db
        .insertInto('accounts')
        .values({ park_id: park.id, username: 'x', password_hash: 'h', role: 'root' as 'provider', provider_id: null, company_id: null })
        .execute(),
    ).rejects.toThrow(/check/i);
  });

  it('002 adds installations and enrolment codes, keeping the accounts of 001', async () => {
    const db = await upTo(1);
    const park = await db.insertInto('parks').values({ name: '园' }).returning('id').executeTakeFirstOrThrow();
    const admin = await db
      .insertInto('accounts')
      .values({ park_id: park.id, username: 'admin', password_hash: 'h', role: 'park_admin', provider_id: null, company_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await migrate(db, 2);
    expect((await db.selectFrom('accounts').select('username').execute()).map((r) => r.username)).toEqual(['admin']);
    expect(await columns(db, 'installations')).toContain('revoked_at');
    await db
      .insertInto('enrolment_codes')
      .values({ code_hash: 'c', park_id: park.id, provider_id: null, company_id: null, created_by: admin.id, expires_at: new Date() })
      .execute();
    await expect(
      db
        .insertInto('installations')
        .values({ park_id: park.id, provider_id: null, company_id: null, name: 'a', token_hash: 't' })
        .execute(),
    ).resolves.toBeDefined();
    await expect(
      db
        .insertInto('installations')
        .values({ park_id: park.id, provider_id: null, company_id: null, name: 'b', token_hash: 't' })
        .execute(),
    ).rejects.toThrow(/unique|duplicate/i);
  });

  it('003 adds companies and assessments, ties installations to companies and keeps what 002 held', async () => {
    const db = await upTo(2);
    const park = await db.insertInto('parks').values({ name: '园' }).returning('id').executeTakeFirstOrThrow();
    const inst = await db
      .insertInto('installations')
      .values({ park_id: park.id, provider_id: null, company_id: null, name: 'a', token_hash: 't' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await migrate(db, 3);
    expect((await db.selectFrom('installations').select('name').execute()).map((r) => r.name)).toEqual(['a']);
    const company = await db
      .insertInto('companies')
      .values({
        park_id: park.id,
        provider_id: null,
        installation_id: inst.id,
        local_id: 'l',
        name: '甲',
        cluster: null,
        sub_sector: null,
        industry_type: 'discrete',
        size: null,
        revenue_band: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = {
      park_id: park.id,
      company_id: company.id,
      installation_id: inst.id,
      fingerprint: 'f',
      framework_id: 'q',
      framework_version: '1',
      level: 1,
      total_score: 1,
      max_score: 2,
      domains: '[]',
      answers: '{}',
      completed_at: null,
    };
    await db.insertInto('assessments').values(row).execute();
    // the same fingerprint twice in one park is refused by the database itself
    await expect(db.insertInto('assessments').values(row).execute()).rejects.toThrow(/unique|duplicate/i);
    // an installation can only name a company that exists now
    await expect(db.updateTable('installations').set({ company_id: '00000000-0000-4000-8000-000000000000' }).execute()).rejects.toThrow(
      /foreign key/i,
    );
  });

  it('004 adds inspection statistics, refusing NG above checked, and keeps the assessments of 003', async () => {
    const db = await upTo(3);
    const park = await db.insertInto('parks').values({ name: '园' }).returning('id').executeTakeFirstOrThrow();
    const inst = await db
      .insertInto('installations')
      .values({ park_id: park.id, provider_id: null, company_id: null, name: 'a', token_hash: 't' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const company = await db
      .insertInto('companies')
      .values({
        park_id: park.id,
        provider_id: null,
        installation_id: inst.id,
        local_id: 'l',
        name: '甲',
        cluster: null,
        sub_sector: null,
        industry_type: 'discrete',
        size: null,
        revenue_band: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('assessments')
      .values({
        park_id: park.id,
        company_id: company.id,
        installation_id: inst.id,
        fingerprint: 'f',
        framework_id: 'q',
        framework_version: '1',
        level: 1,
        total_score: 1,
        max_score: 2,
        domains: '[]',
        answers: '{}',
        completed_at: null,
      })
      .execute();
    await migrate(db, 4);
    expect((await db.selectFrom('assessments').select('fingerprint').execute()).map((r) => r.fingerprint)).toEqual(['f']);
    const stats = {
      park_id: park.id,
      company_id: company.id,
      installation_id: inst.id,
      project_local_id: 'p',
      project_name: '外壳',
      period_from: '2026-11-01T00:00:00Z',
      period_to: '2026-11-30T00:00:00Z',
      checked: 10,
      ng: 11,
      defect_types: '[]',
    };
    await expect(db.insertInto('inspection_stats').values(stats).execute()).rejects.toThrow(/check/i);
    await expect(
      db
        .insertInto('inspection_stats')
        .values({ ...stats, ng: 2 })
        .execute(),
    ).resolves.toBeDefined();
  });
});
