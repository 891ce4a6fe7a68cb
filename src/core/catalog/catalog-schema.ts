import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { companySizes, deploymentModes, domainCodes, gongzhiFeatures, maxLevel, minLevel, providerTypes } from './vocabulary';

/** Ids as they appear in published lists: letters, digits and - _ . / (e.g. "CQ-2026-001"). */
export const entryIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/);
const codeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/);
export const scenarioCodeSchema = z.string().regex(/^(SME|IMS)-\d{2}$/);

const levelSchema = z.number().int().min(minLevel).max(maxLevel);

export const levelLiftSchema = z
  .object({ domain: z.enum(domainCodes), from: levelSchema, to: levelSchema })
  .refine((lift) => lift.to > lift.from, { message: 'lift.notUpward', path: ['to'] });

/** A closed money or duration range; min ≤ max. */
function rangeSchema(max: number) {
  return z
    .object({ min: z.number().min(0).max(max), max: z.number().min(0).max(max) })
    .refine((r) => r.min <= r.max, { message: 'range.minAboveMax', path: ['max'] });
}

export const prerequisiteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('capability'), code: codeSchema }),
  z.object({ kind: z.literal('entry'), id: entryIdSchema }),
]);

const kpiPercent = z.number().min(0).max(100).optional();

export const catalogEntrySchema = z.object({
  id: entryIdSchema,
  name: localizedTextSchema,
  summary: localizedTextSchema,
  /** Codes from both scenario lists: SME-01…SME-16 and IMS-01…IMS-40. */
  scenarios: z.array(scenarioCodeSchema).min(1),
  lifts: z.array(levelLiftSchema).min(1),
  /** 33618 cluster codes; empty means suitable for every cluster. */
  clusters: z.array(codeSchema),
  subSectors: z.array(localizedTextSchema).default([]),
  sizes: z.array(z.enum(companySizes)).min(1),
  deployment: z.enum(deploymentModes),
  /**
   * Prices in 万元 (10,000 yuan), as a band. `onRequest`: the list says 待定/面议, both bands are 0 and the
   * roadmap leaves the entry out of the budget plan (it lists it beside it). `atLeast`: "20万起", max = min.
   */
  price: z.object({
    oneOffWan: rangeSchema(100_000),
    yearlyWan: rangeSchema(100_000),
    onRequest: z.boolean().optional(),
    atLeast: z.boolean().optional(),
  }),
  implementationWeeks: rangeSchema(520),
  /** false: the list gave no period; `implementationWeeks` is then the planning assumption, shown as "not given". */
  weeksGiven: z.boolean().optional(),
  prerequisites: z.array(prerequisiteSchema),
  /** Capability codes this solution brings, so others that need them can follow it. */
  provides: z.array(codeSchema).default([]),
  /** Typical improvement in percent (positive = better) per KPI. */
  kpiEffects: z.object({ quality: kpiPercent, oee: kpiPercent, energy: kpiPercent, inventory: kpiPercent, labour: kpiPercent }),
  eligibility: z.object({ aiVoucher: z.boolean(), citySubsidy: z.boolean(), lightweightList: z.boolean() }),
  providerType: z.enum(providerTypes),
  gongzhiFeature: z.enum(gongzhiFeatures).optional(),
  /** The lifts were inferred from the scenarios (published lists do not give them); screens say so. */
  liftsInferred: z.boolean().optional(),
  /** How sure the importer is of each scenario it matched from the list's text (0–1). */
  scenarioConfidence: z.record(scenarioCodeSchema, z.number().min(0).max(1)).optional(),
  /** Industries as the list writes them; `clusters` holds those that map to 33618 clusters. */
  industries: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  provider: z.string().trim().min(1).max(200).optional(),
  notes: z.string().trim().min(1).max(4000).optional(),
  contact: z.string().trim().min(1).max(500).optional(),
  /** The row of the published file this entry came from. */
  sourceRow: z.number().int().min(1).optional(),
});

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type CatalogEntryInput = z.input<typeof catalogEntrySchema>;
export type LevelLift = z.infer<typeof levelLiftSchema>;
export type Prerequisite = z.infer<typeof prerequisiteSchema>;

export const provenanceSchema = z.object({
  /** reference = Gongzhi's own list; official = published by a park or authority; imported = anything else. */
  kind: z.enum(['reference', 'official', 'imported']),
  listName: localizedTextSchema,
  publisher: localizedTextSchema,
  publishedOn: z.iso.date(),
  version: z.string().trim().min(1).max(64),
  note: localizedTextSchema.optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const catalogSchema = z.object({
  provenance: provenanceSchema,
  entries: z.array(catalogEntrySchema),
});
export type Catalog = z.infer<typeof catalogSchema>;
