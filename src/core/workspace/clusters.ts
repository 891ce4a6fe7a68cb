import { z } from 'zod';
import data from '../../../assets/clusters/chongqing-33618.json';
import { localizedTextSchema } from '../assessment/framework-schema';

export const clusterSystemSchema = z.strictObject({
  format: z.literal('gongzhi-clusters'),
  formatVersion: z.literal(1),
  id: z.string(),
  name: localizedTextSchema,
  source: localizedTextSchema,
  groups: z.array(z.strictObject({ id: z.string(), name: localizedTextSchema, clusters: z.array(z.strictObject({ id: z.string(), name: localizedTextSchema })).min(1) })).min(1),
  subSectorSuggestions: z.array(localizedTextSchema),
});
export type ClusterSystem = z.infer<typeof clusterSystemSchema>;

/** Chongqing's 33618 cluster system, the company-profile choice for the first region. */
export const chongqingClusters: ClusterSystem = clusterSystemSchema.parse(data);

export function findCluster(id: string | undefined): ClusterSystem['groups'][number]['clusters'][number] | undefined {
  return id === undefined ? undefined : chongqingClusters.groups.flatMap((g) => g.clusters).find((c) => c.id === id);
}
