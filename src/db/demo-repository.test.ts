import { describe, expect, it } from 'vitest';
import { demoRows, DEMO_ID_PREFIX } from '../core/demo/demo-records';
import { bundledSamples } from '../core/demo/bundled-samples';
import { AssessmentRepository } from './assessment-repository';
import { CompanyRepository } from './company-repository';
import { openDatabase, type GongzhiDatabase } from './database';
import { DemoRepository } from './demo-repository';
import { SettingsRepository } from './settings-repository';
import { freshIndexedDb } from './test-support';

const STAMP = '2026-11-25T08:00:00.000Z';

function isDemoRow(table: string, row: Record<string, unknown>): boolean {
  const id = String(row.id ?? '');
  if (table === 'companies') return id.startsWith(DEMO_ID_PREFIX);
  if (table === 'assessments') return String(row.companyId).startsWith(DEMO_ID_PREFIX);
  return false;
}

async function encode(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blob: Buffer.from(await value.arrayBuffer()).toString('base64'), type: value.type };
  if (Array.isArray(value)) return Promise.all(value.map(encode));
  if (value !== null && typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(async ([k, v]) => [k, await encode(v)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/** Every non-demo row of every table, serialised to one string (blobs by their bytes). */
async function realData(db: GongzhiDatabase): Promise<string> {
  const tables: Record<string, unknown> = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    tables[table.name] = await encode(rows.filter((row) => !isDemoRow(table.name, row)));
  }
  return JSON.stringify(tables);
}

async function seedRealClient(db: GongzhiDatabase) {
  const companies = new CompanyRepository(db);
  const assessments = new AssessmentRepository(db);
  const client = await companies.create({
    name: '重庆长江精密机械有限公司',
    industryType: 'discrete',
    cluster: 'equipment',
    contactName: '王工',
    isDemo: false,
  });
  await companies.create({ name: '两江新区食品加工厂', industryType: 'process', isDemo: false });
  const assessment = await assessments.create({
    companyId: client.id,
    frameworkId: 'quick-check',
    frameworkVersion: '1.0.0',
    industryType: 'discrete',
  });
  await assessments.saveAnswer(assessment.id, 'strategy', { value: 'l2', evidence: { note: '年度计划有数字化目标' } });
  await assessments.addAttachment(assessment.id, 'strategy', {
    name: '规划.pdf',
    mimeType: 'application/pdf',
    data: new Blob([new Uint8Array([1, 2, 3, 250])]),
  });
  await new SettingsRepository(db).update({ activeCompanyId: client.id, largeText: true });
  return client;
}

describe('DemoRepository', () => {
  it('loads, resets and removes the demo without changing a byte of real client data', async () => {
    const db = await openDatabase(freshIndexedDb());
    const client = await seedRealClient(db);
    const before = await realData(db);
    const demo = new DemoRepository(db);
    const rows = demoRows(bundledSamples(), 'zh-CN', STAMP);

    await demo.reset(rows);
    expect(await demo.count()).toBe(6);
    expect(await db.companies.count()).toBe(8);
    // A visitor plays with a demo company: edits it and answers a question.
    const demoAssessment = rows.assessments[0];
    if (!demoAssessment) throw new Error('no demo assessment');
    await new AssessmentRepository(db).saveAnswer(demoAssessment.id, 'strategy', { value: 'l5' });
    await new CompanyRepository(db).update(demoAssessment.companyId, { name: '访客改过的名字' });
    await new SettingsRepository(db).update({ activeCompanyId: demoAssessment.companyId });

    await demo.reset(rows);
    const restored = await db.assessments.get(demoAssessment.id);
    expect(restored?.answers).toEqual(demoAssessment.answers);
    expect((await db.companies.get(demoAssessment.companyId))?.name).toBe(rows.companies[0]?.name);
    expect(await demo.count()).toBe(6);

    await demo.remove();
    expect(await demo.count()).toBe(0);
    // The active company pointed at a demo company, so it was cleared; everything else is untouched.
    await new SettingsRepository(db).update({ activeCompanyId: client.id });
    expect(await realData(db)).toBe(before);
  });

  it('refuses rows that are not demo rows and leaves the workspace as it was', async () => {
    const db = await openDatabase(freshIndexedDb());
    await seedRealClient(db);
    const before = await realData(db);
    const rows = demoRows(bundledSamples(), 'en', STAMP);
    const first = rows.companies[0];
    if (!first) throw new Error('no demo company');
    const smuggled = { ...rows, companies: [{ ...first, id: 'real-looking-id' }, ...rows.companies.slice(1)] };
    await expect(new DemoRepository(db).reset(smuggled)).rejects.toMatchObject({ code: 'demo.notDemoRow' });
    const unflagged = { ...rows, companies: [{ ...first, isDemo: false }, ...rows.companies.slice(1)] };
    await expect(new DemoRepository(db).reset(unflagged)).rejects.toMatchObject({ code: 'demo.notDemoRow' });
    expect(await realData(db)).toBe(before);
    expect(await db.companies.count()).toBe(2);
  });
});
