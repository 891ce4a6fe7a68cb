import { z } from 'zod';
import suggestionsJson from '../../../assets/clusters/sub-sector-suggestions.json';
import { localizedTextSchema } from '../assessment/framework-schema';
import type { LocalizedText } from '../catalog/localized-text';
import { bundledTaxonomy } from '../catalog/taxonomy';

export interface ClusterChoice {
  code: string;
  name: LocalizedText;
  verified: boolean;
}

export interface ClusterTier {
  code: string;
  name: LocalizedText;
  clusters: ClusterChoice[];
}

/**
 * Chongqing's 33618 clusters grouped by tier, from the same list the solution catalog is tagged with
 * (assets/clusters/chongqing-33618.json), so a company's cluster filters recommendations directly.
 */
export function clusterTiers(): ClusterTier[] {
  const { tiers, clusters } = bundledTaxonomy.clusters;
  return tiers
    .map((tier) => ({ code: tier.code, name: tier.name, clusters: clusters.filter((c) => c.tier === tier.code) }))
    .filter((t) => t.clusters.length > 0);
}

/** The choice for a company outside Chongqing or in none of its clusters: the list is regional, users are not. */
export const OTHER_REGION_CLUSTER: ClusterChoice = {
  code: 'other-region',
  verified: true,
  name: { 'zh-CN': '其他地区或其他行业', en: 'Another region or industry', 'zh-TW': '其他地區或其他產業' },
};

export function findCluster(code: string | undefined): ClusterChoice | undefined {
  if (code === OTHER_REGION_CLUSTER.code) return OTHER_REGION_CLUSTER;
  return code === undefined ? undefined : bundledTaxonomy.clusters.clusters.find((c) => c.code === code);
}

const suggestionsSchema = z.strictObject({ source: localizedTextSchema, suggestions: z.array(localizedTextSchema) });

/** Sub-sectors named by the Fuling pilot, offered as suggestions; any other text is accepted. */
export const subSectorSuggestions = suggestionsSchema.parse(suggestionsJson);
