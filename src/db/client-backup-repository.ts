import type { AssessmentRecord, AttachmentRecord } from '../core/assessment/assessment-record';
import { scoreAssessment } from '../core/assessment/score-assessment';
import { findFramework } from '../core/assessment/bundled-frameworks';
import { fromBase64, toBase64 } from '../core/backup/bytes';
import { createClientBackup, type ClientBackup } from '../core/clients/client-backup';
import type { Company } from '../core/clients/company';
import type { RepositoryClock } from './company-repository';
import type { GongzhiDatabase } from './database';
import { StorageError, withStorageErrors } from './errors';

const systemClock: RepositoryClock = { now: () => new Date(), newId: () => crypto.randomUUID() };

/** Per-client backup: one company with its assessments and evidence, out and back in (as a new company). */
export class ClientBackupRepository {
  constructor(
    private readonly db: GongzhiDatabase,
    private readonly clock: RepositoryClock = systemClock,
  ) {}

  async exportCompany(companyId: string): Promise<ClientBackup> {
    const company = await withStorageErrors(() => this.db.companies.get(companyId));
    if (!company) throw new StorageError('storage.notFound', { id: companyId });
    const assessments = await withStorageErrors(() => this.db.assessments.where('companyId').equals(companyId).toArray());
    const files = await withStorageErrors(() =>
      this.db.assessmentAttachments
        .where('assessmentId')
        .anyOf(assessments.map((a) => a.id))
        .toArray(),
    );
    const attachments = await Promise.all(files.map(async (f) => ({ ...f, base64: toBase64(new Uint8Array(await f.data.arrayBuffer())) })));
    return createClientBackup(company, assessments, attachments, this.clock.now().toISOString());
  }

  /**
   * Stores a (validated) client backup as a new company with new ids in one transaction, so a failed
   * import leaves nothing behind and an existing client is never overwritten.
   */
  async importCompany(backup: ClientBackup): Promise<Company> {
    const stamp = this.clock.now().toISOString();
    const company: Company = { ...backup.company, id: this.clock.newId(), isDemo: false, createdAt: stamp, updatedAt: stamp };
    const ids = new Map(backup.assessments.map((a) => [a.id, this.clock.newId()]));
    const assessments: AssessmentRecord[] = backup.assessments.map((a) => {
      const framework = findFramework(a.frameworkId, a.frameworkVersion);
      const result = a.status === 'completed' && framework ? scoreAssessment(framework, a.industryType, a.answers) : undefined;
      return { ...a, id: ids.get(a.id) ?? this.clock.newId(), companyId: company.id, ...(result ? { result } : {}) };
    });
    const attachments: AttachmentRecord[] = backup.attachments.map((f) => {
      const bytes = fromBase64(f.base64);
      return {
        id: this.clock.newId(),
        assessmentId: ids.get(f.assessmentId) ?? '',
        questionId: f.questionId,
        name: f.name,
        mimeType: f.mimeType,
        size: bytes.byteLength,
        data: new Blob([new Uint8Array(bytes)], { type: f.mimeType }),
        createdAt: f.createdAt,
      };
    });
    await withStorageErrors(() =>
      this.db.transaction('rw', [this.db.companies, this.db.assessments, this.db.assessmentAttachments], async () => {
        await this.db.companies.add(company);
        await this.db.assessments.bulkAdd(assessments);
        await this.db.assessmentAttachments.bulkAdd(attachments);
      }),
    );
    return company;
  }
}
