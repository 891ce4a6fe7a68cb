import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { findFramework } from '../../../src/core/assessment/bundled-frameworks';
import type { SyncItem } from '../../../src/core/hub/sync-protocol';
import { quickCheckBundle } from '../../../src/core/park/test-support';
import { bootstrapPark } from '../../../src/hub/bootstrap';
import { configFromEnv, type HubConfig } from '../../../src/hub/config';
import { buildHubServer } from '../../../src/hub/server';
import { createTestDatabase, type TestDatabase } from './hub-test-db';

export const ADMIN = { username: 'admin', password: 'park-admin-secret-1' };
export const PASSWORD = 'a-long-test-password';

export interface Hub {
  app: FastifyInstance;
  database: TestDatabase;
  config: HubConfig;
  call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token?: string, body?: unknown): Promise<LightMyRequestResponse>;
  login(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export async function startHub(env: Record<string, string> = {}): Promise<Hub> {
  const database = await createTestDatabase();
  const config = configFromEnv({
    HUB_DATABASE_URL: database.url,
    HUB_LOGIN_RATE_LIMIT: '1000',
    HUB_PARK_NAME: '两江新区智造园',
    HUB_ADMIN_USERNAME: ADMIN.username,
    HUB_ADMIN_PASSWORD: ADMIN.password,
    ...env,
  });
  await bootstrapPark(database.db, config.bootstrap);
  const app = await buildHubServer({ config, db: database.db, logger: false });
  const call: Hub['call'] = (method, url, token, body) =>
    app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body === undefined ? {} : { payload: body as object }),
    });
  return {
    app,
    database,
    config,
    call,
    async login(username, password) {
      const response = await call('POST', '/api/v1/login', undefined, { username, password });
      if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
      return response.json<{ token: string }>().token;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

const quick = findFramework('quick-check');
if (!quick) throw new Error('quick check missing');

/** Quick-check bundle number i (deterministic, varied), as an object. */
export function bundle(i: number): Record<string, unknown> {
  return JSON.parse(quickCheckBundle(quick as NonNullable<typeof quick>, i)) as Record<string, unknown>;
}

export function assessmentItem(id: string, companyLocalId: string, i: number): SyncItem {
  return { id, kind: 'assessment', companyLocalId, bundle: bundle(i) };
}

export function expectStatus(response: LightMyRequestResponse, status: number): LightMyRequestResponse {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return response;
}

/**
 * A park with two providers (A and B), one account each, one client company of each (created through the
 * API), a company account for A's client, and an enrolled installation for each provider.
 */
export async function seedPark(hub: Hub) {
  const admin = await hub.login(ADMIN.username, ADMIN.password);
  const providerA = expectStatus(await hub.call('POST', '/api/v1/providers', admin, { name: '渝智服务商' }), 201).json<{ id: string }>().id;
  const providerB = expectStatus(await hub.call('POST', '/api/v1/providers', admin, { name: '巴渝数科' }), 201).json<{ id: string }>().id;
  for (const [username, providerId] of [
    ['provider-a', providerA],
    ['provider-b', providerB],
  ] as const)
    expectStatus(await hub.call('POST', '/api/v1/accounts', admin, { username, password: PASSWORD, role: 'provider', providerId }), 201);
  const tokenA = await hub.login('provider-a', PASSWORD);
  const tokenB = await hub.login('provider-b', PASSWORD);
  const companyA = expectStatus(
    await hub.call('POST', '/api/v1/companies', tokenA, { name: '甲公司', industryType: 'discrete', cluster: 'nev', size: 'small' }),
    201,
  ).json<{ id: string }>().id;
  const companyB = expectStatus(
    await hub.call('POST', '/api/v1/companies', tokenB, { name: '乙公司', industryType: 'process', cluster: 'food', size: 'medium' }),
    201,
  ).json<{ id: string }>().id;
  expectStatus(
    await hub.call('POST', '/api/v1/accounts', admin, { username: 'company-a', password: PASSWORD, role: 'company', companyId: companyA }),
    201,
  );
  const companyToken = await hub.login('company-a', PASSWORD);
  const enrol = async (token: string, body: object, name: string) => {
    const code = expectStatus(await hub.call('POST', '/api/v1/enrolment-codes', token, body), 201).json<{ code: string }>().code;
    return expectStatus(await hub.call('POST', '/api/v1/enrol', undefined, { code, name }), 201).json<{
      installationId: string;
      deviceToken: string;
    }>();
  };
  const installationA = await enrol(tokenA, {}, 'A 的笔记本');
  const installationB = await enrol(tokenB, {}, 'B 的笔记本');
  return { admin, providerA, providerB, tokenA, tokenB, companyA, companyB, companyToken, installationA, installationB, enrol };
}
