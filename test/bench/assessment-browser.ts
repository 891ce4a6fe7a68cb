// Loaded by assessment.bench.mjs: the rows a company with 50 completed CMMM assessments has, so the bench can
// put them into Chromium's own IndexedDB and time the app opening that company.
import type { Answers } from '../../src/core/assessment/answers';
import { bundledFrameworks } from '../../src/core/assessment/bundled-frameworks';
import { scoreAssessment } from '../../src/core/assessment/score-assessment';

export function companyWithHistory(count = 50) {
  const cmmm = bundledFrameworks().find((f) => f.id === 'cmmm-2020');
  if (!cmmm) throw new Error('cmmm-2020 missing');
  const stamp = '2026-01-01T00:00:00.000Z';
  const company = {
    id: 'bench-company',
    name: '重庆基准精密机械有限公司',
    industryType: 'discrete' as const,
    isDemo: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
  const assessments = Array.from({ length: count }, (_, n) => {
    const answers: Answers = Object.fromEntries(cmmm.questions.map((q, i) => [q.id, { value: [1, 0.8, 0.5, 0][(n + i) % 4] ?? 0 }]));
    const at = new Date(Date.UTC(2022, 0, 1) + n * 14 * 86_400_000).toISOString();
    return {
      id: `bench-${n}`,
      companyId: company.id,
      frameworkId: cmmm.id,
      frameworkVersion: cmmm.version,
      industryType: company.industryType,
      status: 'completed' as const,
      answers,
      result: scoreAssessment(cmmm, company.industryType, answers),
      createdAt: at,
      updatedAt: at,
      completedAt: at,
    };
  });
  return { company, assessments };
}
