import { z } from 'zod';
import industryJson from '../../../../../assets/catalog/import/industry-clusters.json';
import type { CatalogTaxonomy } from '../../taxonomy';
import { labelKey } from './normalize-text';

const table = z.object({ all: z.array(z.string()), clusters: z.record(z.string(), z.array(z.string())) }).parse(industryJson);
const allKeys = new Set(table.all.map(labelKey));
const clusterWords = Object.entries(table.clusters).map(([code, words]) => ({ code, keys: words.map(labelKey) }));

/** "适用于所有行业" and the like: the entry suits every cluster. */
export function meansEveryIndustry(text: string): boolean {
  const key = labelKey(text);
  return allKeys.has(key) || [...allKeys].some((word) => word.length >= 2 && key === `适用${word}`);
}

/**
 * The 33618 clusters an industry text names: by the cluster's own name or code, then by its words
 * ("汽车及零部件" → nev). Industries that match no cluster stay as text only.
 */
export function industryClusters(text: string, taxonomy: CatalogTaxonomy): string[] {
  const key = labelKey(text);
  if (key === '') return [];
  const byName = taxonomy.clusters.clusters.find(
    (c) => labelKey(c.code) === key || Object.values(c.name).some((n) => n !== undefined && labelKey(n) === key),
  );
  if (byName) return [byName.code];
  const known = new Set(taxonomy.clusters.clusters.map((c) => c.code));
  return clusterWords.filter(({ code, keys }) => known.has(code) && keys.some((word) => key.includes(word))).map(({ code }) => code);
}
