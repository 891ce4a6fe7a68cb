import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundledFrameworks } from '../../src/core/assessment/bundled-frameworks';
import { readJsonFile } from '../../src/core/assessment/read-json-file';
import { parseClientBackup } from '../../src/core/clients/client-backup';
import type { GongzhiDatabase } from '../../src/db';
import { ClientBackupRepository } from '../../src/db/client-backup-repository';
import { jsonBytes, jsonFileMutator } from './support/json-mutator';
import { assertRestorable } from './support/restorable';
import { caseCount, failuresOf, FUZZ_TIMEOUT_MS, runTarget, type FuzzTarget } from './support/run-target';
import { contents, freshDatabase, seedWorkspace } from './support/workspace';

const frameworks = bundledFrameworks();
let db: GongzhiDatabase;
let baseline: unknown;
let imported: string | undefined;

const target: FuzzTarget = {
  name: 'client files',
  seeds: async () => {
    db = await freshDatabase();
    await seedWorkspace(db, { demo: false });
    baseline = await contents(db);
    const repository = new ClientBackupRepository(db);
    // every company of the seeded workspace, exported the way the clients screen does
    return Promise.all((await db.companies.toArray()).map(async (company) => jsonBytes(await repository.exportCompany(company.id))));
  },
  mutators: { json: jsonFileMutator },
  // as the clients screen does: read, check, store as a new company
  run: async (bytes) => {
    const read = readJsonFile(bytes);
    if (!read.ok) return { accepted: false, keys: read.problems.map((p) => `assessment:import.${p.code}`) };
    const checked = parseClientBackup(read.data, frameworks);
    if (!checked.ok) return { accepted: false, keys: checked.problems.map((p) => `assessment:import.${p.code}`) };
    imported = (await new ClientBackupRepository(db).importCompany(checked.value)).id;
    await assertRestorable(db);
    return { accepted: true };
  },
  intact: async () => isDeepStrictEqual(await contents(db), baseline),
  reset: async () => {
    if (imported === undefined) return;
    const id = imported;
    const assessments = await db.assessments.where('companyId').equals(id).primaryKeys();
    await db.assessmentAttachments.where('assessmentId').anyOf(assessments).delete();
    await db.assessments.bulkDelete(assessments);
    await db.companies.delete(id);
    imported = undefined;
  },
};

describe('fuzz: client files', () => {
  it(
    'imports or refuses every mutated client file with translated problems; a refused file stores nothing',
    async () => {
      const stats = await runTarget(target, caseCount(250));
      expect(stats.accepted).toBeGreaterThanOrEqual(2);
      expect(failuresOf(stats)).toEqual({ untranslated: 0, overBudget: 0, partialWrites: 0, problems: [] });
    },
    FUZZ_TIMEOUT_MS,
  );
});
