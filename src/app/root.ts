import {
  AssessmentRepository,
  CatalogRepository,
  ClientBackupRepository,
  CompanyRepository,
  DemoRepository,
  DrillRepository,
  InspectionRepository,
  openDatabase,
  ParkRepository,
  RoadmapPreferencesRepository,
  SettingsRepository,
  TrainingDraftRepository,
  TrainingRepository,
  type DatabaseOptions,
  type GongzhiDatabase,
} from '../db';
import type { CatalogFileHandlers } from './catalog/catalog-file-handlers';
import type { RoadmapHandlers } from './catalog/roadmap-handlers';
import type { InspectionHandlers } from './inspection/inspection-handlers';
import { createWorkerClient, type WorkerClient } from '../shared/worker-transport';

/** Every repository, built once over the one database. */
export interface Repositories {
  readonly companies: CompanyRepository;
  readonly settings: SettingsRepository;
  readonly assessments: AssessmentRepository;
  readonly roadmapPreferences: RoadmapPreferencesRepository;
  readonly catalog: CatalogRepository;
  readonly clientBackups: ClientBackupRepository;
  readonly inspection: InspectionRepository;
  readonly training: TrainingRepository;
  readonly trainingDrafts: TrainingDraftRepository;
  readonly drills: DrillRepository;
  readonly park: ParkRepository;
  readonly demo: DemoRepository;
}

/** Every worker client, started on first call. */
export interface Workers {
  readonly roadmap: WorkerClient<RoadmapHandlers>;
  readonly catalogFiles: WorkerClient<CatalogFileHandlers>;
  /** A new inspection worker: onnxruntime-web fixes backend and threads per worker, so each session has its own. */
  inspection(): WorkerClient<InspectionHandlers>;
}

/**
 * The composition root: what app actions work with. Screens never see it; they call the actions of
 * src/app/<concept>. The database handle itself is here only for backup and restore, which copy every table.
 */
export interface AppRoot {
  readonly repositories: Repositories;
  readonly workers: Workers;
  readonly database: GongzhiDatabase;
}

export function createRepositories(database: GongzhiDatabase): Repositories {
  return {
    companies: new CompanyRepository(database),
    settings: new SettingsRepository(database),
    assessments: new AssessmentRepository(database),
    roadmapPreferences: new RoadmapPreferencesRepository(database),
    catalog: new CatalogRepository(database),
    clientBackups: new ClientBackupRepository(database),
    inspection: new InspectionRepository(database),
    training: new TrainingRepository(database),
    trainingDrafts: new TrainingDraftRepository(database),
    drills: new DrillRepository(database),
    park: new ParkRepository(database),
    demo: new DemoRepository(database),
  };
}

/** The browser's workers (each bundled by Vite from its `new URL(…)`). */
export function browserWorkers(): Workers {
  return {
    roadmap: createWorkerClient<RoadmapHandlers>(
      () => new Worker(new URL('./catalog/roadmap.worker.ts', import.meta.url), { type: 'module', name: 'gz-roadmap' }),
      {
        name: 'roadmap',
      },
    ),
    catalogFiles: createWorkerClient<CatalogFileHandlers>(
      () => new Worker(new URL('./catalog/catalog-file.worker.ts', import.meta.url), { type: 'module', name: 'gz-catalog-file' }),
      { name: 'catalog-file', lifetime: 'per-call' },
    ),
    inspection: () =>
      createWorkerClient<InspectionHandlers>(
        () => new Worker(new URL('./inspection/inspection.worker.ts', import.meta.url), { type: 'module', name: 'gz-inspection' }),
        { name: 'inspection' },
      ),
  };
}

export async function openRoot(options: DatabaseOptions = {}, workers: Workers = browserWorkers()): Promise<AppRoot> {
  const database = await openDatabase(options);
  return { repositories: createRepositories(database), workers, database };
}

let shared: Promise<AppRoot> | undefined;

/** The renderer's one root, opened on first use. A failed open is not cached, so a retry can succeed. */
export function appRoot(): Promise<AppRoot> {
  shared ??= openRoot().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** Tests (and benches) install their own root: a private fake-indexeddb and in-process workers. */
export function installRoot(root: AppRoot | undefined): void {
  shared = root ? Promise.resolve(root) : undefined;
}

/** The repositories of the one root: what most actions need. */
export async function repositories(): Promise<Repositories> {
  return (await appRoot()).repositories;
}
