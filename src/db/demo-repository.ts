import { DEMO_ID_PREFIX, type DemoRows } from '../core/demo/demo-records';
import type { GongzhiDatabase } from './database';
import { SETTINGS_ROW_ID } from './database';
import { withStorageErrors } from './errors';
import { CodedError } from '../core/errors';

function isDemoId(id: string): boolean {
  return id.startsWith(DEMO_ID_PREFIX);
}

/**
 * The demo companies of an event laptop. Everything here touches only rows that are flagged isDemo AND
 * carry demo ids; a real client's company, assessments, evidence files and catalog are never read for
 * writing, so a reset in front of visitors cannot lose a client's work.
 */
export class DemoRepository {
  constructor(private readonly db: GongzhiDatabase) {}

  /** How many demo companies are in the workspace (0 = the demo has not been loaded). */
  async count(): Promise<number> {
    return withStorageErrors(() => this.db.companies.filter((c) => c.isDemo && isDemoId(c.id)).count());
  }

  /** Removes any previous demo rows and stores `rows` fresh, in one transaction: the one-click reset. */
  async reset(rows: DemoRows): Promise<void> {
    for (const row of [...rows.companies, ...rows.assessments]) {
      if (!isDemoId(row.id)) throw new CodedError('demo.notDemoRow', { id: row.id });
    }
    if (rows.companies.some((c) => !c.isDemo) || rows.assessments.some((a) => !isDemoId(a.companyId))) {
      throw new CodedError('demo.notDemoRow', { id: '' });
    }
    await withStorageErrors(() =>
      this.db.transaction('rw', [this.db.companies, this.db.assessments, this.db.assessmentAttachments, this.db.settings], async () => {
        await this.removeInTransaction();
        // A real row with a demo-looking id would be overwritten by put: refuse instead.
        const clashes = await this.db.companies.bulkGet(rows.companies.map((c) => c.id));
        if (clashes.some((c) => c !== undefined)) throw new CodedError('demo.notDemoRow', { id: rows.companies[0]?.id ?? '' });
        await this.db.companies.bulkAdd(rows.companies);
        await this.db.assessments.bulkAdd(rows.assessments);
      }),
    );
  }

  /** Takes the demo out of the workspace; real rows stay as they are. */
  async remove(): Promise<void> {
    await withStorageErrors(() =>
      this.db.transaction('rw', [this.db.companies, this.db.assessments, this.db.assessmentAttachments, this.db.settings], () =>
        this.removeInTransaction(),
      ),
    );
  }

  private async removeInTransaction(): Promise<void> {
    const demoIds = (await this.db.companies.filter((c) => c.isDemo && isDemoId(c.id)).primaryKeys()).map(String);
    if (demoIds.length === 0) return;
    const assessmentIds = await this.db.assessments.where('companyId').anyOf(demoIds).primaryKeys();
    await this.db.assessmentAttachments.where('assessmentId').anyOf(assessmentIds).delete();
    await this.db.assessments.bulkDelete(assessmentIds);
    await this.db.companies.bulkDelete(demoIds);
    const settings = await this.db.settings.get(SETTINGS_ROW_ID);
    if (settings?.activeCompanyId !== undefined && demoIds.includes(settings.activeCompanyId)) {
      const next = { ...settings };
      delete next.activeCompanyId;
      await this.db.settings.put(next);
    }
  }
}
