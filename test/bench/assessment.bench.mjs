// Assessment benchmarks: scoring each bundled framework (target ≤ 5 ms) and opening a company with 50
// past assessments from the database (target ≤ 200 ms). `export async function run(ctx)` returns flat
// figures with units in their names; run alone with `node test/bench/assessment.bench.mjs`.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function load(path) {
  const { module } = await runnerImport(`${root}${path}`, { root, logLevel: 'error', configFile: false });
  return module;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (ms) => Math.round(ms * 1000) / 1000;

/** A full, varied set of answers: every question answered with its second-best option or a mid value. */
function typicalAnswers(framework) {
  const answers = {};
  framework.questions.forEach((q, i) => {
    switch (q.type) {
      case 'satisfaction': answers[q.id] = { value: [1, 0.8, 0.5, 0][i % 4] }; break;
      case 'levelChoice': case 'singleChoice': answers[q.id] = { value: q.options[i % q.options.length].id }; break;
      case 'multiSelect': answers[q.id] = { value: q.options.filter((_, j) => (i + j) % 2 === 0).map((o) => o.id) }; break;
      case 'numericBands': answers[q.id] = { value: (q.min + q.max) / 2 }; break;
      case 'scenarioLevel': answers[q.id] = { value: i % (q.descriptors.length + 1) }; break;
    }
  });
  return answers;
}

async function benchScoring() {
  const { bundledFrameworks } = await load('src/core/assessment/bundled-frameworks.ts');
  const { scoreAssessment } = await load('src/core/assessment/score-assessment.ts');
  const figures = {};
  for (const framework of bundledFrameworks()) {
    const answers = typicalAnswers(framework);
    for (let i = 0; i < 50; i++) scoreAssessment(framework, 'discrete', answers); // warm-up (JIT)
    const times = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      scoreAssessment(framework, i % 2 ? 'discrete' : 'process', answers);
      times.push(performance.now() - start);
    }
    figures[`score_${framework.id.replaceAll('-', '_')}_median_ms`] = round(median(times));
    figures[`score_${framework.id.replaceAll('-', '_')}_p95_ms`] = round([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]);
  }
  return figures;
}

async function benchOpenCompany() {
  const { benchOpenCompany: measure } = await load('test/bench/assessment-history.ts');
  const { times } = await measure();
  return { open_company_50_assessments_median_ms: round(median(times)), open_company_50_assessments_max_ms: round(Math.max(...times)) };
}

export async function run() {
  return { ...(await benchScoring()), ...(await benchOpenCompany()) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run(), null, 2));
}
