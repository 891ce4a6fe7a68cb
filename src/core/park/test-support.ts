import { createBundle } from '../assessment/bundle';
import type { Answers } from '../assessment/answers';
import type { Framework } from '../assessment/framework-schema';
import { scoreAssessment } from '../assessment/score-assessment';
import type { Company, CompanySize } from '../clients/company';
import type { BundleFile } from './import-bundles';

const clusters = ['nev', 'electronics', 'food', 'motorcycle', 'light-alloy', 'textile', 'equipment', 'materials'];
const sizes: CompanySize[] = ['micro', 'small', 'medium', 'large'];

/** A deterministic, varied quick-check bundle for company number `i` (tests and the benchmark). */
export function quickCheckBundle(framework: Framework, i: number): string {
  const answers: Answers = {};
  framework.questions.forEach((q, j) => {
    if (q.type === 'levelChoice')
      answers[q.id] = { value: q.options[(i * 7 + j * 3 + (i % 5)) % Math.min(q.options.length, 4)]?.id ?? 'l0' };
  });
  const company: Company = {
    id: `c${i}`,
    name: `园区企业 ${i}`,
    cluster: clusters[i % clusters.length],
    industryType: i % 3 === 0 ? 'process' : 'discrete',
    size: sizes[i % sizes.length],
    isDemo: false,
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z',
  };
  const stamp = '2026-10-02T00:00:00.000Z';
  const bundle = createBundle(
    {
      company,
      assessment: {
        id: `a${i}`,
        frameworkId: framework.id,
        frameworkVersion: framework.version,
        status: 'completed',
        answers,
        createdAt: stamp,
        updatedAt: stamp,
        completedAt: stamp,
      },
      result: scoreAssessment(framework, company.industryType, answers),
    },
    stamp,
  );
  return JSON.stringify(bundle);
}

export function fileOf(name: string, text: string): BundleFile {
  const bytes = new TextEncoder().encode(text);
  return { name, bytes: () => Promise.resolve(bytes) };
}
