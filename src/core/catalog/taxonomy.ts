import { z } from 'zod';
import { localizedTextSchema, type LocalizedText } from './localized-text';
import { domainCodes } from './vocabulary';
import smeScenariosJson from '../../../assets/scenarios/sme-digital-2024.json';
import imsScenariosJson from '../../../assets/scenarios/smart-manufacturing-2025.json';
import clustersJson from '../../../assets/clusters/chongqing-33618.json';
import capabilitiesJson from '../../../assets/catalog/capabilities.json';

const namedGroup = z.object({ code: z.string().min(1), name: localizedTextSchema });

export const scenarioListSchema = z.object({
  list: z.string().min(1),
  title: localizedTextSchema,
  source: localizedTextSchema,
  groups: z.array(namedGroup),
  scenarios: z.array(
    z.object({
      code: z.string().regex(/^(SME|IMS)-\d{2}$/),
      group: z.string().min(1),
      /** SME list only: a "constraint" scenario counts towards the level rule. */
      constraint: z.boolean().optional(),
      name: localizedTextSchema,
    }),
  ),
});
export type ScenarioList = z.infer<typeof scenarioListSchema>;

export const clusterListSchema = z.object({
  list: z.string().min(1),
  title: localizedTextSchema,
  source: localizedTextSchema,
  tiers: z.array(namedGroup),
  clusters: z.array(z.object({ code: z.string().min(1), tier: z.string().min(1), verified: z.boolean(), name: localizedTextSchema })),
});
export type ClusterList = z.infer<typeof clusterListSchema>;

export const capabilityListSchema = z.object({
  capabilities: z.array(
    z.object({
      code: z.string().min(1),
      name: localizedTextSchema,
      /** The capability counts as present when the assessment puts this domain at or above minLevel. */
      satisfiedWhen: z.object({ domain: z.enum(domainCodes), minLevel: z.number().int().min(1).max(5) }).optional(),
    }),
  ),
});
export type Capability = z.infer<typeof capabilityListSchema>['capabilities'][number];

/** The vocabulary every catalog is checked against: which codes exist and what they are called. */
export interface CatalogTaxonomy {
  smeScenarios: ScenarioList;
  imsScenarios: ScenarioList;
  clusters: ClusterList;
  capabilities: Capability[];
}

export const bundledTaxonomy: CatalogTaxonomy = {
  smeScenarios: scenarioListSchema.parse(smeScenariosJson),
  imsScenarios: scenarioListSchema.parse(imsScenariosJson),
  clusters: clusterListSchema.parse(clustersJson),
  capabilities: capabilityListSchema.parse(capabilitiesJson).capabilities,
};

export function scenarioName(taxonomy: CatalogTaxonomy, code: string): LocalizedText | undefined {
  return (
    taxonomy.smeScenarios.scenarios.find((s) => s.code === code)?.name ?? taxonomy.imsScenarios.scenarios.find((s) => s.code === code)?.name
  );
}
