import { describe, expect, it } from 'vitest';
import { AssessmentRepository } from './assessment-repository';
import { CompanyRepository } from './company-repository';
import { openDatabase } from './database';
import { freshIndexedDb } from './test-support';

function steppingClock() {
  let tick = 0;
  let id = 0;
  return { now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)), newId: () => `id-${++id}` };
}

async function setup() {
  const db = await openDatabase(freshIndexedDb());
  const clock = steppingClock();
  const companies = new CompanyRepository(db, clock);
  const repo = new AssessmentRepository(db, clock);
  const company = await companies.create({ name: '重庆甲机械', industryType: 'discrete', isDemo: false });
  return { db, companies, repo, company };
}

const start = (companyId: string) => ({
  companyId,
  frameworkId: 'quick-check',
  frameworkVersion: '1.0.0',
  industryType: 'discrete' as const,
});

describe('AssessmentRepository', () => {
  it('keeps every answer when many are saved at once without waiting', async () => {
    const { repo, company } = await setup();
    const a = await repo.create(start(company.id));
    const ids = Array.from({ length: 20 }, (_, i) => `q${i}`);
    await Promise.all(ids.map((q, i) => repo.saveAnswer(a.id, q, { value: i })));
    const stored = await repo.get(a.id);
    expect(Object.keys(stored?.answers ?? {}).sort()).toEqual([...ids].sort());
    expect(stored?.answers.q7).toEqual({ value: 7 });
  });

  it('clears an answer, remembers the last question, and reopens a completed assessment when changed', async () => {
    const { repo, company } = await setup();
    const a = await repo.create(start(company.id));
    await repo.saveAnswer(a.id, 'strategy', { value: 'l2' });
    await repo.saveAnswer(a.id, 'skills', { notApplicable: true });
    await repo.saveAnswer(a.id, 'strategy', undefined);
    const done = await repo.complete(a.id, { level: 1 } as never);
    expect(done).toMatchObject({ status: 'completed', answers: { skills: { notApplicable: true } }, lastQuestionId: 'strategy' });
    const reopened = await repo.saveAnswer(a.id, 'skills', { value: 'l1' });
    expect(reopened.status).toBe('inProgress');
    expect(reopened).not.toHaveProperty('result');
    expect(await repo.get(a.id)).toEqual(reopened);
  });

  it('lists one company’s history newest first and nobody else’s', async () => {
    const { repo, companies, company } = await setup();
    const other = await companies.create({ name: '乙厂', industryType: 'process', isDemo: false });
    const first = await repo.create(start(company.id));
    const second = await repo.create(start(company.id));
    await repo.create(start(other.id));
    await repo.saveAnswer(first.id, 'strategy', { value: 'l1' }); // first is now the most recently changed
    expect((await repo.listForCompany(company.id)).map((a) => a.id)).toEqual([first.id, second.id]);
  });

  it('stores evidence files as Blobs and deletes them with their assessment and company', async () => {
    const { db, repo, companies, company } = await setup();
    const a = await repo.create(start(company.id));
    const ref = await repo.addAttachment(a.id, 'quality', {
      name: '检验记录.jpg',
      mimeType: 'image/jpeg',
      data: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }),
    });
    expect(ref).toMatchObject({ name: '检验记录.jpg', size: 3 });
    const stored = await repo.getAttachment(ref.id);
    expect(new Uint8Array(await (stored?.data ?? new Blob()).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    await companies.delete(company.id);
    expect(await db.assessments.count()).toBe(0);
    expect(await db.assessmentAttachments.count()).toBe(0);
  });

  it('reports a missing assessment with a storage code', async () => {
    const { repo } = await setup();
    await expect(repo.saveAnswer('gone', 'q', { value: 1 })).rejects.toMatchObject({ code: 'storage.notFound' });
  });
});
