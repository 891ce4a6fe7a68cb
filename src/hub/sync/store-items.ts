import type { Transaction } from 'kysely';
import type { CompanyProfile } from '../../core/assessment/bundle';
import type { SyncItemResult } from '../../core/hub/sync-protocol';
import type { Principal } from '../auth/principal';
import type { HubDb } from '../db/connect';
import type { HubDatabase } from '../db/schema';
import { profileRow } from '../routes/company-routes';
import type { CheckedItem } from './check-items';

type Installation = Extract<Principal, { kind: 'installation' }>;
type Tx = Transaction<HubDatabase>;
type Of<K extends CheckedItem['kind']> = Extract<CheckedItem, { kind: K }>;

/**
 * The hub's company ids for an installation's local company ids. A company installation always acts for its
 * own company. A provider's (or the park office's) installation keeps one hub company per local id, created
 * from the first profile it sends; a client record (`update`) also updates the profile, an assessment's
 * profile only creates the company when it is new. One statement for the whole batch.
 */
async function upsertCompanies(
  tx: Tx,
  inst: Installation,
  profiles: Map<string, CompanyProfile>,
  update: boolean,
): Promise<Map<string, string>> {
  if (profiles.size === 0) return new Map();
  if (inst.companyId) {
    const last = [...profiles.values()].at(-1);
    if (update && last)
      await tx
        .updateTable('companies')
        .set({ ...profileRow(last), updated_at: new Date() })
        .where('id', '=', inst.companyId)
        .execute();
    return new Map([...profiles.keys()].map((localId) => [localId, inst.companyId as string]));
  }
  const rows = [...profiles]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([localId, profile]) => ({
      park_id: inst.parkId,
      provider_id: inst.providerId,
      installation_id: inst.installationId,
      local_id: localId,
      ...profileRow(profile),
    }));
  const stored = await tx
    .insertInto('companies')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['installation_id', 'local_id']).doUpdateSet((eb) =>
        update
          ? {
              name: eb.ref('excluded.name'),
              cluster: eb.ref('excluded.cluster'),
              sub_sector: eb.ref('excluded.sub_sector'),
              industry_type: eb.ref('excluded.industry_type'),
              size: eb.ref('excluded.size'),
              revenue_band: eb.ref('excluded.revenue_band'),
              updated_at: new Date(),
            }
          : { local_id: eb.ref('excluded.local_id') },
      ),
    )
    .returning(['id', 'local_id'])
    .execute();
  return new Map(stored.map((r) => [r.local_id ?? '', r.id]));
}

async function knownCompanies(tx: Tx, inst: Installation, localIds: string[]): Promise<Map<string, string>> {
  if (localIds.length === 0) return new Map();
  if (inst.companyId) return new Map(localIds.map((id) => [id, inst.companyId as string]));
  const rows = await tx
    .selectFrom('companies')
    .select(['id', 'local_id'])
    .where('installation_id', '=', inst.installationId)
    .where('local_id', 'in', localIds)
    .execute();
  return new Map(rows.map((r) => [r.local_id ?? '', r.id]));
}

/**
 * Stores a batch in one transaction with a handful of statements, whatever its size. Every item is first
 * claimed in sync_items: a resent item (or the same item in two requests at once, which waits for the
 * first) gets the answer it got before and changes nothing. Assessments are stored once per park by
 * fingerprint; an inspection naming a company this installation never sent is refused and not claimed.
 */
export async function storeItems(db: HubDb, inst: Installation, items: readonly CheckedItem[]): Promise<SyncItemResult[]> {
  return db.transaction().execute(async (tx) => {
    const claimed = new Set(
      (
        await tx
          .insertInto('sync_items')
          .values(
            items.map((item) => ({ installation_id: inst.installationId, item_id: item.id, kind: item.kind, status: 'stored' as const })),
          )
          .onConflict((oc) => oc.columns(['installation_id', 'item_id']).doNothing())
          .returning('item_id')
          .execute()
      ).map((r) => r.item_id),
    );
    const results = new Map<string, SyncItemResult>();
    const resent = items.filter((item) => !claimed.has(item.id)).map((item) => item.id);
    if (resent.length > 0) {
      const earlier = await tx
        .selectFrom('sync_items')
        .select(['item_id', 'status'])
        .where('installation_id', '=', inst.installationId)
        .where('item_id', 'in', resent)
        .execute();
      for (const r of earlier) results.set(r.item_id, { id: r.item_id, status: r.status });
    }
    const fresh = items.filter((item) => claimed.has(item.id));
    const companies = fresh.filter((i): i is Of<'company'> => i.kind === 'company');
    const assessments = fresh.filter((i): i is Of<'assessment'> => i.kind === 'assessment');
    const inspections = fresh.filter((i): i is Of<'inspection'> => i.kind === 'inspection');

    await upsertCompanies(tx, inst, new Map(companies.map((c) => [c.localId, c.profile])), true);
    for (const c of companies) results.set(c.id, { id: c.id, status: 'stored' });
    const duplicates: string[] = [];

    if (assessments.length > 0) {
      const companyIds = await upsertCompanies(tx, inst, new Map(assessments.map((a) => [a.companyLocalId, a.company])), false);
      // sorted by fingerprint: concurrent batches take their unique-index locks in one order (no deadlock)
      const ordered = [...assessments].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
      const stored = await tx
        .insertInto('assessments')
        .values(
          ordered.map((a) => ({
            park_id: inst.parkId,
            company_id: companyIds.get(a.companyLocalId) ?? '',
            installation_id: inst.installationId,
            fingerprint: a.fingerprint,
            framework_id: a.frameworkId,
            framework_version: a.frameworkVersion,
            level: a.level,
            total_score: a.totalScore,
            max_score: a.maxScore,
            domains: JSON.stringify(a.domains),
            answers: JSON.stringify(a.answers),
            completed_at: a.completedAt ?? null,
          })),
        )
        .onConflict((oc) => oc.columns(['park_id', 'fingerprint']).doNothing())
        .returning('fingerprint')
        .execute();
      const newFingerprints = new Set(stored.map((r) => r.fingerprint));
      for (const a of assessments) {
        // the first item with a new fingerprint stored it; any other with the same is a duplicate
        const isNew = newFingerprints.delete(a.fingerprint);
        results.set(a.id, { id: a.id, status: isNew ? 'stored' : 'duplicate' });
        if (!isNew) duplicates.push(a.id);
      }
    }

    if (inspections.length > 0) {
      const companyIds = await knownCompanies(tx, inst, [...new Set(inspections.map((s) => s.companyLocalId))]);
      const unknown = inspections.filter((s) => !companyIds.has(s.companyLocalId)).map((s) => s.id);
      if (unknown.length > 0)
        await tx.deleteFrom('sync_items').where('installation_id', '=', inst.installationId).where('item_id', 'in', unknown).execute();
      for (const id of unknown) results.set(id, { id, status: 'refused', reason: { code: 'sync.unknownCompany' } });
      for (const item of inspections.filter((s) => companyIds.has(s.companyLocalId))) {
        const s = item.stats;
        const row = await tx
          .insertInto('inspection_stats')
          .values({
            park_id: inst.parkId,
            company_id: companyIds.get(item.companyLocalId) ?? '',
            installation_id: inst.installationId,
            project_local_id: s.projectLocalId,
            project_name: s.projectName,
            period_from: s.from,
            period_to: s.to,
            checked: s.checked,
            ng: s.ng,
            defect_types: JSON.stringify(s.defectTypes),
          })
          .onConflict((oc) => oc.columns(['installation_id', 'project_local_id', 'period_from', 'period_to']).doNothing())
          .returning('id')
          .executeTakeFirst();
        results.set(item.id, { id: item.id, status: row ? 'stored' : 'duplicate' });
        if (!row) duplicates.push(item.id);
      }
    }

    if (duplicates.length > 0)
      await tx
        .updateTable('sync_items')
        .set({ status: 'duplicate' })
        .where('installation_id', '=', inst.installationId)
        .where('item_id', 'in', duplicates)
        .execute();
    await tx.updateTable('installations').set({ last_seen_at: new Date() }).where('id', '=', inst.installationId).execute();
    return items.map((item) => results.get(item.id)).filter((r): r is SyncItemResult => r !== undefined);
  });
}
