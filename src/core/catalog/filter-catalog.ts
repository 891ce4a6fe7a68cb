import type { CatalogEntry } from './catalog-schema';
import type { DeploymentMode, EligibilityCode } from './vocabulary';

export interface CatalogFilter {
  scenario?: string;
  /** Entries for every cluster (none listed) match any cluster. */
  cluster?: string;
  /** Upper end of the first-year cost band (one-off + one year), 万元. */
  maxFirstYearWan?: number;
  deployment?: DeploymentMode;
  /** All of these must hold. */
  eligibility?: readonly EligibilityCode[];
  /** Matched against id and names in every language, case-insensitively. */
  text?: string;
}

export function firstYearCostWan(entry: CatalogEntry): { min: number; max: number } {
  return { min: entry.price.oneOffWan.min + entry.price.yearlyWan.min, max: entry.price.oneOffWan.max + entry.price.yearlyWan.max };
}

export function filterCatalog(entries: readonly CatalogEntry[], filter: CatalogFilter): CatalogEntry[] {
  const text = filter.text?.trim().toLowerCase();
  return entries.filter((entry) => {
    if (filter.scenario && !entry.scenarios.includes(filter.scenario)) return false;
    if (filter.cluster && entry.clusters.length > 0 && !entry.clusters.includes(filter.cluster)) return false;
    if (filter.maxFirstYearWan !== undefined && firstYearCostWan(entry).max > filter.maxFirstYearWan) return false;
    if (filter.deployment && entry.deployment !== filter.deployment) return false;
    if (filter.eligibility?.some((code) => !entry.eligibility[code])) return false;
    if (text) {
      const haystack = [entry.id, ...Object.values(entry.name)]
        .filter((v): v is string => typeof v === 'string')
        .join(' ')
        .toLowerCase();
      if (!haystack.includes(text)) return false;
    }
    return true;
  });
}
