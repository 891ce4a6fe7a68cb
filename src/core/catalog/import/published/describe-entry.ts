import type { CatalogEntry } from '../../catalog-schema';

export type PriceBasisLabel = 'one-off' | 'yearly' | 'one-off+yearly' | 'unknown';

/** The price as a provider reads it: one band in 万元 and whether it is paid once, yearly, or not known. */
export function describePrice(entry: CatalogEntry): {
  minWan: number | null;
  maxWan: number | null;
  basis: PriceBasisLabel;
  atLeast: boolean;
  oneOffWan: { min: number; max: number };
  yearlyWan: { min: number; max: number };
} {
  const { oneOffWan, yearlyWan, onRequest, atLeast } = entry.price;
  const hasOneOff = oneOffWan.max > 0;
  const hasYearly = yearlyWan.max > 0;
  const basis: PriceBasisLabel = onRequest ? 'unknown' : hasOneOff && hasYearly ? 'one-off+yearly' : hasYearly ? 'yearly' : 'one-off';
  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  return {
    minWan: onRequest ? null : round(oneOffWan.min + yearlyWan.min),
    maxWan: onRequest ? null : round(oneOffWan.max + yearlyWan.max),
    basis,
    atLeast: atLeast === true,
    oneOffWan,
    yearlyWan,
  };
}

/** One stored entry as `cli catalog validate --json` prints it (the entry itself is under `entry`). */
export function describeEntry(entry: CatalogEntry) {
  return {
    row: entry.sourceRow ?? null,
    id: entry.id,
    name: entry.name['zh-CN'],
    scenarios: entry.scenarios.map((code) => ({ code, confidence: entry.scenarioConfidence?.[code] ?? 1 })),
    industries: entry.industries ?? [],
    clusters: entry.clusters,
    price: describePrice(entry),
    weeks: entry.weeksGiven === false ? null : { min: entry.implementationWeeks.min, max: entry.implementationWeeks.max },
    voucher: entry.eligibility.aiVoucher,
    deployment: entry.deployment,
    providerType: entry.providerType,
    provider: entry.provider ?? null,
    notes: entry.notes ?? null,
    contact: entry.contact ?? null,
    lifts: entry.lifts,
    liftsInferred: entry.liftsInferred === true,
  };
}
