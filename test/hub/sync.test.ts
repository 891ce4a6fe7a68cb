import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBundle } from '../../src/core/assessment/bundle';
import { bundledFrameworks } from '../../src/core/assessment/bundled-frameworks';
import type { PooledFigures, SyncResponse } from '../../src/core/hub/sync-protocol';
import { assessmentItem, bundle, expectStatus, seedPark, startHub, type Hub } from './support/hub-fixture';

let hub: Hub;
let park: Awaited<ReturnType<typeof seedPark>>;

beforeAll(async () => {
  hub = await startHub();
  park = await seedPark(hub);
});
afterAll(() => hub.close());

async function push(token: string, items: unknown[]): Promise<SyncResponse> {
  return expectStatus(await hub.call('POST', '/api/v1/sync', token, { items }), 200).json<SyncResponse>();
}

const countRows = async (table: 'assessments' | 'companies' | 'inspection_stats') =>
  (
    await hub.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('sync through HTTP', () => {
  it('stores a client record and its assessment, and answers a resend with the same result, storing nothing twice', async () => {
    const token = park.installationA.deviceToken;
    const items = [
      {
        id: 'out-1',
        kind: 'company',
        company: { localId: 'client-1', profile: { name: '重庆某齿轮厂', industryType: 'discrete', cluster: 'equipment', size: 'small' } },
      },
      assessmentItem('out-2', 'client-1', 1),
    ];
    const first = await push(token, items);
    expect(first.results).toEqual([
      { id: 'out-1', status: 'stored' },
      { id: 'out-2', status: 'stored' },
    ]);
    const before = await countRows('assessments');
    const again = await push(token, items);
    expect(again.results).toEqual(first.results);
    expect(await countRows('assessments')).toBe(before);
  });

  it('counts an assessment once per park even when two installations send it (the park view fingerprint)', async () => {
    const fromA = await push(park.installationA.deviceToken, [assessmentItem('a-7', 'client-7', 7)]);
    const fromB = await push(park.installationB.deviceToken, [assessmentItem('b-7', 'other-local-id', 7)]);
    expect(fromA.results[0]?.status).toBe('stored');
    expect(fromB.results[0]?.status).toBe('duplicate');
    // and the duplicate answer is remembered for a resend
    expect((await push(park.installationB.deviceToken, [assessmentItem('b-7', 'other-local-id', 7)])).results[0]?.status).toBe('duplicate');
  });

  it('stores the same assessment sent twice in one batch once, and one item sent in two requests at once once', async () => {
    const token = park.installationA.deviceToken;
    const twice = await push(token, [assessmentItem('twice-1', 'client-30', 30), assessmentItem('twice-2', 'client-30', 30)]);
    expect(twice.results).toEqual([
      { id: 'twice-1', status: 'stored' },
      { id: 'twice-2', status: 'duplicate' },
    ]);
    const before = await countRows('assessments');
    const items = Array.from({ length: 20 }, (_, i) => assessmentItem(`race-${i}`, `race-c-${i}`, 600 + i));
    const [one, two] = await Promise.all([push(token, items), push(token, items)]);
    expect(one.results).toEqual(two.results);
    expect(one.results.every((r) => r.status === 'stored')).toBe(true);
    expect(await countRows('assessments')).toBe(before + 20);
  });

  it('re-scores every assessment with the core engine: a tampered result is ignored', async () => {
    const tampered = bundle(11);
    (tampered.result as { level: number }).level = 5;
    await push(park.installationA.deviceToken, [{ id: 't-11', kind: 'assessment', companyLocalId: 'client-11', bundle: tampered }]);
    const company = await hub.database.db
      .selectFrom('companies')
      .select('id')
      .where('local_id', '=', 'client-11')
      .executeTakeFirstOrThrow();
    const detail = expectStatus(await hub.call('GET', `/api/v1/companies/${company.id}`, park.tokenA), 200).json<{
      assessments: { level: number }[];
    }>();
    expect(detail.assessments[0]?.level).toBe(levelOf(11));
    expect(detail.assessments[0]?.level).not.toBe(5);
  });

  it('refuses a bad item with its reason and stores the rest of the batch', async () => {
    const broken = bundle(12);
    (broken.assessment as { frameworkVersion: string }).frameworkVersion = '0.0.1';
    const inProgress = bundle(13);
    (inProgress.assessment as { status: string }).status = 'inProgress';
    const before = await countRows('assessments');
    const response = await push(park.installationA.deviceToken, [
      { id: 'bad-1', kind: 'assessment', companyLocalId: 'c-12', bundle: broken },
      { id: 'bad-2', kind: 'assessment', companyLocalId: 'c-13', bundle: inProgress },
      {
        id: 'bad-3',
        kind: 'inspection',
        companyLocalId: 'never-sent',
        stats: {
          projectLocalId: 'p1',
          projectName: '外壳',
          from: '2026-11-01T00:00:00Z',
          to: '2026-11-30T00:00:00Z',
          checked: 10,
          ng: 1,
          defectTypes: [],
        },
      },
      {
        id: 'bad-4',
        kind: 'inspection',
        companyLocalId: 'client-1',
        stats: {
          projectLocalId: 'p1',
          projectName: '外壳',
          from: '2026-11-01T00:00:00Z',
          to: '2026-11-30T00:00:00Z',
          checked: 10,
          ng: 11,
          defectTypes: [],
        },
      },
      assessmentItem('good-14', 'c-14', 14),
    ]);
    expect(response.results.map((r) => [r.id, r.status, r.status === 'refused' ? r.reason.code : ''])).toEqual([
      ['bad-1', 'refused', 'sync.invalidBundle'],
      ['bad-2', 'refused', 'sync.notCompleted'],
      ['bad-3', 'refused', 'sync.unknownCompany'],
      ['bad-4', 'refused', 'sync.inconsistentCounts'],
      ['good-14', 'stored', ''],
    ]);
    expect(await countRows('assessments')).toBe(before + 1);
    // a refused item is not remembered: once its company is known, the same item goes through
    await push(park.installationA.deviceToken, [
      { id: 'c-new', kind: 'company', company: { localId: 'never-sent', profile: { name: '后来的客户', industryType: 'discrete' } } },
    ]);
    const retried = await push(park.installationA.deviceToken, [
      {
        id: 'bad-3',
        kind: 'inspection',
        companyLocalId: 'never-sent',
        stats: {
          projectLocalId: 'p1',
          projectName: '外壳',
          from: '2026-11-01T00:00:00Z',
          to: '2026-11-30T00:00:00Z',
          checked: 10,
          ng: 1,
          defectTypes: [{ type: '划痕', count: 1 }],
        },
      },
    ]);
    expect(retried.results).toEqual([{ id: 'bad-3', status: 'stored' }]);
  });

  it('gives a provider its inspection statistics with the NG rate, never an image field', async () => {
    const company = await hub.database.db
      .selectFrom('companies')
      .select('id')
      .where('local_id', '=', 'never-sent')
      .executeTakeFirstOrThrow();
    const detail = expectStatus(await hub.call('GET', `/api/v1/companies/${company.id}`, park.tokenA), 200).json<{
      inspections: { ngRate: number; defectTypes: unknown }[];
    }>();
    expect(detail.inspections).toEqual([expect.objectContaining({ ngRate: 0.1, defectTypes: [{ type: '划痕', count: 1 }] })]);
    const withImage = await hub.call('POST', '/api/v1/sync', park.installationA.deviceToken, {
      items: [
        {
          id: 'img',
          kind: 'inspection',
          companyLocalId: 'never-sent',
          stats: {
            projectLocalId: 'p2',
            projectName: 'x',
            from: '2026-11-01T00:00:00Z',
            to: '2026-11-30T00:00:00Z',
            checked: 1,
            ng: 0,
            defectTypes: [],
            images: ['data:image/png;base64,AAAA'],
          },
        },
      ],
    });
    expect(withImage.statusCode).toBe(400);
  });

  it('a company installation sends for its own company whatever local id it uses', async () => {
    const installation = await park.enrol(park.admin, { companyId: park.companyA }, '甲公司的电脑');
    await push(installation.deviceToken, [assessmentItem('own-20', 'anything', 20)]);
    const detail = expectStatus(await hub.call('GET', `/api/v1/companies/${park.companyA}`, park.companyToken), 200).json<{
      assessments: unknown[];
    }>();
    expect(detail.assessments).toHaveLength(1);
  });
});

function levelOf(i: number): number {
  const parsed = parseBundle(bundle(i), bundledFrameworks());
  if (!parsed.ok) throw new Error('fixture bundle invalid');
  return parsed.value.result.level;
}

describe('pooled figures', () => {
  let pool: Hub;
  let device: string;
  let admin: string;
  const figures = async (token: string) =>
    expectStatus(await pool.call('GET', '/api/v1/park/figures?frameworkId=quick-check', token), 200).json<PooledFigures>();
  beforeAll(async () => {
    pool = await startHub();
    const seeded = await seedPark(pool);
    device = seeded.installationB.deviceToken;
    admin = seeded.admin;
  });
  afterAll(() => pool.close());

  it('withholds the park figures below five companies, then shows them with small groups withheld', async () => {
    const sync = (items: unknown[]) => pool.call('POST', '/api/v1/sync', device, { items });
    expectStatus(await sync(Array.from({ length: 4 }, (_, i) => assessmentItem(`few-${i}`, `few-c-${i}`, i))), 200);
    const few = await figures(admin);
    expect(few.companies).toBe(4);
    expect(few).toMatchObject({ withheld: true, byCluster: [], bySize: [], commonGaps: [] });
    expect(few.overall).toBeUndefined();
    // 4 + 37 companies: clusters cycle over 8, so clusters 0-4 get 6 and 5-7 get 5 (all shown) ...
    expectStatus(await sync(Array.from({ length: 37 }, (_, i) => assessmentItem(`pool-${i}`, `pool-c-${i}`, 4 + i))), 200);
    const many = await figures(device);
    expect(many).toMatchObject({ withheld: false, companies: 41 });
    expect(many.overall?.count).toBe(41);
    expect(many.byCluster.every((g) => !g.withheld && g.count >= 5)).toBe(true);
    // ... and one more company in a cluster of its own is withheld
    const lone = bundle(200);
    (lone.company as { cluster: string }).cluster = 'lone-cluster';
    expectStatus(await sync([{ id: 'lone', kind: 'assessment', companyLocalId: 'lone-c', bundle: lone }]), 200);
    const withLone = await figures(admin);
    expect(withLone.byCluster.find((g) => g.key === 'lone-cluster')).toEqual({ withheld: true, key: 'lone-cluster' });
  });

  it('counts a company once, with its latest assessment', async () => {
    const before = await figures(admin);
    // pool-c-0 was sent bundle 4; a later assessment at another level replaces it in the pool
    const oldLevel = levelOf(4);
    const n = Array.from({ length: 50 }, (_, k) => 150 + k).find((i) => levelOf(i) !== oldLevel) ?? -1;
    const newLevel = levelOf(n);
    const later = bundle(n);
    (later.assessment as { completedAt: string }).completedAt = '2026-12-01T00:00:00.000Z';
    expectStatus(
      await pool.call('POST', '/api/v1/sync', device, {
        items: [{ id: 'pool-0-again', kind: 'assessment', companyLocalId: 'pool-c-0', bundle: later }],
      }),
      200,
    );
    const after = await figures(admin);
    expect(after.companies).toBe(before.companies);
    const levels = (f: PooledFigures, level: number) => f.overall?.levels[level] ?? 0;
    expect(levels(after, oldLevel)).toBe(levels(before, oldLevel) - 1);
    expect(levels(after, newLevel)).toBe(levels(before, newLevel) + 1);
  });
});
