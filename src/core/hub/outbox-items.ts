import type { AssessmentRecord } from '../assessment/assessment-record';
import { createBundle, profileOf } from '../assessment/bundle';
import type { Company } from '../clients/company';
import type { InspectionProject, InspectionResult } from '../inspection/records';
import type { SyncItem } from './sync-protocol';

/**
 * What of the workspace goes to a park hub, as outbox items. Ids come from the content's identity and
 * version, so collecting again after a restart queues nothing new, and an edited company or a re-completed
 * assessment is a new item. Demo companies never go. No contact details (name, phone, notes) and no
 * images: a client record is the profile the park view already pools.
 */
export function companyItem(company: Company): SyncItem {
  return {
    id: `company:${company.id}:${company.updatedAt}`,
    kind: 'company',
    company: { localId: company.id, profile: profileOf(company) },
  };
}

export function assessmentItem(company: Company, record: AssessmentRecord): SyncItem | undefined {
  if (record.status !== 'completed' || !record.result) return undefined;
  const { id, frameworkId, frameworkVersion, status, answers, createdAt, updatedAt, completedAt } = record;
  const bundle = createBundle(
    {
      company,
      assessment: { id, frameworkId, frameworkVersion, status, answers, createdAt, updatedAt, ...(completedAt ? { completedAt } : {}) },
      result: record.result,
    },
    completedAt ?? updatedAt,
  );
  return { id: `assessment:${record.id}:${record.updatedAt}`, kind: 'assessment', companyLocalId: company.id, bundle };
}

export function workspaceItems(companies: readonly Company[], assessments: readonly AssessmentRecord[]): SyncItem[] {
  const real = new Map(companies.filter((c) => !c.isDemo).map((c) => [c.id, c]));
  const items: SyncItem[] = [...real.values()].map(companyItem);
  for (const record of assessments) {
    const company = real.get(record.companyId);
    const item = company && assessmentItem(company, record);
    if (item) items.push(item);
  }
  return items;
}

function monthStart(ms: number): Date {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

/**
 * Inspection statistics of one project, one item per finished calendar month (UTC): checked, NG and the
 * NG count per defect type. A month is sent once it is over, so its figures never change afterwards.
 */
export function inspectionItems(
  companyId: string,
  project: InspectionProject,
  results: readonly InspectionResult[],
  now: Date,
): SyncItem[] {
  const currentMonth = monthStart(now.getTime()).getTime();
  const months = new Map<number, { checked: number; ng: number; types: Map<string, number> }>();
  for (const r of results) {
    if (r.projectId !== project.id) continue;
    const month = monthStart(r.checkedAt).getTime();
    if (month >= currentMonth) continue;
    let m = months.get(month);
    if (!m) months.set(month, (m = { checked: 0, ng: 0, types: new Map() }));
    m.checked += 1;
    if (r.verdict === 'ng') {
      m.ng += 1;
      if (r.defectType) m.types.set(r.defectType, (m.types.get(r.defectType) ?? 0) + 1);
    }
  }
  return [...months].map(([month, m]) => {
    const from = new Date(month);
    const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    return {
      id: `inspection:${project.id}:${from.toISOString().slice(0, 7)}`,
      kind: 'inspection',
      companyLocalId: companyId,
      stats: {
        projectLocalId: project.id,
        projectName: project.name,
        from: from.toISOString(),
        to: to.toISOString(),
        checked: m.checked,
        ng: m.ng,
        defectTypes: [...m.types]
          .map(([type, count]) => ({ type, count }))
          .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
      },
    };
  });
}
