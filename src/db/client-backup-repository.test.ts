import { describe, expect, it } from 'vitest';
import { bundledFrameworks } from '../core/assessment/bundled-frameworks';
import { parseClientBackup } from '../core/clients/client-backup';
import { AssessmentRepository } from './assessment-repository';
import { ClientBackupRepository } from './client-backup-repository';
import { CompanyRepository } from './company-repository';
import { openDatabase } from './database';
import { freshIndexedDb } from './test-support';

async function seeded() {
  const db = await openDatabase(freshIndexedDb());
  const companies = new CompanyRepository(db);
  const assessments = new AssessmentRepository(db);
  const client = await companies.create({
    name: '重庆长江精密机械有限公司',
    industryType: 'discrete',
    contactName: '王工',
    contactPhone: '023-1234',
    isDemo: false,
  });
  const other = await companies.create({ name: '另一家客户', industryType: 'process', isDemo: false });
  const a = await assessments.create({
    companyId: client.id,
    frameworkId: 'quick-check',
    frameworkVersion: '1.0.0',
    industryType: 'discrete',
  });
  await assessments.saveAnswer(a.id, 'strategy', { value: 'l2' });
  await assessments.addAttachment(a.id, 'strategy', {
    name: '规划.pdf',
    mimeType: 'application/pdf',
    data: new Blob([new Uint8Array([0, 1, 2, 255])]),
  });
  await assessments.create({ companyId: other.id, frameworkId: 'quick-check', frameworkVersion: '1.0.0', industryType: 'process' });
  return { db, client, other };
}

describe('per-client backup', () => {
  it('exports one company with its assessments and files only, and imports it as a separate new company', async () => {
    const { db, client } = await seeded();
    const repository = new ClientBackupRepository(db);
    const backup = JSON.parse(JSON.stringify(await repository.exportCompany(client.id))) as unknown;
    const checked = parseClientBackup(backup, bundledFrameworks());
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.value.company).toMatchObject({ name: '重庆长江精密机械有限公司', contactName: '王工' });
    expect(checked.value.assessments).toHaveLength(1);
    expect(checked.value.attachments).toHaveLength(1);

    const target = await openDatabase(freshIndexedDb());
    const imported = await new ClientBackupRepository(target).importCompany(checked.value);
    const [record] = await new AssessmentRepository(target).listForCompany(imported.id);
    expect(record?.answers.strategy?.value).toBe('l2');
    const files = await target.assessmentAttachments.toArray();
    expect(files).toHaveLength(1);
    const bytes = files[0] ? new Uint8Array(await files[0].data.arrayBuffer()) : new Uint8Array();
    expect([...bytes]).toEqual([0, 1, 2, 255]);
    expect(files[0]?.assessmentId).toBe(record?.id);

    // Importing into the same workspace adds a second company and leaves the original as it was.
    const before = await db.companies.get(client.id);
    const again = await repository.importCompany(checked.value);
    expect(again.id).not.toBe(client.id);
    expect(await db.companies.get(client.id)).toEqual(before);
    expect(await db.companies.count()).toBe(3);
  });

  it('refuses a backup with an unknown framework version or a dangling file, naming the place', async () => {
    const { db, client } = await seeded();
    const backup = await new ClientBackupRepository(db).exportCompany(client.id);
    const unknown = parseClientBackup(
      { ...backup, assessments: backup.assessments.map((a) => ({ ...a, frameworkVersion: '7.0.0' })) },
      bundledFrameworks(),
    );
    expect(unknown.ok || unknown.problems[0]).toMatchObject({ code: 'file.unknownFramework', path: 'assessments.0.frameworkVersion' });
    const dangling = parseClientBackup(
      { ...backup, attachments: backup.attachments.map((f) => ({ ...f, assessmentId: 'gone' })) },
      bundledFrameworks(),
    );
    expect(dangling.ok || dangling.problems[0]).toMatchObject({ code: 'file.invalid', path: 'attachments.0.assessmentId' });
    expect(parseClientBackup({ format: 'something-else' }, bundledFrameworks()).ok).toBe(false);
  });
});
