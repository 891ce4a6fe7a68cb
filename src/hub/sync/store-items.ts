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

/**
 * The hub's company id for an installation's company: a company installation always acts for its own
 * company; a provider's (or the park office's) installation keeps one hub company per local id, created
 * from the first profile it sends (a client record or an assessment bundle's profile).
 */
async function companyFor(tx: Tx, inst: Installation, localId: string, profile: CompanyProfile | undefined, update: boolean): Promise<string | undefined> {
  if (inst.companyId) {
    if (update && profile) await tx.updateTable('companies').set({ ...profileRow(profile), updated_at: new Date() }).where('id', '=', inst.companyId).execute();
    return inst.companyId;
  }
  if (!profile) {
    const row = await tx.selectFrom('companies').select('id').where('installation_id', '=', inst.installationId).where('local_id', '=', localId).executeTakeFirst();
    return row?.id;
  }
  const row = await tx
    .insertInto('companies')
    .values({ park_id: inst.parkId, provider_id: inst.providerId, installation_id: inst.installationId, local_id: localId, ...profileRow(profile) })
    .onConflict((oc) =>
      oc.columns(['installation_id', 'local_id']).doUpdateSet(
        // a client record updates the profile; an assessment only makes sure the company exists
        update ? { ...profileRow(profile), updated_at: new Date() } : { local_id: localId },
      ),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function storeOne(tx: Tx, inst: Installation, item: CheckedItem): Promise<SyncItemResult> {
  const base = { installation_id: inst.installationId, item_id: item.id, kind: item.kind, status: 'stored' as const };
  // Claiming the item first makes a resend (or the same item in two requests at once) wait for the
  // first and then answer what it answered.
  const claimed = await tx.insertInto('sync_items').values(base).onConflict((oc) => oc.columns(['installation_id', 'item_id']).doNothing()).returning('status').executeTakeFirst();
  if (!claimed) {
    const earlier = await tx.selectFrom('sync_items').select('status').where('installation_id', '=', inst.installationId).where('item_id', '=', item.id).executeTakeFirstOrThrow();
    return { id: item.id, status: earlier.status };
  }
  if (item.kind === 'company') {
    await companyFor(tx, inst, item.localId, item.profile, true);
    return { id: item.id, status: 'stored' };
  }
  if (item.kind === 'inspection') {
    const companyId = await companyFor(tx, inst, item.companyLocalId, undefined, false);
    if (!companyId) throw new UnknownCompany(item.id);
    const s = item.stats;
    const stored = await tx
      .insertInto('inspection_stats')
      .values({
        park_id: inst.parkId,
        company_id: companyId,
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
    return finish(tx, inst, item.id, stored !== undefined);
  }
  const companyId = await companyFor(tx, inst, item.companyLocalId, item.company, false);
  if (!companyId) throw new UnknownCompany(item.id);
  const stored = await tx
    .insertInto('assessments')
    .values({
      park_id: inst.parkId,
      company_id: companyId,
      installation_id: inst.installationId,
      fingerprint: item.fingerprint,
      framework_id: item.frameworkId,
      framework_version: item.frameworkVersion,
      level: item.level,
      total_score: item.totalScore,
      max_score: item.maxScore,
      domains: JSON.stringify(item.domains),
      answers: JSON.stringify(item.answers),
      completed_at: item.completedAt ?? null,
    })
    .onConflict((oc) => oc.columns(['park_id', 'fingerprint']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return finish(tx, inst, item.id, stored !== undefined);
}

async function finish(tx: Tx, inst: Installation, itemId: string, stored: boolean): Promise<SyncItemResult> {
  if (stored) return { id: itemId, status: 'stored' };
  await tx.updateTable('sync_items').set({ status: 'duplicate' }).where('installation_id', '=', inst.installationId).where('item_id', '=', itemId).execute();
  return { id: itemId, status: 'duplicate' };
}

class UnknownCompany extends Error {
  constructor(readonly itemId: string) {
    super(`item ${itemId} names a company this installation has not sent`);
  }
}

/**
 * Stores a batch of checked items in one transaction, in order (a client record before the assessments
 * that name it). An item naming a company the hub has never seen is refused and the batch is stored
 * without it, so one bad item never holds up the rest of an outbox.
 */
export async function storeItems(db: HubDb, inst: Installation, items: readonly CheckedItem[]): Promise<SyncItemResult[]> {
  let pending = [...items];
  const refused: SyncItemResult[] = [];
  for (;;) {
    try {
      const results = await db.transaction().execute(async (tx) => {
        const out: SyncItemResult[] = [];
        for (const item of pending) out.push(await storeOne(tx, inst, item));
        await tx.updateTable('installations').set({ last_seen_at: new Date() }).where('id', '=', inst.installationId).execute();
        return out;
      });
      return [...refused, ...results];
    } catch (error) {
      if (!(error instanceof UnknownCompany)) throw error;
      refused.push({ id: error.itemId, status: 'refused', reason: { code: 'sync.unknownCompany' } });
      pending = pending.filter((item) => item.id !== error.itemId);
    }
  }
}
