import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/hub/auth/passwords';
import { tokenHash } from '../../src/hub/auth/tokens';
import { assessmentItem, expectStatus, PASSWORD, seedPark, startHub, type Hub } from './support/hub-fixture';

/**
 * Every role × every endpoint × own and other data. "Other" is the other provider's client, and for an
 * administrator another park on the same hub. A refused call must also leave nothing behind (checked below).
 */
type Who = 'anonymous' | 'expired' | 'revoked' | 'admin' | 'otherAdmin' | 'providerA' | 'providerB' | 'company' | 'device';
const people: Who[] = ['anonymous', 'expired', 'revoked', 'admin', 'otherAdmin', 'providerA', 'providerB', 'company', 'device'];

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PATCH';
  url: (who: Who) => string | Promise<string>;
  body?: (who: Who) => unknown;
  expect: Partial<Record<Who, number>>;
}

let hub: Hub;
let park: Awaited<ReturnType<typeof seedPark>>;
const tokens = {} as Record<Who, string | undefined>;

beforeAll(async () => {
  hub = await startHub();
  park = await seedPark(hub);
  // a second park on the same hub, with its own administrator
  const other = await hub.database.db.insertInto('parks').values({ name: '另一个园区' }).returning('id').executeTakeFirstOrThrow();
  await hub.database.db
    .insertInto('accounts')
    .values({
      park_id: other.id,
      username: 'other-admin',
      password_hash: await hashPassword(PASSWORD),
      role: 'park_admin',
      provider_id: null,
      company_id: null,
    })
    .execute();
  const expired = await hub.login('provider-a', PASSWORD);
  await hub.database.db
    .updateTable('sessions')
    .set({ expires_at: new Date(Date.now() - 60_000) })
    .where('token_hash', '=', tokenHash(expired))
    .execute();
  const revoked = await park.enrol(park.tokenA, {}, '丢失的笔记本');
  expectStatus(await hub.call('POST', `/api/v1/installations/${revoked.installationId}/revoke`, park.admin), 204);
  Object.assign(tokens, {
    anonymous: undefined,
    expired,
    revoked: revoked.deviceToken,
    admin: park.admin,
    otherAdmin: await hub.login('other-admin', PASSWORD),
    providerA: park.tokenA,
    providerB: park.tokenB,
    company: park.companyToken,
    device: park.installationA.deviceToken,
  });
  // something of each provider's for the figures and company pages
  expectStatus(
    await hub.call('POST', '/api/v1/sync', park.installationA.deviceToken, { items: [assessmentItem('m-1', 'm-client', 1)] }),
    200,
  );
});
afterAll(() => hub.close());

const unauthenticated = { anonymous: 401, expired: 401, revoked: 401 } as const;
let serial = 0;

const cases: Case[] = [
  {
    name: 'GET /me',
    method: 'GET',
    url: () => '/api/v1/me',
    expect: { admin: 200, otherAdmin: 200, providerA: 200, providerB: 200, company: 200, device: 200 },
  },
  {
    name: 'GET /providers',
    method: 'GET',
    url: () => '/api/v1/providers',
    expect: { admin: 200, otherAdmin: 200, providerA: 403, providerB: 403, company: 403, device: 403 },
  },
  {
    name: 'POST /providers',
    method: 'POST',
    url: () => '/api/v1/providers',
    body: (who) => ({ name: `新服务商-${who}` }),
    expect: { admin: 201, otherAdmin: 201, providerA: 403, providerB: 403, company: 403, device: 403 },
  },
  {
    name: 'POST /accounts (provider A)',
    method: 'POST',
    url: () => '/api/v1/accounts',
    body: (who) => ({ username: `new-${who}-${serial++}`, password: PASSWORD, role: 'provider', providerId: park.providerA }),
    expect: { admin: 201, otherAdmin: 404, providerA: 403, providerB: 403, company: 403, device: 403 },
  },
  {
    name: 'POST /enrolment-codes (provider A)',
    method: 'POST',
    url: () => '/api/v1/enrolment-codes',
    body: () => ({ providerId: park.providerA }),
    expect: { admin: 201, otherAdmin: 404, providerA: 201, providerB: 404, company: 403, device: 403 },
  },
  {
    name: 'POST /enrolment-codes (company of A)',
    method: 'POST',
    url: () => '/api/v1/enrolment-codes',
    body: () => ({ companyId: park.companyA }),
    expect: { admin: 201, otherAdmin: 404, providerA: 201, providerB: 404, company: 403, device: 403 },
  },
  {
    name: 'GET /installations',
    method: 'GET',
    url: () => '/api/v1/installations',
    expect: { admin: 200, otherAdmin: 200, providerA: 200, providerB: 200, company: 403, device: 403 },
  },
  {
    name: 'POST /installations/:id/revoke (A)',
    method: 'POST',
    // a fresh installation of provider A for every call, so one revocation does not answer for the next
    url: async () => `/api/v1/installations/${(await park.enrol(park.tokenA, {}, '受测笔记本')).installationId}/revoke`,
    expect: { admin: 204, otherAdmin: 404, providerA: 403, providerB: 403, company: 403, device: 403 },
  },
  {
    name: 'GET /companies',
    method: 'GET',
    url: () => '/api/v1/companies',
    expect: { admin: 200, otherAdmin: 200, providerA: 200, providerB: 200, company: 200, device: 403 },
  },
  {
    name: 'POST /companies',
    method: 'POST',
    url: () => '/api/v1/companies',
    body: (who) => ({ name: `新企业-${who}`, industryType: 'discrete' }),
    expect: { admin: 201, otherAdmin: 201, providerA: 201, providerB: 201, company: 403, device: 403 },
  },
  {
    name: 'GET /companies/:id (A’s client)',
    method: 'GET',
    url: () => `/api/v1/companies/${park.companyA}`,
    expect: { admin: 403, otherAdmin: 403, providerA: 200, providerB: 404, company: 200, device: 403 },
  },
  {
    name: 'GET /companies/:id (B’s client)',
    method: 'GET',
    url: () => `/api/v1/companies/${park.companyB}`,
    expect: { admin: 403, otherAdmin: 403, providerA: 404, providerB: 200, company: 404, device: 403 },
  },
  {
    name: 'PATCH /companies/:id (A’s client)',
    method: 'PATCH',
    url: () => `/api/v1/companies/${park.companyA}`,
    body: (who) => ({ name: `改名-${who}`, industryType: 'discrete' }),
    expect: { admin: 403, otherAdmin: 403, providerA: 200, providerB: 404, company: 403, device: 403 },
  },
  {
    name: 'POST /sync',
    method: 'POST',
    url: () => '/api/v1/sync',
    body: (who) => ({ items: [assessmentItem(`matrix-${who}`, 'matrix-client', 300)] }),
    expect: { admin: 403, otherAdmin: 403, providerA: 403, providerB: 403, company: 403, device: 200 },
  },
  {
    name: 'GET /park/figures',
    method: 'GET',
    url: () => '/api/v1/park/figures?frameworkId=quick-check',
    expect: { admin: 200, otherAdmin: 200, providerA: 200, providerB: 200, company: 200, device: 200 },
  },
];

describe('authorisation matrix', () => {
  for (const c of cases) {
    for (const who of people) {
      const expected = { ...unauthenticated, ...c.expect }[who] ?? 0;
      it(`${c.name} as ${who} → ${expected}`, async () => {
        const response = await hub.call(c.method, await c.url(who), tokens[who], c.body?.(who));
        expect(response.statusCode, response.body).toBe(expected);
        if (expected >= 400) expect(response.json<{ error: { code: string } }>().error.code).toMatch(/^(auth|notFound)/);
      });
    }
  }
});

describe('what each role sees, and what refused calls left behind', () => {
  it('lists only the companies a role may see; the administrator gets names and counts, no figures', async () => {
    const names = async (who: Who) =>
      expectStatus(await hub.call('GET', '/api/v1/companies', tokens[who]), 200)
        .json<{ companies: { name: string }[] }>()
        .companies.map((c) => c.name);
    const all = await names('admin');
    expect(all).toEqual(expect.arrayContaining(['乙公司', '新企业-providerA', '新企业-providerB']));
    expect(await names('providerB')).not.toContain('新企业-providerA');
    expect(await names('providerA')).not.toContain('乙公司');
    expect(await names('company')).toEqual(['改名-providerA']);
    expect(await names('otherAdmin')).toEqual(['新企业-otherAdmin']);
    const adminView = await hub.call('GET', '/api/v1/companies', tokens.admin);
    expect(adminView.body).not.toMatch(/"level"|"totalScore"|"domains"/);
  });

  it('stored nothing for a refused call', async () => {
    const companyNames = (await hub.database.db.selectFrom('companies').select('name').execute()).map((r) => r.name);
    expect(companyNames).not.toContain('新企业-company');
    expect(companyNames).not.toContain('新企业-device');
    expect(companyNames.filter((n) => n.startsWith('改名-'))).toEqual(['改名-providerA']);
    const providers = (await hub.database.db.selectFrom('providers').select('name').execute()).map((r) => r.name);
    expect(providers.filter((n) => n.startsWith('新服务商-')).sort()).toEqual(['新服务商-admin', '新服务商-otherAdmin']);
    const synced = (await hub.database.db.selectFrom('sync_items').select('item_id').execute()).map((r) => r.item_id);
    expect(synced.filter((id) => id.startsWith('matrix-'))).toEqual(['matrix-device']);
    const installations = expectStatus(await hub.call('GET', '/api/v1/installations', tokens.providerB), 200).json<{
      installations: { name: string }[];
    }>().installations;
    expect(installations.map((i) => i.name)).toEqual(['B 的笔记本']);
  });

  it('signs out: the session token stops working', async () => {
    const token = await hub.login('provider-b', PASSWORD);
    expectStatus(await hub.call('POST', '/api/v1/logout', token), 204);
    expect((await hub.call('GET', '/api/v1/me', token)).statusCode).toBe(401);
  });
});
