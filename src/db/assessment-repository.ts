import { Dexie } from 'dexie';
import type { Answer } from '../core/assessment/answers';
import type { AssessmentRecord, AttachmentRecord } from '../core/assessment/assessment-record';
import type { AttachmentRef } from '../core/assessment/answers';
import type { AssessmentResult } from '../core/assessment/result-types';
import type { IndustryType } from '../core/clients/company';
import type { RepositoryClock } from './company-repository';
import type { GongzhiDatabase } from './database';
import { StorageError, withStorageErrors } from './errors';

const systemClock: RepositoryClock = { now: () => new Date(), newId: () => crypto.randomUUID() };

export interface NewAssessment {
  companyId: string;
  frameworkId: string;
  frameworkVersion: string;
  industryType: IndustryType;
}

/** Assessments of the workspace's companies and their evidence files. Failures are coded StorageErrors. */
export class AssessmentRepository {
  constructor(
    private readonly db: GongzhiDatabase,
    private readonly clock: RepositoryClock = systemClock,
  ) {}

  async create(input: NewAssessment): Promise<AssessmentRecord> {
    const stamp = this.clock.now().toISOString();
    const record: AssessmentRecord = {
      ...input,
      id: this.clock.newId(),
      status: 'inProgress',
      answers: {},
      createdAt: stamp,
      updatedAt: stamp,
    };
    await withStorageErrors(() => this.db.assessments.add(record));
    return record;
  }

  /** Stores a whole assessment under a new id (import of a bundle); the caller has validated it. */
  async importRecord(record: Omit<AssessmentRecord, 'id'>): Promise<AssessmentRecord> {
    const stored: AssessmentRecord = { ...record, id: this.clock.newId() };
    await withStorageErrors(() => this.db.assessments.add(stored));
    return stored;
  }

  async get(id: string): Promise<AssessmentRecord | undefined> {
    return withStorageErrors(() => this.db.assessments.get(id));
  }

  /** A company's assessments, most recently changed first (the history list). */
  async listForCompany(companyId: string): Promise<AssessmentRecord[]> {
    const rows = await withStorageErrors(() =>
      this.db.assessments.where('[companyId+updatedAt]').between([companyId, Dexie.minKey], [companyId, Dexie.maxKey]).reverse().toArray(),
    );
    return rows;
  }

  /**
   * Saves one answer (undefined clears it) in a read-modify-write transaction, so answers saved in quick
   * succession never overwrite each other.
   */
  async saveAnswer(id: string, questionId: string, answer: Answer | undefined): Promise<AssessmentRecord> {
    return this.modify(id, (current) => {
      const answers = { ...current.answers };
      if (answer === undefined) Reflect.deleteProperty(answers, questionId);
      else answers[questionId] = answer;
      return { ...current, answers, lastQuestionId: questionId, result: undefined, status: 'inProgress', completedAt: undefined };
    });
  }

  async saveAnswers(id: string, changes: ReadonlyMap<string, Answer | undefined>, lastQuestionId?: string): Promise<AssessmentRecord> {
    return this.modify(id, (current) => {
      const answers = { ...current.answers };
      for (const [questionId, answer] of changes) {
        if (answer === undefined) Reflect.deleteProperty(answers, questionId);
        else answers[questionId] = answer;
      }
      return {
        ...current,
        answers,
        lastQuestionId: lastQuestionId ?? current.lastQuestionId,
        result: undefined,
        status: 'inProgress',
        completedAt: undefined,
      };
    });
  }

  async complete(id: string, result: AssessmentResult): Promise<AssessmentRecord> {
    return this.modify(id, (current) => ({ ...current, status: 'completed', result, completedAt: this.clock.now().toISOString() }));
  }

  async delete(id: string): Promise<void> {
    await withStorageErrors(() =>
      this.db.transaction('rw', this.db.assessments, this.db.assessmentAttachments, async () => {
        await this.db.assessmentAttachments.where('assessmentId').equals(id).delete();
        await this.db.assessments.delete(id);
      }),
    );
  }

  async addAttachment(
    assessmentId: string,
    questionId: string,
    file: { name: string; mimeType: string; data: Blob },
  ): Promise<AttachmentRef> {
    const record: AttachmentRecord = {
      id: this.clock.newId(),
      assessmentId,
      questionId,
      name: file.name,
      mimeType: file.mimeType,
      size: file.data.size,
      data: file.data,
      createdAt: this.clock.now().toISOString(),
    };
    await withStorageErrors(() => this.db.assessmentAttachments.add(record));
    return { id: record.id, name: record.name, mimeType: record.mimeType, size: record.size };
  }

  async getAttachment(id: string): Promise<AttachmentRecord | undefined> {
    return withStorageErrors(() => this.db.assessmentAttachments.get(id));
  }

  async deleteAttachment(id: string): Promise<void> {
    await withStorageErrors(() => this.db.assessmentAttachments.delete(id));
  }

  private async modify(id: string, change: (current: AssessmentRecord) => AssessmentRecord): Promise<AssessmentRecord> {
    return withStorageErrors(() =>
      this.db.transaction('rw', this.db.assessments, async () => {
        const current = await this.db.assessments.get(id);
        if (!current) throw new StorageError('storage.notFound', { id });
        const next = dropUndefined({ ...change(current), id, updatedAt: this.clock.now().toISOString() });
        await this.db.assessments.put(next);
        return next;
      }),
    );
  }
}

/** IndexedDB stores undefined fields as present; dropping them keeps records equal to what was read. */
function dropUndefined(record: AssessmentRecord): AssessmentRecord {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as unknown as AssessmentRecord;
}
