// Assessment benchmarks: scoring each bundled framework (target ≤ 5 ms) and opening a company with 50
// past assessments from the database (target ≤ 200 ms): in Node on fake-indexeddb (repository only) and,
// under `npm run bench`, in the built app in Chromium (click to 50 rows on screen). `export async function
// run(ctx)` returns flat figures with units in their names; run alone (Node figures only) with
// `node test/bench/assessment.bench.mjs`.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { load, median } from './bench-support.mjs';

const round = (ms) => Math.round(ms * 1000) / 1000;

/** A full, varied set of answers: every question answered with its second-best option or a mid value. */
function typicalAnswers(framework) {
  const answers = {};
  framework.questions.forEach((q, i) => {
    switch (q.type) {
      case 'satisfaction':
        answers[q.id] = { value: [1, 0.8, 0.5, 0][i % 4] };
        break;
      case 'levelChoice':
      case 'singleChoice':
        answers[q.id] = { value: q.options[i % q.options.length].id };
        break;
      case 'multiSelect':
        answers[q.id] = { value: q.options.filter((_, j) => (i + j) % 2 === 0).map((o) => o.id) };
        break;
      case 'numericBands':
        answers[q.id] = { value: (q.min + q.max) / 2 };
        break;
      case 'scenarioLevel':
        answers[q.id] = { value: i % (q.descriptors.length + 1) };
        break;
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
  return {
    open_company_50_assessments_fakeidb_median_ms: round(median(times)),
    open_company_50_assessments_fakeidb_max_ms: round(Math.max(...times)),
  };
}

/**
 * In the built app in Chromium (real IndexedDB): from clicking a company to its 50 assessments listed.
 * The rows are written straight into the app's database after the app has created it.
 */
async function benchOpenCompanyInBrowser(ctx) {
  const { companyWithHistory } = await load('test/bench/assessment-browser.ts');
  const { company, assessments } = companyWithHistory(50);
  const page = await ctx.browser.newPage();
  try {
    await page.goto(`${ctx.url}#/assess/companies`);
    await page.locator('.gz-card').first().waitFor();
    await page.evaluate(
      ({ company, assessments }) =>
        new Promise((resolve, reject) => {
          const open = globalThis.indexedDB.open('gongzhi');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['companies', 'assessments'], 'readwrite');
            tx.objectStore('companies').put(company);
            for (const a of assessments) tx.objectStore('assessments').put(a);
            tx.oncomplete = () => {
              open.result.close();
              resolve(undefined);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { company, assessments },
    );
    await page.reload(); // the company list was read before the rows existed
    const times = [];
    for (let i = 0; i < Math.max(5, ctx.runs); i++) {
      await page.evaluate(() => {
        globalThis.location.hash = '/assess/companies';
      });
      await page.locator('.gz-assess-list-link').first().waitFor();
      times.push(
        await page.evaluate(
          (id) =>
            new Promise((resolve) => {
              const start = performance.now();
              globalThis.location.hash = `/assess/company/${id}`;
              const check = () => {
                if (globalThis.document.querySelectorAll('.gz-assess-history-row').length >= 50) resolve(performance.now() - start);
                else globalThis.requestAnimationFrame(check);
              };
              check();
            }),
          company.id,
        ),
      );
    }
    return { open_company_50_assessments_chromium_median_ms: round(median(times)) };
  } finally {
    await page.close();
  }
}

export async function run(ctx) {
  const browserFigures = ctx?.browser && ctx.url ? await benchOpenCompanyInBrowser(ctx) : {};
  return { ...(await benchScoring()), ...(await benchOpenCompany()), ...browserFigures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run(), null, 2));
}
