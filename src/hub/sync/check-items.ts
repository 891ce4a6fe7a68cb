import { parseBundle } from '../../core/assessment/bundle';
import type { Framework } from '../../core/assessment/framework-schema';
import type { CompanyProfile } from '../../core/assessment/bundle';
import type { InspectionStats, SyncItem, SyncItemResult } from '../../core/hub/sync-protocol';
import { pooledFigures } from '../../core/park/import-bundles';
import type { PoolRow } from '../../core/park/pool-row';

/** An item that passed every check and is ready to store, with the figures the hub computed itself. */
export type CheckedItem =
  | { id: string; kind: 'company'; localId: string; profile: CompanyProfile }
  | ({ id: string; kind: 'assessment'; companyLocalId: string; answers: unknown } & Omit<PoolRow, 'id' | 'sourceName' | 'importedAt'>)
  | { id: string; kind: 'inspection'; companyLocalId: string; stats: InspectionStats };

export type Checked = { ok: true; item: CheckedItem } | { ok: false; result: Extract<SyncItemResult, { status: 'refused' }> };

/**
 * The checks that need no database: the bundle is parsed and scored again by the core engine (its own
 * `result` is ignored), and inspection counts must add up. CPU work, done before the transaction opens.
 */
export async function checkItem(item: SyncItem, frameworks: readonly Framework[]): Promise<Checked> {
  if (item.kind === 'company')
    return { ok: true, item: { id: item.id, kind: 'company', localId: item.company.localId, profile: item.company.profile } };
  if (item.kind === 'inspection') {
    const { stats } = item;
    const tooMany = stats.defectTypes.find((d) => d.count > stats.ng);
    if (stats.ng > stats.checked || tooMany || Date.parse(stats.from) > Date.parse(stats.to))
      return {
        ok: false,
        result: {
          id: item.id,
          status: 'refused',
          reason: {
            code: 'sync.inconsistentCounts',
            detail: 'NG must not exceed checked, nor a defect type NG, and the period must not end before it starts',
          },
        },
      };
    return { ok: true, item: { id: item.id, kind: 'inspection', companyLocalId: item.companyLocalId, stats } };
  }
  const parsed = parseBundle(item.bundle, frameworks);
  if (!parsed.ok) {
    const detail = parsed.problems
      .slice(0, 5)
      .map((p) => `${p.path}: ${p.code}`)
      .join('; ');
    return { ok: false, result: { id: item.id, status: 'refused', reason: { code: 'sync.invalidBundle', detail } } };
  }
  const a = parsed.value.bundle.assessment;
  if (a.completedAt !== undefined && Number.isNaN(Date.parse(a.completedAt)))
    return {
      ok: false,
      result: { id: item.id, status: 'refused', reason: { code: 'sync.invalidBundle', detail: 'assessment.completedAt: not a date' } },
    };
  if (a.status !== 'completed') return { ok: false, result: { id: item.id, status: 'refused', reason: { code: 'sync.notCompleted' } } };
  return {
    ok: true,
    item: {
      id: item.id,
      kind: 'assessment',
      companyLocalId: item.companyLocalId,
      answers: a.answers,
      ...(await pooledFigures(parsed.value)),
    },
  };
}
