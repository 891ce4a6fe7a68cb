import { AssessmentRepository } from './assessment-repository';
import { CompanyRepository } from './company-repository';
import { openDatabase, type DatabaseOptions, type GongzhiDatabase } from './database';
import { RoadmapPreferencesRepository } from './roadmap-preferences-repository';
import { SettingsRepository } from './settings-repository';

export { AssessmentRepository, type NewAssessment } from './assessment-repository';
export { CatalogRepository, type NewCatalogVersion } from './catalog-repository';
export { exportWorkspace, inspectBackup, restoreWorkspace } from './backup';
export { CompanyRepository, type CompanyInput, type CompanyPatch } from './company-repository';
export { DATABASE_NAME, GongzhiDatabase, openDatabase, type DatabaseOptions } from './database';
export { STORAGE_ERROR_CODES, StorageError, type StorageErrorCode } from './errors';
export { SettingsRepository } from './settings-repository';
export { RoadmapPreferencesRepository } from './roadmap-preferences-repository';
export { InspectionRepository, type ResultFilter, type ResultPage } from './inspection-repository';

/** The opened database with the repositories the UI uses. */
export interface Workspace {
  readonly db: GongzhiDatabase;
  readonly companies: CompanyRepository;
  readonly settings: SettingsRepository;
  readonly assessments: AssessmentRepository;
  readonly roadmapPreferences: RoadmapPreferencesRepository;
}

export async function openWorkspace(options: DatabaseOptions = {}): Promise<Workspace> {
  const db = await openDatabase(options);
  return { db, companies: new CompanyRepository(db), settings: new SettingsRepository(db), assessments: new AssessmentRepository(db), roadmapPreferences: new RoadmapPreferencesRepository(db) };
}

let shared: Promise<Workspace> | undefined;

/** The renderer's one workspace, opened on first use. A failed open is not cached, so a retry can succeed. */
export function getWorkspace(): Promise<Workspace> {
  shared ??= openWorkspace().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
