// Two installations (two browser profiles, each its own IndexedDB) connect to one park hub through
// Settings › 园区中心 and send a completed quick check each; the park administrator then sees both
// companies, and each provider only its own. The pages may reach the app and exactly the configured
// loopback hub, nothing else. Needs the build (out/renderer, out/hub) and Debian's PostgreSQL.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startWebServer } from '../../scripts/serve-web.mjs';
import { load, root } from '../bench/bench-support.mjs';
import { expectCount } from './harness.mjs';

const ADMIN = { username: 'admin', password: 'e2e-admin-password' };
const PASSWORD = 'e2e-provider-password';
let pg;
let hub;
let web;
let browser;
let hubOrigin;

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function api(method, path, token, body) {
  const response = await fetch(`${hubOrigin}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

before(async () => {
  const { startTestPostgres } = await load('test/hub/support/postgres.ts');
  pg = await startTestPostgres();
  const hubPort = await freePort();
  hubOrigin = `http://127.0.0.1:${hubPort}`;
  // the app's server allows exactly this hub in its CSP, as the desktop app allows the one its user connected
  web = await startWebServer({ root: `${root}out/renderer`, port: 0, hubOrigin });
  hub = spawn(process.execPath, [`${root}out/hub/gongzhi-hub.js`], {
    env: {
      PATH: process.env.PATH,
      HUB_DATABASE_URL: pg.url,
      HUB_PORT: String(hubPort),
      HUB_CORS_ORIGINS: new URL(web.url).origin,
      HUB_PARK_NAME: '两江新区智造园',
      HUB_ADMIN_USERNAME: ADMIN.username,
      HUB_ADMIN_PASSWORD: ADMIN.password,
      HUB_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`${hubOrigin}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  browser = await chromium.connect(process.env.GZ_E2E_WS);
});

after(async () => {
  await browser?.close();
  hub?.kill('SIGTERM');
  await web?.close();
  pg?.stop();
});

async function completeQuickCheck(page, company) {
  await page.goto(`${web.url}#/assess/company/new`);
  await page.getByLabel('企业名称').fill(company);
  await page.getByLabel('所属“33618”产业集群').selectOption({ label: '智能装备及智能制造' });
  await page.getByLabel('企业规模').selectOption({ label: '小型' });
  await page.getByRole('button', { name: '保存概况' }).click();
  await page.getByRole('heading', { name: company }).waitFor();
  await page.locator('[data-framework="quick-check"]').click();
  await page.getByText('第 1 题，共 15 题').waitFor();
  for (let i = 1; i <= 15; i++) {
    await page
      .locator('.gz-assess-option', { hasText: i % 2 === 0 ? '3级：' : '2级：' })
      .first()
      .click();
    await page.locator('[data-save-state="saved"]').waitFor();
    if (i < 15) await page.getByRole('button', { name: '下一题', exact: true }).click();
  }
  await page.getByRole('button', { name: '计算结果' }).click();
  await page.getByRole('heading', { name: `${company} 自评结果` }).waitFor();
}

async function installation(company, code) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  await completeQuickCheck(page, company);
  await page.goto(`${web.url}#/settings`);
  // a plain-http address off this machine is refused before any request
  await page.getByLabel('园区中心地址').fill('http://192.168.1.20:8787');
  await page.getByLabel('一次性接入码').fill(code);
  await page.getByRole('button', { name: '连接' }).click();
  await page.getByText('园区中心必须使用 https').waitFor();
  await page.getByLabel('园区中心地址').fill(hubOrigin);
  await page.getByRole('button', { name: '连接' }).click();
  await page.getByText('已连接到 两江新区智造园').waitFor();
  await page.getByText('待发送：0 · 已发送：2 · 被拒绝：0').waitFor();
  // the park view asks the hub for its pooled figures (withheld while fewer than 5 companies have reported)
  await page.goto(`${web.url}#/park`);
  await page.getByRole('heading', { name: '园区中心：两江新区智造园' }).waitFor();
  await page.getByText('满 5 家才显示汇总').waitFor();
  await context.close();
  return requests;
}

test('two installations sync to one hub; the administrator sees both, each provider only its own', async () => {
  const { token: admin } = await api('POST', '/api/v1/login', undefined, ADMIN);
  const codes = [];
  for (const name of ['A', 'B']) {
    const provider = await api('POST', '/api/v1/providers', admin, { name: `服务商${name}` });
    await api('POST', '/api/v1/accounts', admin, {
      username: `provider-${name}`,
      password: PASSWORD,
      role: 'provider',
      providerId: provider.id,
    });
    codes.push((await api('POST', '/api/v1/enrolment-codes', admin, { providerId: provider.id })).code);
  }
  const requestsA = await installation('重庆甲精密机械有限公司', codes[0]);
  const requestsB = await installation('重庆乙食品有限公司', codes[1]);

  const names = async (token) => (await api('GET', '/api/v1/companies', token)).companies.map((c) => c.name).sort();
  assert.deepEqual(await names(admin), ['重庆乙食品有限公司', '重庆甲精密机械有限公司']);
  const providerA = (await api('POST', '/api/v1/login', undefined, { username: 'provider-A', password: PASSWORD })).token;
  const providerB = (await api('POST', '/api/v1/login', undefined, { username: 'provider-B', password: PASSWORD })).token;
  assert.deepEqual(await names(providerA), ['重庆甲精密机械有限公司']);
  assert.deepEqual(await names(providerB), ['重庆乙食品有限公司']);
  const installations = (await api('GET', '/api/v1/installations', admin)).installations;
  assert.equal(installations.length, 2);

  // nothing left the app origin except calls to the one configured hub
  const appOrigin = new URL(web.url).origin;
  for (const url of [...requestsA, ...requestsB]) {
    if (url.startsWith('data:') || url.startsWith('blob:')) continue;
    assert.ok([appOrigin, hubOrigin].includes(new URL(url).origin), `request left the app: ${url}`);
  }
  assert.ok(
    requestsA.some((url) => url.startsWith(`${hubOrigin}/api/v1/sync`)),
    'installation A pushed to the hub',
  );
});

test('the page cannot reach any other origin than the configured hub (CSP)', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${web.url}#/settings`);
    await expectCount(page.getByRole('heading', { name: '园区中心' }), 1);
    // a fetch the policy blocks raises a securitypolicyviolation event (a refused connection would not)
    const outcome = await page.evaluate(async (hub) => {
      const blocked = [];
      document.addEventListener('securitypolicyviolation', (event) => blocked.push(event.blockedURI));
      const tryFetch = (url) =>
        fetch(url, { mode: 'cors' }).then(
          () => 'reached',
          (error) => String(error),
        );
      const hubAnswer = await tryFetch(`${hub}/health`);
      await tryFetch('http://127.0.0.2:9/');
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { hub: hubAnswer, blocked };
    }, hubOrigin);
    assert.equal(outcome.hub, 'reached');
    assert.deepEqual(outcome.blocked, ['http://127.0.0.2:9/']);
  } finally {
    await context.close();
  }
});
