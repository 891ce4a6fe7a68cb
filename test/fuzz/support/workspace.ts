import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { bundledFrameworks } from '../../../src/core/assessment/bundled-frameworks';
import { scoreAssessment } from '../../../src/core/assessment/score-assessment';
import { materialiseBlobs } from '../../../src/core/backup/test-support';
import { loadReferenceCatalog } from '../../../src/core/catalog/reference-catalog';
import { demoRows } from '../../../src/core/demo/demo-records';
import { bundledSamples } from '../../../src/core/demo/bundled-samples';
import { toPng, cleanTexture } from '../../../src/core/vision/test-support';
import {
  AssessmentRepository,
  CatalogRepository,
  CompanyRepository,
  InspectionRepository,
  openDatabase,
  SettingsRepository,
  type GongzhiDatabase,
} from '../../../src/db';
import { DemoRepository } from '../../../src/db/demo-repository';

export function freshDatabase(): Promise<GongzhiDatabase> {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange, name: `fuzz-${crypto.randomUUID()}` });
}

/**
 * A workspace with something in every part of the app, written through its own repositories: the demo
 * companies with their assessments, a company of the user's with an attachment and a completed
 * assessment, an imported catalog version, an inspection project with results and a batch.
 */
export async function seedWorkspace(db: GongzhiDatabase, options: { demo: boolean } = { demo: true }): Promise<void> {
  // The demo companies make a workspace of realistic size; targets that export on every case leave them out.
  if (options.demo) await new DemoRepository(db).reset(demoRows(bundledSamples(), 'zh-CN', '2026-03-01T08:00:00.000Z'));
  const company = await new CompanyRepository(db).create({
    name: '重庆某精密机械',
    industryType: 'discrete',
    cluster: 'nev',
    size: 'small',
    isDemo: false,
  });
  await new SettingsRepository(db).update({ language: 'en', activeCompanyId: company.id });
  const assessments = new AssessmentRepository(db);
  const framework = bundledFrameworks().find((f) => f.id === 'quick-check') ?? bundledFrameworks()[0];
  if (!framework) throw new Error('no bundled framework');
  const record = await assessments.create({
    companyId: company.id,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    industryType: 'discrete',
  });
  const first = framework.questions[0];
  if (first)
    await assessments.addAttachment(record.id, first.id, {
      name: '照片.jpg',
      mimeType: 'image/jpeg',
      data: new Blob([new Uint8Array([0xff, 0xd8, 1, 2, 3])], { type: 'image/jpeg' }),
    });
  await assessments.complete(record.id, scoreAssessment(framework, 'discrete', {}));
  const catalog = loadReferenceCatalog();
  await new CatalogRepository(db).importVersion({
    provenance: catalog.provenance,
    entries: catalog.entries.slice(0, 5),
    fileName: '清单.xlsx',
    format: 'xlsx',
  });
  const inspection = new InspectionRepository(db);
  const project = await inspection.createProject('阀体');
  const image = toPng(cleanTexture(20, 2));
  await inspection.addResult(
    {
      projectId: project.id,
      checkedAt: Date.UTC(2026, 2, 1),
      fileName: 'a.png',
      source: 'file',
      verdict: 'ng',
      modelVerdict: 'ng',
      score: 7.5,
      threshold: 5,
      backend: 'wasm',
      timingMs: 80,
      thumbnail: image,
      map: { width: 2, height: 2, low: 0, high: 1, data: new Uint8Array([0, 64, 128, 255]) },
    },
    image,
  );
  await inspection.createBatch(project.id, [{ name: 'b.png', bytes: image }]);
}

/** Every table's rows with Blobs read out, for deep-equal comparisons before and after. */
export async function contents(db: GongzhiDatabase): Promise<unknown> {
  return materialiseBlobs(
    Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const))),
  );
}
