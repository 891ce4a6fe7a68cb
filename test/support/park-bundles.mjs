// Assessment bundles for the park e2e tests (test/e2e/park*.e2e.mjs).
const questions = [
  'strategy',
  'skills',
  'data-collect',
  'data-use',
  'integration',
  'security',
  'equipment',
  'network',
  'design',
  'planning',
  'quality',
  'maintenance',
  'logistics',
  'sales',
  'service',
];
const clusters = ['nev', 'food', 'textile'];

/** The text of a quick-check bundle as another installation exports it; `i` varies the company and answers. */
export function bundle(i, { version = '1.0.0' } = {}) {
  const answers = Object.fromEntries(questions.map((q, j) => [q, { value: `l${(i + j) % 4}` }]));
  const stamp = '2026-10-02T00:00:00.000Z';
  return JSON.stringify({
    format: 'gongzhi-assessment-bundle',
    formatVersion: 1,
    exportedAt: stamp,
    company: { name: `园区企业${i}`, industryType: 'discrete', cluster: clusters[i % 3], size: i % 2 ? 'small' : 'medium' },
    assessment: {
      id: `a${i}`,
      frameworkId: 'quick-check',
      frameworkVersion: version,
      status: 'completed',
      answers,
      createdAt: stamp,
      updatedAt: stamp,
      completedAt: stamp,
    },
    result: {},
  });
}
