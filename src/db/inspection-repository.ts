import { Dexie } from 'dexie';
import type {
  BatchItem,
  InspectionBatch,
  InspectionProject,
  InspectionResult,
  InspectionTeachImage,
  Verdict,
} from '../core/inspection/records';
import type { GongzhiDatabase } from './database';
import { StorageError, withStorageErrors } from './errors';

export interface ResultFilter {
  readonly projectId: string;
  readonly verdict?: Verdict;
  /** Inclusive range of checkedAt (ms). */
  readonly from?: number;
  readonly to?: number;
}

export interface ResultPage {
  readonly results: InspectionResult[];
  /** Pass as `before` for the next (older) page; undefined at the end. */
  readonly next: number | undefined;
}

const newId = (): string => crypto.randomUUID();

/** Inspection projects, results and resumable batches. Every failure surfaces as a StorageError. */
export class InspectionRepository {
  constructor(private readonly db: GongzhiDatabase) {}

  listProjects(): Promise<InspectionProject[]> {
    return withStorageErrors(() => this.db.inspectionProjects.orderBy('updatedAt').reverse().toArray());
  }

  getProject(id: string): Promise<InspectionProject | undefined> {
    return withStorageErrors(() => this.db.inspectionProjects.get(id));
  }

  async createProject(name: string): Promise<InspectionProject> {
    const now = new Date().toISOString();
    const project: InspectionProject = { id: newId(), name: name.trim(), createdAt: now, updatedAt: now, goodImages: 0, defectTypes: [] };
    await withStorageErrors(() => this.db.inspectionProjects.add(project));
    return project;
  }

  async updateProject(id: string, patch: Partial<Omit<InspectionProject, 'id' | 'createdAt'>>): Promise<InspectionProject> {
    return withStorageErrors(async () => {
      const current = await this.db.inspectionProjects.get(id);
      if (!current) throw new StorageError('storage.notFound');
      const next: InspectionProject = { ...current, ...patch, updatedAt: new Date().toISOString() };
      await this.db.inspectionProjects.put(next);
      return next;
    });
  }

  /** Stores a result, and its refit copy in the same transaction (a full disk stores neither). */
  async addResult(result: Omit<InspectionResult, 'id'>, refitCopy?: Uint8Array): Promise<InspectionResult> {
    const stored: InspectionResult = { ...result, id: newId(), ...(refitCopy ? { refitCopy: 'kept' as const } : {}) };
    await withStorageErrors(() =>
      this.db.transaction('rw', this.db.inspectionResults, this.db.inspectionRefitCopies, async () => {
        await this.db.inspectionResults.add(stored);
        if (refitCopy) await this.db.inspectionRefitCopies.add({ id: stored.id, projectId: stored.projectId, bytes: refitCopy });
      }),
    );
    return stored;
  }

  /** Replaces a project's stored teaching images of one kind (teaching again replaces the set). */
  async replaceTeachImages(
    projectId: string,
    kind: InspectionTeachImage['kind'],
    images: readonly { label?: string; bytes: Uint8Array }[],
  ): Promise<void> {
    await withStorageErrors(() =>
      this.db.transaction('rw', this.db.inspectionTeachImages, async () => {
        await this.db.inspectionTeachImages
          .where('projectId')
          .equals(projectId)
          .filter((row) => row.kind === kind)
          .delete();
        await this.db.inspectionTeachImages.bulkAdd(
          images.map((image) => ({ id: newId(), projectId, kind, ...(image.label ? { label: image.label } : {}), bytes: image.bytes })),
        );
      }),
    );
  }

  teachImages(projectId: string): Promise<InspectionTeachImage[]> {
    return withStorageErrors(() => this.db.inspectionTeachImages.where('projectId').equals(projectId).toArray());
  }

  /** Refit copies of the given results, by result id (results without a copy are absent). */
  refitCopies(resultIds: readonly string[]): Promise<Map<string, Uint8Array>> {
    return withStorageErrors(async () => {
      const rows = await this.db.inspectionRefitCopies.bulkGet([...resultIds]);
      return new Map(rows.flatMap((row) => (row ? [[row.id, row.bytes] as const] : [])));
    });
  }

  /** Newest first, `limit` at a time, served by the compound indexes (no scan of the whole history). */
  page(filter: ResultFilter, limit = 50, before?: number): Promise<ResultPage> {
    return withStorageErrors(async () => {
      const from = filter.from ?? 0;
      const to = Math.min(filter.to ?? Number.MAX_SAFE_INTEGER, before === undefined ? Number.MAX_SAFE_INTEGER : before - 1);
      if (to < from) return { results: [], next: undefined };
      const query = filter.verdict
        ? this.db.inspectionResults
            .where('[projectId+verdict+checkedAt]')
            .between([filter.projectId, filter.verdict, from], [filter.projectId, filter.verdict, to], true, true)
        : this.db.inspectionResults.where('[projectId+checkedAt]').between([filter.projectId, from], [filter.projectId, to], true, true);
      const results = await query.reverse().limit(limit).toArray();
      const last = results[results.length - 1];
      return { results, next: results.length === limit && last ? last.checkedAt : undefined };
    });
  }

  /** The results with these ids, in the order given (ids with no result are left out): a batch's own results. */
  resultsByIds(ids: readonly string[]): Promise<InspectionResult[]> {
    return withStorageErrors(async () => (await this.db.inspectionResults.bulkGet([...ids])).flatMap((r) => (r ? [r] : [])));
  }

  /** Every result of a project (statistics, CSV export, refit with corrections). */
  allResults(projectId: string): Promise<InspectionResult[]> {
    return withStorageErrors(() =>
      this.db.inspectionResults.where('[projectId+checkedAt]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).toArray(),
    );
  }

  /** Results a reviewer confirmed or corrected, through the reviewed index (never the whole history). */
  reviewedResults(projectId: string): Promise<InspectionResult[]> {
    return withStorageErrors(() =>
      this.db.inspectionResults.where('[projectId+reviewedAt]').between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]).toArray(),
    );
  }

  async review(id: string, verdict: Verdict, defectType: string | undefined): Promise<InspectionResult> {
    return withStorageErrors(async () => {
      const current = await this.db.inspectionResults.get(id);
      if (!current) throw new StorageError('storage.notFound');
      const next: InspectionResult = { ...current, verdict, defectType: verdict === 'ng' ? defectType : undefined, reviewedAt: Date.now() };
      await this.db.inspectionResults.put(next);
      return next;
    });
  }

  /** Stores the batch and all its images in one transaction: either the whole queue is saved or nothing. */
  async createBatch(projectId: string, files: readonly { name: string; bytes: Uint8Array }[]): Promise<InspectionBatch> {
    const batch: InspectionBatch = {
      id: newId(),
      projectId,
      createdAt: new Date().toISOString(),
      status: 'running',
      items: files.map((f) => ({ name: f.name, state: 'pending' })),
    };
    await withStorageErrors(() =>
      this.db.transaction('rw', this.db.inspectionBatches, this.db.inspectionBatchImages, async () => {
        await this.db.inspectionBatches.add(batch);
        await this.db.inspectionBatchImages.bulkAdd(files.map((f, i) => ({ id: `${batch.id}/${i}`, batchId: batch.id, bytes: f.bytes })));
      }),
    );
    return batch;
  }

  /** An empty batch that `appendToBatch` fills chunk by chunk; paused until its runner starts it. */
  async openBatch(projectId: string): Promise<InspectionBatch> {
    const batch: InspectionBatch = { id: newId(), projectId, createdAt: new Date().toISOString(), status: 'paused', items: [] };
    await withStorageErrors(() => this.db.inspectionBatches.add(batch));
    return batch;
  }

  /**
   * Appends images (pending, with their bytes) and unreadable files (failed, with the error code) in one
   * transaction, so the batch is complete and resumable after every chunk; small chunks keep each structured
   * clone on the UI thread short.
   */
  async appendToBatch(
    batchId: string,
    entries: readonly (
      { name: string; bytes: Uint8Array } | { name: string; failed: { code: string; params: Record<string, string | number> } }
    )[],
  ): Promise<InspectionBatch> {
    return withStorageErrors(() =>
      this.db.transaction('rw', this.db.inspectionBatches, this.db.inspectionBatchImages, async () => {
        const batch = await this.db.inspectionBatches.get(batchId);
        if (!batch) throw new StorageError('storage.notFound');
        const start = batch.items.length;
        const items: BatchItem[] = entries.map((e) =>
          'bytes' in e
            ? { name: e.name, state: 'pending' }
            : { name: e.name, state: 'failed', errorCode: e.failed.code, errorParams: e.failed.params },
        );
        const next: InspectionBatch = { ...batch, items: [...batch.items, ...items] };
        await this.db.inspectionBatches.put(next);
        const images = entries.flatMap((e, i) => ('bytes' in e ? [{ id: `${batchId}/${start + i}`, batchId, bytes: e.bytes }] : []));
        await this.db.inspectionBatchImages.bulkAdd(images);
        return next;
      }),
    );
  }

  /** Where a queued image is stored, for the inspection worker to read it without the UI thread. */
  batchImageRef(batchId: string, index: number): { database: string; store: string; key: string } {
    return { database: this.db.name, store: this.db.inspectionBatchImages.name, key: `${batchId}/${index}` };
  }

  batchImage(batchId: string, index: number): Promise<Uint8Array | undefined> {
    return withStorageErrors(async () => (await this.db.inspectionBatchImages.get(`${batchId}/${index}`))?.bytes);
  }

  /** Marks one item finished and drops its stored image, atomically, so a resume never checks it twice. */
  async finishItem(batchId: string, index: number, item: BatchItem): Promise<InspectionBatch> {
    return withStorageErrors(() =>
      this.db.transaction('rw', this.db.inspectionBatches, this.db.inspectionBatchImages, async () => {
        const batch = await this.db.inspectionBatches.get(batchId);
        if (!batch) throw new StorageError('storage.notFound');
        const items = batch.items.map((it, i) => (i === index ? item : it));
        const done = items.every((it) => it.state !== 'pending');
        const next: InspectionBatch = { ...batch, items, status: done ? 'done' : batch.status };
        await this.db.inspectionBatches.put(next);
        await this.db.inspectionBatchImages.delete(`${batchId}/${index}`);
        return next;
      }),
    );
  }

  async setBatchStatus(batchId: string, status: InspectionBatch['status']): Promise<InspectionBatch> {
    return withStorageErrors(() =>
      this.db.transaction('rw', this.db.inspectionBatches, this.db.inspectionBatchImages, async () => {
        const batch = await this.db.inspectionBatches.get(batchId);
        if (!batch) throw new StorageError('storage.notFound');
        const next: InspectionBatch = { ...batch, status };
        await this.db.inspectionBatches.put(next);
        // a cancelled batch keeps its record (what was checked) but not the images it will never check
        if (status === 'cancelled') await this.db.inspectionBatchImages.where('batchId').equals(batchId).delete();
        return next;
      }),
    );
  }

  /** Batches left running or paused, e.g. when the app was closed mid-batch. */
  unfinishedBatches(projectId: string): Promise<InspectionBatch[]> {
    return withStorageErrors(async () =>
      (await this.db.inspectionBatches.where('projectId').equals(projectId).toArray()).filter(
        (b) => b.status === 'running' || b.status === 'paused',
      ),
    );
  }
}
