import { z } from 'zod';
import data from '../../../assets/benchmarks/cmmm-national.json';
import { localizedTextSchema } from './framework-schema';

const bandSchema = z.strictObject({
  fromLevel: z.number().int().min(0),
  toLevel: z.number().int().min(0),
  share: z.number().min(0).max(1),
});
export const peerBenchmarksSchema = z.strictObject({
  format: z.literal('gongzhi-peer-benchmarks'),
  formatVersion: z.literal(1),
  frameworkIds: z.array(z.string()),
  note: localizedTextSchema,
  distributions: z.array(
    z.strictObject({
      id: z.string(),
      year: z.number().int(),
      source: localizedTextSchema,
      sample: z.number().int().nullable(),
      bands: z.array(bandSchema).min(1),
    }),
  ),
});
export type PeerBenchmarks = z.infer<typeof peerBenchmarksSchema>;
export type PeerDistribution = PeerBenchmarks['distributions'][number];
export type PeerBand = z.infer<typeof bandSchema>;

/** Published national distributions of CMMM levels; only figures with a citable source are bundled. */
export const cmmmPeerBenchmarks: PeerBenchmarks = peerBenchmarksSchema.parse(data);

export function benchmarksFor(frameworkId: string): PeerBenchmarks | undefined {
  return cmmmPeerBenchmarks.frameworkIds.includes(frameworkId) ? cmmmPeerBenchmarks : undefined;
}

/** The published band a level falls in (e.g. level 1 → "L1 or below", 63 % in 2022). */
export function bandFor(level: number, distribution: PeerDistribution): PeerBand | undefined {
  return distribution.bands.find((b) => level >= b.fromLevel && level <= b.toLevel);
}

/** Share of firms in bands wholly above the level: how many published firms are ahead. */
export function shareAbove(level: number, distribution: PeerDistribution): number {
  return distribution.bands.filter((b) => b.fromLevel > level).reduce((sum, b) => sum + b.share, 0);
}
