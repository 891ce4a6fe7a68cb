import { Dexie, type EntityTable } from 'dexie';
import type { AssessmentRecord, AttachmentRecord } from '../core/assessment/assessment-record';
import type { CatalogActiveRow, CatalogVersionEntriesRow, CatalogVersionRow } from '../core/catalog/catalog-version';
import type {
  InspectionBatch,
  InspectionBatchImage,
  InspectionProject,
  InspectionRefitCopy,
  InspectionResult,
  InspectionTeachImage,
} from '../core/inspection/records';
import type { PoolRow } from '../core/park/pool-row';
import type { DrillAttempt } from '../core/training/drill-history';
import type { TrainingAttempt, TrainingDraft } from '../core/training/progress';
import type { Company, Settings } from '../core/clients/company';
import { withStorageErrors } from './errors';
import { migrations as allMigrations, type Migration } from './migrations';
import type { HubConnectionRow, HubOutboxRow } from './hub-outbox-repository';
import type { RoadmapPreferencesRow } from './roadmap-preferences-repository';

export const DATABASE_NAME = 'gongzhi';

/** The settings table holds exactly one row under this key. */
export const SETTINGS_ROW_ID = 'settings';

/** Stored settings may predate fields added later, so every field is optional; defaults fill the gaps on read. */
export type SettingsRow = Partial<Settings> & { id: typeof SETTINGS_ROW_ID };

export interface DatabaseOptions {
  name?: string;
  /** Injected in tests (fake-indexeddb) and by restore's scratch database; defaults to the browser's. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Defaults to the app's migrations; tests pass extra steps to exercise upgrades of old backups. */
  migrations?: readonly Migration[];
  /** Open an older schema (migration and restore tests). Defaults to the newest step. */
  upToVersion?: number;
}

/**
 * The one IndexedDB database of the app. Tables come from the numbered migrations; each gets a typed
 * property here (`declare` so class-field semantics do not overwrite the tables Dexie assigns).
 */
export class GongzhiDatabase extends Dexie {
  declare companies: EntityTable<Company, 'id'>;
  declare settings: EntityTable<SettingsRow, 'id'>;
  declare assessments: EntityTable<AssessmentRecord, 'id'>;
  declare assessmentAttachments: EntityTable<AttachmentRecord, 'id'>;
  declare catalogVersions: EntityTable<CatalogVersionRow, 'id'>;
  declare catalogVersionEntries: EntityTable<CatalogVersionEntriesRow, 'versionId'>;
  declare catalogActive: EntityTable<CatalogActiveRow, 'id'>;
  declare inspectionProjects: EntityTable<InspectionProject, 'id'>;
  declare inspectionResults: EntityTable<InspectionResult, 'id'>;
  declare inspectionBatches: EntityTable<InspectionBatch, 'id'>;
  declare inspectionBatchImages: EntityTable<InspectionBatchImage, 'id'>;
  declare inspectionTeachImages: EntityTable<InspectionTeachImage, 'id'>;
  declare inspectionRefitCopies: EntityTable<InspectionRefitCopy, 'id'>;

  declare trainingAttempts: EntityTable<TrainingAttempt, 'id'>;
  declare parkAssessments: EntityTable<PoolRow, 'id'>;
  declare roadmapPreferences: EntityTable<RoadmapPreferencesRow, 'companyId'>;
  declare trainingDrafts: EntityTable<TrainingDraft, 'caseId'>;
  declare drillAttempts: EntityTable<DrillAttempt, 'id'>;
  declare hubOutbox: EntityTable<HubOutboxRow, 'id'>;
  declare hubConnection: EntityTable<HubConnectionRow, 'id'>;

  readonly options: Readonly<DatabaseOptions>;
  readonly migrations: readonly Migration[];

  constructor(options: DatabaseOptions = {}) {
    super(options.name ?? DATABASE_NAME, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.options = options;
    const limit = options.upToVersion ?? Number.POSITIVE_INFINITY;
    this.migrations = (options.migrations ?? allMigrations).filter((step) => step.version <= limit);
    for (const step of this.migrations) {
      const version = this.version(step.version).stores({ ...step.stores });
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

/** Creates and opens the database, so that a blocked or failed open surfaces as a StorageError here. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<GongzhiDatabase> {
  const db = new GongzhiDatabase(options);
  await withStorageErrors(() => db.open());
  return db;
}
