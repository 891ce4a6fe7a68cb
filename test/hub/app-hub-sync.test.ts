import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHub, disconnectHub, hubStatus, parkFigures, syncNow, type HubSyncDeps } from '../../src/app/hub/hub-sync';
import { findFramework } from '../../src/core/assessment/bundled-frameworks';
import { scoreAssessment } from '../../src/core/assessment/score-assessment';
import type { InspectionProject, InspectionResult } from '../../src/core/inspection/records';
import { openDatabase, type GongzhiDatabase } from '../../src/db/database';
import { freshIndexedDb } from '../../src/db/test-support';
import { expectStatus, seedPark, startHub, type Hub } from './support/hub-fixture';

/** The app's hub actions on a workspace database (fake-indexeddb) against a real hub on a loopback socket. */
let hub: Hub;
let park: Awaited<ReturnType<typeof seedPark>>;
let origin: string;
let db: GongzhiDatabase;
let deps: HubSyncDeps;

const quick = findFramework('quick-check');
if (!quick) throw new Error('quick check missing');

beforeAll(async () => {
  hub = await startHub();
  park = await seedPark(hub);
  await hub.app.listen({ host: '127.0.0.1', port: 0 });
  const address = hub.app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('not listening');
  origin = `http://127.0.0.1:${address.port}`;
  db = await openDatabase(freshIndexedDb());
  deps = { db, fetch, now: () => new Date('2026-12-06T08:00:00Z') };
  for (let i = 0; i < 6; i++) {
    const id = `c${i}`;
    await db.companies.add({
      id,
      name: `客户${i}`,
      contactPhone: '13800000000',
      industryType: 'discrete',
      cluster: 'nev',
      size: 'small',
      isDemo: false,
      createdAt: '2026-01-01',
      updatedAt: '2026-01-02',
    });
    const answers = Object.fromEntries(
      quick.questions.filter((q) => q.type === 'levelChoice').map((q, j) => [q.id, { value: q.options[(i + j) % 3]?.id ?? 'l0' }]),
    );
    await db.assessments.add({
      id: `a${i}`,
      companyId: id,
      frameworkId: quick.id,
      frameworkVersion: quick.version,
      industryType: 'discrete',
      status: 'completed',
      answers,
      result: scoreAssessment(quick, 'discrete', answers),
      createdAt: '2026-11-01',
      updatedAt: '2026-11-02',
      completedAt: '2026-11-02T00:00:00.000Z',
    });
  }
  await db.companies.add({
    id: 'demo',
    name: '演示企业',
    industryType: 'process',
    isDemo: true,
    createdAt: '2026-01-01',
    updatedAt: '2026-01-01',
  });
});
afterAll(async () => {
  db.close();
  await hub.close();
});

describe('Settings › park hub actions', () => {
  it('refuses a plain-http address off this machine unless local network is allowed, before any request', async () => {
    const calls: string[] = [];
    const spy: HubSyncDeps = { ...deps, fetch: (input, init) => (calls.push(String(input)), fetch(input, init)) };
    expect(
      await connectHub(spy, { address: 'http://192.168.1.20:8787', allowLocalNetwork: false, code: 'X', installationName: 'pc' }),
    ).toEqual({ ok: false, problem: 'hub.address.notHttps' });
    expect(calls).toEqual([]);
    expect(await syncNow(spy)).toEqual({ connected: false });
    expect(calls).toEqual([]);
  });

  it('connects with a one-time code, sends companies (no contact details) and completed assessments once, and shows the counts', async () => {
    const code = expectStatus(await hub.call('POST', '/api/v1/enrolment-codes', park.tokenA, {}), 201).json<{ code: string }>().code;
    expect(await connectHub(deps, { address: 'http://127.0.0.1:1', allowLocalNetwork: false, code, installationName: 'pc' })).toEqual({
      ok: false,
      problem: 'hub.unreachable',
    });
    expect(
      await connectHub(deps, { address: origin, allowLocalNetwork: false, code: 'WRONG-CODE0-00000', installationName: 'pc' }),
    ).toEqual({ ok: false, problem: 'hub.invalidCode' });
    expect(await connectHub(deps, { address: `${origin}/`, allowLocalNetwork: false, code, installationName: '服务商笔记本' })).toEqual({
      ok: true,
      parkName: '两江新区智造园',
    });

    const first = await syncNow(deps);
    expect(first).toEqual({ connected: true, queuedNow: 12, sent: 12, refused: 0 });
    const status = await hubStatus(deps);
    expect(status.counts).toEqual({ queued: 0, sent: 12, refused: 0 });
    expect(status.connection).toMatchObject({ origin, parkName: '两江新区智造园' });
    expect(JSON.stringify(status)).not.toContain('gzd_');
    expect(await syncNow(deps)).toEqual({ connected: true, queuedNow: 0, sent: 0, refused: 0 });

    const companies = await hub.database.db.selectFrom('companies').selectAll().where('local_id', 'like', 'c%').execute();
    expect(companies).toHaveLength(6);
    expect(JSON.stringify(companies)).not.toContain('13800000000');
    expect(await hub.database.db.selectFrom('companies').select('id').where('local_id', '=', 'demo').execute()).toEqual([]);

    const figures = await parkFigures(deps, 'quick-check');
    expect(figures.ok && figures.figures).toMatchObject({ parkName: '两江新区智造园', companies: 6, withheld: false });
  });

  it('sends the inspection counts of finished months for the company in use, each month once', async () => {
    await db.settings.put({ id: 'settings', activeCompanyId: 'c1' });
    await db.inspectionProjects.add({
      id: 'p1',
      name: '压铸壳体',
      createdAt: '2026-09-01',
      updatedAt: '2026-09-01',
      goodImages: 20,
      defectTypes: [],
    } as InspectionProject);
    const result = (day: string, verdict: 'ok' | 'ng', defectType?: string) =>
      ({
        id: `${day}-${verdict}-${defectType ?? ''}`,
        projectId: 'p1',
        checkedAt: Date.parse(day),
        verdict,
        modelVerdict: verdict,
        thumbnail: new Uint8Array([1, 2, 3]),
        ...(defectType ? { defectType } : {}),
      }) as unknown as InspectionResult;
    await db.inspectionResults.bulkAdd([
      result('2026-10-03', 'ok'),
      result('2026-10-04', 'ng', '气孔'),
      result('2026-11-20', 'ng', '气孔'),
      result('2026-12-02', 'ng', '裂纹'),
    ]);
    expect(await syncNow(deps)).toEqual({ connected: true, queuedNow: 2, sent: 2, refused: 0 });
    expect(await syncNow(deps)).toEqual({ connected: true, queuedNow: 0, sent: 0, refused: 0 });
    const stats = await hub.database.db
      .selectFrom('inspection_stats')
      .select(['project_name', 'checked', 'ng', 'defect_types'])
      .orderBy('period_from')
      .execute();
    expect(stats).toEqual([
      { project_name: '压铸壳体', checked: 2, ng: 1, defect_types: [{ type: '气孔', count: 1 }] },
      { project_name: '压铸壳体', checked: 1, ng: 1, defect_types: [{ type: '气孔', count: 1 }] },
    ]);
    // no image reached the hub
    expect(JSON.stringify(await hub.database.db.selectFrom('inspection_stats').selectAll().execute())).not.toContain('thumbnail');
  });

  it('keeps new work queued while the installation is revoked, and says why', async () => {
    const status = await hubStatus(deps);
    const installationId = (
      await hub.database.db.selectFrom('installations').select('id').where('name', '=', '服务商笔记本').executeTakeFirstOrThrow()
    ).id;
    expectStatus(await hub.call('POST', `/api/v1/installations/${installationId}/revoke`, park.admin), 204);
    await db.companies.update('c0', { updatedAt: '2026-12-05' });
    const outcome = await syncNow(deps);
    expect(outcome).toMatchObject({ connected: true, queuedNow: 1, sent: 0, stoppedBy: { code: 'hub.deviceRevoked' } });
    expect((await hubStatus(deps)).counts).toEqual({ ...status.counts, queued: 1 });
    await disconnectHub(deps);
    expect((await hubStatus(deps)).connection).toBeUndefined();
    expect((await hubStatus(deps)).counts.queued).toBe(1);
  });
});
