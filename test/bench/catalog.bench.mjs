// Catalog benchmarks: recommendations + the optimal roadmap for a generated 500-entry catalog (target
// ≤ 50 ms; the exact solver and the built-in search side by side) and importing a generated 2,000-row
// XLSX (target ≤ 2 s). `export async function run(ctx)` returns flat figures with units in their names; run alone with `node test/bench/catalog.bench.mjs`.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { median, root } from './bench-support.mjs';

// A server that stays open: the importer loads exceljs lazily, after the first module has loaded.
let server;

async function load(path) {
  server ??= await createServer({
    root,
    logLevel: 'error',
    configFile: false,
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
  });
  return server.ssrLoadModule(`/${path}`);
}

const round = (ms) => Math.round(ms * 1000) / 1000;

/** A typical small manufacturer: levels 1–2, aiming one level up, quality and delivery first. */
const company = {
  domainLevels: {
    strategy: 1,
    skills: 1,
    data: 1,
    integration: 1,
    security: 0,
    equipment: 2,
    network: 1,
    design: 1,
    production: 1,
    logistics: 1,
    sales: 1,
    service: 1,
  },
  domainTargets: {
    strategy: 2,
    skills: 2,
    data: 3,
    integration: 2,
    security: 2,
    equipment: 3,
    network: 2,
    design: 2,
    production: 3,
    logistics: 2,
    sales: 2,
    service: 2,
  },
  scenarioLevels: { 'SME-06': 1, 'SME-07': 1, 'SME-08': 2 },
  scenarioTarget: 3,
  overallLevel: 1,
  company: { cluster: 'nev', size: 'small' },
  priorities: { quality: 3, delivery: 2, energy: 1 },
  capabilities: ['network'],
  ownedEntryIds: [],
};
const funding = { budgetWan: 50, voucherWan: 10, subsidyRate: 0.3, subsidyCapWan: 15 };

async function benchRoadmap() {
  const { generateCatalog } = await load('src/core/catalog/recommend/random-catalog.ts');
  const { planRoadmap } = await load('src/core/catalog/recommend/plan-roadmap.ts');
  const { loadExactSolver } = await load('src/core/catalog/recommend/exact-solver.ts');
  const { bundledTaxonomy } = await load('src/core/catalog/taxonomy.ts');
  const { loadReferenceCatalog } = await load('src/core/catalog/reference-catalog.ts');
  // The exact solver (HiGHS, WebAssembly) loads once per session; its start-up is reported on its own.
  const loadStart = performance.now();
  const solver = await loadExactSolver();
  const solverLoadMs = performance.now() - loadStart;
  if (!solver) throw new Error('bench: the exact solver did not load');
  const entries = generateCatalog(500, 2026);
  for (let i = 0; i < 3; i++) planRoadmap(entries, company, bundledTaxonomy, funding, solver); // warm-up (JIT)
  // Exact solver and built-in search alternated call by call, so both see the same machine load.
  const times = { exact: [], search: [] };
  const plans = { exact: new Map(), search: new Map() };
  for (let i = 0; i < 15; i++) {
    const budgetWan = funding.budgetWan + (i % 3) * 10;
    for (const method of ['exact', 'search']) {
      const start = performance.now();
      plans[method].set(
        budgetWan,
        planRoadmap(entries, company, bundledTaxonomy, { ...funding, budgetWan }, method === 'exact' ? solver : null),
      );
      times[method].push(performance.now() - start);
    }
  }
  // Plan value (level points + priority benefit), and for the search the most a better plan could add.
  const quality = {};
  for (const [budgetWan, plan] of plans.exact) {
    quality[`roadmap_500_entries_value_${budgetWan}wan`] = Math.round(plan.value * 10) / 10;
    quality[`roadmap_500_entries_proven_${budgetWan}wan`] = plan.proven ? 1 : 0;
  }
  for (const [budgetWan, plan] of plans.search) {
    quality[`roadmap_500_entries_search_value_${budgetWan}wan`] = Math.round(plan.value * 10) / 10;
    quality[`roadmap_500_entries_search_gap_${budgetWan}wan_pct`] = plan.gapPercent;
  }
  const last = plans.exact.get(funding.budgetWan);
  const reference = loadReferenceCatalog().entries;
  const refTimes = { exact: [], search: [] };
  let refPlan;
  for (let i = 0; i < 15; i++) {
    for (const method of ['exact', 'search']) {
      const start = performance.now();
      const plan = planRoadmap(reference, company, bundledTaxonomy, funding, method === 'exact' ? solver : null);
      refTimes[method].push(performance.now() - start);
      if (method === 'exact') refPlan = plan;
    }
  }
  return {
    exact_solver_load_ms: round(solverLoadMs),
    roadmap_500_entries_median_ms: round(median(times.exact)),
    roadmap_500_entries_max_ms: round(Math.max(...times.exact)),
    roadmap_500_entries_search_median_ms: round(median(times.search)),
    roadmap_500_entries_search_max_ms: round(Math.max(...times.search)),
    roadmap_500_entries_pool_size: last.poolSize,
    ...quality,
    roadmap_reference_89_entries_median_ms: round(median(refTimes.exact)),
    roadmap_reference_89_entries_max_ms: round(Math.max(...refTimes.exact)),
    roadmap_reference_89_entries_search_median_ms: round(median(refTimes.search)),
    roadmap_reference_89_entries_value: Math.round(refPlan.value * 10) / 10,
    roadmap_reference_89_entries_proven: refPlan.proven ? 1 : 0,
  };
}

async function benchImport() {
  const { generateCatalog } = await load('src/core/catalog/recommend/random-catalog.ts');
  const { catalogToXlsx } = await load('src/core/catalog/import/template.ts');
  const { importCatalogFile } = await load('src/core/catalog/import/import-catalog.ts');
  const { bundledTaxonomy } = await load('src/core/catalog/taxonomy.ts');
  const bytes = await catalogToXlsx(generateCatalog(2000, 7), bundledTaxonomy);
  const times = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = await importCatalogFile({ name: 'bench.xlsx', bytes }, bundledTaxonomy);
    times.push(performance.now() - start);
    if (!result.ok || result.entries.length !== 2000)
      throw new Error(`bench import failed: ${JSON.stringify(result.ok ? result.entries.length : result.errors.slice(0, 3))}`);
  }
  return { import_xlsx_2000_rows_median_ms: round(median(times)), import_xlsx_2000_rows_bytes: bytes.length };
}

export async function run() {
  try {
    return { ...(await benchRoadmap()), ...(await benchImport()) };
  } finally {
    await server?.close();
    server = undefined;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await run(), null, 2));
}
