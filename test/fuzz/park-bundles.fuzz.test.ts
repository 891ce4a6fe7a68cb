import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../../src/core/assessment/answers-file';
import { createBundle } from '../../src/core/assessment/bundle';
import { bundledFrameworks } from '../../src/core/assessment/bundled-frameworks';
import { scoreAssessment } from '../../src/core/assessment/score-assessment';
import { importBundles } from '../../src/core/park/import-bundles';
import type { GongzhiDatabase } from '../../src/db';
import { ParkRepository } from '../../src/db/park-repository';
import { jsonBytes, jsonFileMutator } from './support/json-mutator';
import { assertRestorable } from './support/restorable';
import { caseCount, failuresOf, FUZZ_TIMEOUT_MS, runTarget, type FuzzTarget } from './support/run-target';
import { contents, freshDatabase, seedWorkspace } from './support/workspace';

const frameworks = bundledFrameworks();
const fixtures = join(import.meta.dirname, '../fixtures/assessment');
const company = {
  id: 'c1',
  name: '重庆某机械',
  industryType: 'discrete' as const,
  cluster: 'nev',
  size: 'small' as const,
  isDemo: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function bundleOf(file: string, status: 'completed' | 'inProgress'): Uint8Array {
  const parsed = parseAnswersFile(JSON.parse(readFileSync(join(fixtures, file), 'utf8')), frameworks);
  if (!parsed.ok) throw new Error(`fixture ${file} does not parse`);
  const { framework, industryType, answers } = parsed.value;
  const assessment = {
    id: `a-${file}`,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    status,
    answers,
    createdAt: '2026-02-01T08:00:00.000Z',
    updatedAt: '2026-02-03T08:00:00.000Z',
    ...(status === 'completed' ? { completedAt: '2026-02-03T08:00:00.000Z' } : {}),
  };
  return jsonBytes(
    createBundle(
      { company: { ...company, industryType }, assessment, result: scoreAssessment(framework, industryType, answers) },
      '2026-02-04T08:00:00.000Z',
    ),
  );
}

let db: GongzhiDatabase;
let baseline: unknown;
let counter = 0;

const target: FuzzTarget = {
  name: 'park bundles',
  seeds: async () => {
    db = await freshDatabase();
    await seedWorkspace(db, { demo: false });
    baseline = await contents(db);
    return [
      bundleOf('quick-check-answers.json', 'completed'),
      bundleOf('sme-answers.json', 'completed'),
      bundleOf('quick-check-answers.json', 'inProgress'),
    ];
  },
  mutators: { json: jsonFileMutator },
  // as the park screen does: check every file, then store the accepted rows in one transaction
  run: async (bytes) => {
    const park = new ParkRepository(db);
    const outcome = await importBundles([{ name: 'bundle.json', bytes: () => Promise.resolve(bytes) }], {
      frameworks,
      known: await park.fingerprints(),
      importedAt: '2026-03-01T10:00:00.000Z',
      newId: () => `pool-${++counter}`,
    });
    const rejected = outcome.rejected[0];
    if (rejected) {
      const reason = rejected.reason;
      const keys =
        reason.code === 'park.duplicate'
          ? [`park:duplicate.${reason.duplicateOf}`]
          : reason.code === 'park.nothingCompleted'
            ? ['park:nothingCompleted']
            : reason.problems.map((p) => `assessment:import.${p.code}`);
      return { accepted: false, keys };
    }
    await park.addAll(outcome.accepted);
    await assertRestorable(db);
    return { accepted: true };
  },
  intact: async () => isDeepStrictEqual(await contents(db), baseline),
  reset: async () => {
    await new ParkRepository(db).clear();
  },
};

describe('fuzz: park bundles', () => {
  it(
    'pools or refuses every mutated bundle with translated reasons; a refused file stores nothing',
    async () => {
      const stats = await runTarget(target, caseCount(250));
      expect(stats.accepted).toBeGreaterThanOrEqual(3);
      expect(failuresOf(stats)).toEqual({ untranslated: 0, overBudget: 0, partialWrites: 0, problems: [] });
    },
    FUZZ_TIMEOUT_MS,
  );
});
