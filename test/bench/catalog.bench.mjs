// Catalog benchmarks: recommendations + the optimal roadmap for a generated 500-entry catalog (target
// ≤ 50 ms) and importing a generated 2,000-row XLSX (target ≤ 2 s). `export async function run(ctx)`
// returns flat figures with units in their names; run alone with `node test/bench/catalog.bench.mjs`.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { median, root } from './bench-support.mjs';

// A server that stays open: the importer loads exceljs lazily, after the first module has loaded.
let server;

async function load(path) {
  server ??= await createServer({ root, logLevel: 'error', configFile: false, server: { middlewareMode: true, hmr: false, watch: null }, appType: 'custom' });
  return server.ssrLoadModule(`/${path}`);
}

const round = (ms) => Math.round(ms * 1000) / 1000;

/** A typical small manufacturer: levels 1–2, aiming one level up, quality and delivery first. */
const company = {
  domainLevels: { strategy: 1, skills: 1, data: 1, integration: 1, security: 0, equipment: 2, network: 1, design: 1, production: 1, logistics: 1, sales: 1, service: 1 },
  domainTargets: { strategy: 2, skills: 2, data: 3, integration: 2, security: 2, equipment: 3, network: 2, design: 2, production: 3, logistics: 2, sales: 2, service: 2 },
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
  const { generateCatalog } = await load('src/core/recommend/random-catalog.ts');
  const { planRoadmap } = await load('src/core/recommend/plan-roadmap.ts');
  const { bundledTaxonomy } = await load('src/core/catalog/taxonomy.ts');
  const { loadReferenceCatalog } = await load('src/core/catalog/reference-catalog.ts');
  const entries = generateCatalog(500, 2026);
  for (let i = 0; i < 3; i++) planRoadmap(entries, company, bundledTaxonomy, funding); // warm-up (JIT)
  const times = [];
  const plans = new Map();
  for (let i = 0; i < 15; i++) {
    const budgetWan = funding.budgetWan + (i % 3) * 10;
    const start = performance.now();
    plans.set(budgetWan, planRoadmap(entries, company, bundledTaxonomy, { ...funding, budgetWan }));
    times.push(performance.now() - start);
  }
  // Plan value (level points + priority benefit) and the most a better plan could add, per budget.
  const quality = {};
  for (const [budgetWan, plan] of plans) {
    quality[`roadmap_500_entries_value_${budgetWan}wan`] = Math.round(plan.value * 10) / 10;
    quality[`roadmap_500_entries_gap_${budgetWan}wan_pct`] = plan.gapPercent;
  }
  const last = plans.get(funding.budgetWan);
  const reference = loadReferenceCatalog().entries;
  const refTimes = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    planRoadmap(reference, company, bundledTaxonomy, funding);
    refTimes.push(performance.now() - start);
  }
  return {
    roadmap_500_entries_median_ms: round(median(times)),
    roadmap_500_entries_max_ms: round(Math.max(...times)),
    roadmap_500_entries_pool_size: last.poolSize,
    roadmap_500_entries_proven: last.proven ? 1 : 0,
    ...quality,
    roadmap_reference_89_entries_median_ms: round(median(refTimes)),
  };
}

async function benchImport() {
  const { generateCatalog } = await load('src/core/recommend/random-catalog.ts');
  const { catalogToXlsx } = await load('src/core/catalog/import/template.ts');
  const { importCatalogFile } = await load('src/core/catalog/import/import-catalog.ts');
  const { bundledTaxonomy } = await load('src/core/catalog/taxonomy.ts');
  const bytes = await catalogToXlsx(generateCatalog(2000, 7), bundledTaxonomy);
  const times = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = await importCatalogFile({ name: 'bench.xlsx', bytes }, bundledTaxonomy);
    times.push(performance.now() - start);
    if (!result.ok || result.entries.length !== 2000) throw new Error(`bench import failed: ${JSON.stringify(result.ok ? result.entries.length : result.errors.slice(0, 3))}`);
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
