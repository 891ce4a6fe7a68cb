import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenHash } from '../../src/hub/auth/tokens';
import { ADMIN, assessmentItem, bundle, expectStatus, PASSWORD, seedPark, startHub, type Hub } from './support/hub-fixture';

let hub: Hub;
let park: Awaited<ReturnType<typeof seedPark>>;

const tables = [
  'parks',
  'providers',
  'accounts',
  'sessions',
  'installations',
  'enrolment_codes',
  'companies',
  'assessments',
  'sync_items',
  'inspection_stats',
] as const;

async function rowCounts(): Promise<Record<(typeof tables)[number], number>> {
  const counts = {} as Record<(typeof tables)[number], number>;
  for (const table of tables)
    counts[table] = (
      await hub.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  return counts;
}

beforeAll(async () => {
  hub = await startHub({ HUB_BODY_LIMIT: '65536', HUB_LOGIN_RATE_LIMIT: '50' });
  park = await seedPark(hub);
});
afterAll(() => hub.close());

const injections = [
  "'; DROP TABLE assessments; --",
  "x' OR '1'='1",
  'Robert"); DELETE FROM companies WHERE ("1"="1',
  "1; UPDATE accounts SET role='park_admin'",
  '$1::text; SELECT pg_sleep(5)',
  '\\x00 \\u0000 \\\\u0000',
];

describe('hostile input is refused with the right status and stores nothing', () => {
  it('refuses a body over the limit with 413', async () => {
    const before = await rowCounts();
    const huge = {
      items: [{ id: 'huge', kind: 'company', company: { localId: 'h', profile: { name: 'x'.repeat(70_000), industryType: 'discrete' } } }],
    };
    const response = await hub.call('POST', '/api/v1/sync', park.installationA.deviceToken, huge);
    expect(response.statusCode).toBe(413);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses malformed JSON with 400 and another media type with 415', async () => {
    const before = await rowCounts();
    const headers = { authorization: `Bearer ${park.installationA.deviceToken}`, 'content-type': 'application/json' };
    for (const payload of ['{"items": [', '{"items": [}]}', '\u0000', 'null', '[]', '{"items": "all"}']) {
      const response = await hub.app.inject({ method: 'POST', url: '/api/v1/sync', headers, payload });
      expect(response.statusCode, payload).toBe(400);
      expect(response.json<{ error: { code: string } }>().error.code).toBeTruthy();
    }
    const xml = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/sync',
      headers: { ...headers, 'content-type': 'application/xml' },
      payload: '<items/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses U+0000 in any text (PostgreSQL cannot store it) with 400', async () => {
    const before = await rowCounts();
    const nul = 'a\u0000b';
    expect((await hub.call('POST', '/api/v1/login', undefined, { username: nul, password: nul })).statusCode).toBe(400);
    const evilBundle = bundle(3);
    Object.assign(evilBundle.company as object, { name: nul });
    expect(
      (
        await hub.call('POST', '/api/v1/sync', park.installationA.deviceToken, {
          items: [{ id: 'nul', kind: 'assessment', companyLocalId: 'c', bundle: evilBundle }],
        })
      ).statusCode,
    ).toBe(400);
    expect((await hub.call('GET', `/api/v1/park/figures?frameworkId=${encodeURIComponent(nul)}`, park.tokenA)).statusCode).toBe(400);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses unknown properties, wrong types, bad ids and oversized batches with 400', async () => {
    const before = await rowCounts();
    const token = park.installationA.deviceToken;
    const bodies = [
      { items: [{ ...assessmentItem('x1', 'c', 1), extra: 1 }] },
      { items: [{ id: 'x2', kind: 'teleport', companyLocalId: 'c' }] },
      { items: [assessmentItem('has space', 'c', 1)] },
      { items: [assessmentItem('x3', "c'; --", 1)] },
      {
        items: Array.from({ length: 101 }, (_, i) => ({
          id: `many-${i}`,
          kind: 'company',
          company: { localId: `c${i}`, profile: { name: 'n', industryType: 'discrete' } },
        })),
      },
      { items: [assessmentItem('same', 'c', 1), assessmentItem('same', 'c', 2)] },
      {
        items: [
          {
            id: 'x4',
            kind: 'inspection',
            companyLocalId: 'c',
            stats: { projectLocalId: 'p', projectName: 'n', from: 'yesterday', to: 'today', checked: 1, ng: 0, defectTypes: [] },
          },
        ],
      },
      {
        items: [
          {
            id: 'x5',
            kind: 'inspection',
            companyLocalId: 'c',
            stats: {
              projectLocalId: 'p',
              projectName: 'n',
              from: '2026-01-01T00:00:00Z',
              to: '2026-01-02T00:00:00Z',
              checked: '10',
              ng: 0,
              defectTypes: [],
            },
          },
        ],
      },
    ];
    for (const body of bodies) expect((await hub.call('POST', '/api/v1/sync', token, body)).statusCode).toBe(400);
    expect((await hub.call('GET', "/api/v1/companies/1' OR '1'='1", park.tokenA)).statusCode).toBe(400);
    expect((await hub.call('GET', '/api/v1/park/figures?frameworkId=quick-check&x=1', park.tokenA)).statusCode).toBe(400);
    expect(await rowCounts()).toEqual(before);
  });

  it('treats SQL in every text field as text: refused where the field has a pattern, else stored verbatim', async () => {
    for (const evil of injections) {
      // login: a wrong username, whatever it contains
      expect((await hub.call('POST', '/api/v1/login', undefined, { username: evil, password: evil })).statusCode).toBe(401);
      expect((await hub.call('POST', '/api/v1/login', undefined, { username: ADMIN.username, password: evil })).statusCode).toBe(401);
      // account usernames have a pattern
      expect(
        (await hub.call('POST', '/api/v1/accounts', park.admin, { username: evil, password: PASSWORD, role: 'park_admin' })).statusCode,
      ).toBe(400);
      // enrolment: a wrong code
      expect((await hub.call('POST', '/api/v1/enrol', undefined, { code: evil, name: evil })).statusCode).toBe(400);
      expect((await hub.call('GET', `/api/v1/park/figures?frameworkId=${encodeURIComponent(evil)}`, park.tokenA)).statusCode).toBe(400);
    }
    const before = await rowCounts();
    for (const [i, evil] of injections.entries()) {
      const name = `${evil} #${i}`;
      expectStatus(await hub.call('POST', '/api/v1/providers', park.admin, { name }), 201);
      const profile = { name, cluster: evil, subSector: evil, industryType: 'discrete', revenueBand: evil };
      const company = expectStatus(await hub.call('POST', '/api/v1/companies', park.tokenA, profile), 201).json<{ id: string }>();
      expectStatus(await hub.call('PATCH', `/api/v1/companies/${company.id}`, park.tokenA, profile), 200);
      const evilBundle = bundle(400 + i);
      Object.assign(evilBundle.company as object, { name, cluster: evil });
      const results = expectStatus(
        await hub.call('POST', '/api/v1/sync', park.installationA.deviceToken, {
          items: [
            { id: `evil-company-${i}`, kind: 'company', company: { localId: `evil-${i}`, profile } },
            { id: `evil-assessment-${i}`, kind: 'assessment', companyLocalId: `evil-${i}`, bundle: evilBundle },
            {
              id: `evil-inspection-${i}`,
              kind: 'inspection',
              companyLocalId: `evil-${i}`,
              stats: {
                projectLocalId: `p${i}`,
                projectName: evil,
                from: '2026-11-01T00:00:00Z',
                to: '2026-11-02T00:00:00Z',
                checked: 3,
                ng: 1,
                defectTypes: [{ type: evil, count: 1 }],
              },
            },
          ],
        }),
        200,
      ).json<{ results: { status: string }[] }>().results;
      expect(results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored']);
    }
    const after = await rowCounts();
    // every table is still there and grew by exactly what was sent
    expect(after).toEqual({
      ...before,
      providers: before.providers + 6,
      companies: before.companies + 12,
      assessments: before.assessments + 6,
      inspection_stats: before.inspection_stats + 6,
      sync_items: before.sync_items + 18,
    });
    const stored = await hub.database.db
      .selectFrom('companies')
      .select(['name', 'cluster', 'revenue_band'])
      .where('local_id', '=', 'evil-0')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ name: `${injections[0]} #0`, cluster: injections[0], revenue_band: injections[0] });
    const accounts = await hub.database.db
      .selectFrom('accounts')
      .select('role')
      .where('username', '=', 'provider-a')
      .executeTakeFirstOrThrow();
    expect(accounts.role).toBe('provider');
  });

  it('gives a provider nothing of another provider by its ids', async () => {
    const before = await rowCounts();
    // B's installation naming A's local client id: another namespace, so an unknown company
    const inspection = {
      id: 'b-spy',
      kind: 'inspection',
      companyLocalId: 'evil-0',
      stats: {
        projectLocalId: 'p',
        projectName: 'n',
        from: '2026-11-01T00:00:00Z',
        to: '2026-11-02T00:00:00Z',
        checked: 1,
        ng: 0,
        defectTypes: [],
      },
    };
    const response = expectStatus(
      await hub.call('POST', '/api/v1/sync', park.installationB.deviceToken, { items: [inspection] }),
      200,
    ).json<{ results: { status: string }[] }>();
    expect(response.results[0]?.status).toBe('refused');
    expect(
      (await hub.call('PATCH', `/api/v1/companies/${park.companyA}`, park.tokenB, { name: '抢走', industryType: 'discrete' })).statusCode,
    ).toBe(404);
    expect((await hub.call('POST', '/api/v1/enrolment-codes', park.tokenB, { companyId: park.companyA })).statusCode).toBe(404);
    expect((await hub.call('POST', '/api/v1/enrolment-codes', park.tokenB, { providerId: park.providerA })).statusCode).toBe(404);
    expect(await rowCounts()).toEqual(before);
  });

  it('accepts an enrolment code once, and never after it expires', async () => {
    const code = expectStatus(await hub.call('POST', '/api/v1/enrolment-codes', park.admin, {}), 201).json<{ code: string }>().code;
    // typed in lower case with spaces: still the code
    expectStatus(await hub.call('POST', '/api/v1/enrol', undefined, { code: code.toLowerCase().replace(/-/g, ' '), name: '一号机' }), 201);
    const before = await rowCounts();
    expect((await hub.call('POST', '/api/v1/enrol', undefined, { code, name: '二号机' })).statusCode).toBe(400);
    const stale = expectStatus(await hub.call('POST', '/api/v1/enrolment-codes', park.admin, {}), 201).json<{ code: string }>().code;
    await hub.database.db
      .updateTable('enrolment_codes')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('code_hash', '=', tokenHash(stale))
      .execute();
    const afterCode = await rowCounts();
    expect((await hub.call('POST', '/api/v1/enrol', undefined, { code: stale, name: '三号机' })).statusCode).toBe(400);
    expect(await rowCounts()).toEqual({ ...afterCode });
    expect(afterCode.installations).toBe(before.installations);
  });

  it('a revoked installation can push nothing more', async () => {
    const installation = await park.enrol(park.tokenA, {}, '将被撤销');
    expectStatus(await hub.call('POST', `/api/v1/installations/${installation.installationId}/revoke`, park.admin), 204);
    const before = await rowCounts();
    const response = await hub.call('POST', '/api/v1/sync', installation.deviceToken, { items: [assessmentItem('late', 'c', 500)] });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('auth.deviceRevoked');
    expect(await rowCounts()).toEqual(before);
  });
});

describe('CORS', () => {
  it('lets the desktop app origin call the hub, and no other origin', async () => {
    const preflight = (origin: string) =>
      hub.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/sync',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    const app = await preflight('app://gongzhi');
    expect(app.statusCode).toBe(204);
    expect(app.headers['access-control-allow-origin']).toBe('app://gongzhi');
    expect(String(app.headers['access-control-allow-headers'])).toContain('authorization');
    const evil = await preflight('https://evil.example');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const health = await hub.app.inject({ method: 'GET', url: '/health', headers: { origin: 'https://evil.example' } });
    expect(health.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('login rate limit', () => {
  it('answers 429 once a client has tried too often in a minute', async () => {
    const limited = await startHub({ HUB_LOGIN_RATE_LIMIT: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push(
          (await limited.call('POST', '/api/v1/login', undefined, { username: ADMIN.username, password: `guess-${i}` })).statusCode,
        );
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      // the right password is refused too while the limit holds
      expect((await limited.call('POST', '/api/v1/login', undefined, ADMIN)).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
