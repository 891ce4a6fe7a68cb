import type { CatalogEntry } from '../catalog-schema';
import { domainCodes, type DomainCode } from '../vocabulary';

/** Seeded PRNG (mulberry32) so generated catalogs are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capabilityPool = ['network', 'device-link', 'data-history', 'erp', 'mes', 'barcode', 'energy-meter', 'camera-station'];

/**
 * A random but well-formed catalog for tests and benchmarks: prerequisites only point to earlier
 * entries, so there are no loops through named entries (capability loops can still occur).
 */
export function generateCatalog(size: number, seed: number, domains: readonly DomainCode[] = domainCodes): CatalogEntry[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const entries: CatalogEntry[] = [];
  for (let i = 0; i < size; i += 1) {
    const from = Math.floor(rnd() * 3);
    const lifts = [{ domain: pick(domains), from, to: from + 1 + Math.floor(rnd() * 2) }];
    if (rnd() < 0.4) {
      const f2 = Math.floor(rnd() * 3);
      lifts.push({ domain: pick(domains), from: f2, to: f2 + 1 });
    }
    const prerequisites: CatalogEntry['prerequisites'] = [];
    if (i > 0 && rnd() < 0.3) prerequisites.push({ kind: 'entry', id: `E${Math.floor(rnd() * i)}` });
    if (rnd() < 0.3) prerequisites.push({ kind: 'capability', code: pick(capabilityPool) });
    const oneOff = Math.round(rnd() * 300) / 10;
    entries.push({
      id: `E${i}`,
      name: { 'zh-CN': `方案 ${i}`, en: `Solution ${i}`, 'zh-TW': `方案 ${i}` },
      summary: { 'zh-CN': '生成的测试条目', en: 'Generated test entry', 'zh-TW': '生成的測試項目' },
      scenarios: [`SME-${String(1 + Math.floor(rnd() * 16)).padStart(2, '0')}`],
      lifts,
      clusters: rnd() < 0.3 ? [pick(['nev', 'electronics', 'food', 'equipment'])] : [],
      subSectors: [],
      sizes: ['small', 'medium'],
      deployment: pick(['saas', 'on-premises', 'edge-box', 'hardware-software'] as const),
      price: { oneOffWan: { min: oneOff / 2, max: oneOff }, yearlyWan: { min: 0, max: Math.round(rnd() * 30) / 10 } },
      implementationWeeks: { min: 1, max: 1 + Math.floor(rnd() * 12) },
      prerequisites,
      provides: rnd() < 0.2 ? [pick(capabilityPool)] : [],
      kpiEffects: {
        quality: rnd() < 0.5 ? Math.round(rnd() * 20) : undefined,
        oee: rnd() < 0.5 ? Math.round(rnd() * 10) : undefined,
        energy: rnd() < 0.3 ? Math.round(rnd() * 15) : undefined,
      },
      eligibility: { aiVoucher: rnd() < 0.3, citySubsidy: rnd() < 0.5, lightweightList: rnd() < 0.3 },
      providerType: 'software-vendor',
    });
  }
  return entries;
}
