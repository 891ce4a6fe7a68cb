// Loaded by assessment.bench.mjs: seeds a workspace (the app's composition root) (fake-indexeddb) with a company that has 50 completed
// assessments among other companies' rows, then times opening that company: the company row plus its
// history, newest first, with the stored results the history view shows.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Answers } from '../../src/core/assessment/answers';
import { bundledFrameworks } from '../../src/core/assessment/bundled-frameworks';
import { scoreAssessment } from '../../src/core/assessment/score-assessment';
import { openRoot } from '../../src/app/root';

function answersFor(seed: number, ids: string[]): Answers {
  return Object.fromEntries(ids.map((id, i) => [id, { value: [1, 0.8, 0.5, 0][(seed + i) % 4] ?? 0 }]));
}

export async function benchOpenCompany(runs = 20): Promise<{ times: number[] }> {
  const indexedDB = new IDBFactory();
  const seed = await openRoot({ name: 'bench', indexedDB, IDBKeyRange });
  const seedWs = seed.repositories;
  const cmmm = bundledFrameworks().find((f) => f.id === 'cmmm-2020');
  if (!cmmm) throw new Error('cmmm-2020 missing');
  const ids = cmmm.questions.map((q) => q.id);
  const target = await seedWs.companies.create({ name: '重庆甲机械', industryType: 'discrete', isDemo: false });
  const others = await Promise.all(
    Array.from({ length: 10 }, (_, i) => seedWs.companies.create({ name: `其他企业${i}`, industryType: 'process', isDemo: false })),
  );
  const rows = [target, ...others].flatMap((company, c) =>
    Array.from({ length: c === 0 ? 50 : 5 }, (_, n) => {
      const answers = answersFor(n + c, ids);
      const stamp = new Date(Date.UTC(2022, 0, 1) + (n * 30 + c) * 86_400_000).toISOString();
      return {
        id: `${company.id}-${n}`,
        companyId: company.id,
        frameworkId: cmmm.id,
        frameworkVersion: cmmm.version,
        industryType: company.industryType,
        status: 'completed' as const,
        answers,
        result: scoreAssessment(cmmm, company.industryType, answers),
        createdAt: stamp,
        updatedAt: stamp,
        completedAt: stamp,
      };
    }),
  );
  await seed.database.assessments.bulkAdd(rows);
  seed.database.close();

  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const root = await openRoot({ name: 'bench', indexedDB, IDBKeyRange });
    const company = await root.repositories.companies.get(target.id);
    const history = await root.repositories.assessments.listForCompany(target.id);
    times.push(performance.now() - start);
    if (!company || history.length !== 50) throw new Error(`expected 50 assessments, got ${history.length}`);
    root.database.close();
  }
  return { times };
}
