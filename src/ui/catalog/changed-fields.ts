import type { ParseKeys } from 'i18next';
import type { CatalogEntry } from '../../core/catalog/catalog-schema';

/**
 * The name a changed field of an entry is shown under. Every field has one (a new field is a type error here);
 * the importer's flags are shown under the field they qualify, so "weeks not given" reads as implementation time.
 */
const fieldNameKeys = {
  id: 'field.id',
  name: 'field.name',
  summary: 'field.summary',
  scenarios: 'field.scenarios',
  scenarioConfidence: 'field.scenarios',
  lifts: 'field.lifts',
  liftsInferred: 'field.lifts',
  clusters: 'field.clusters',
  industries: 'field.industries',
  subSectors: 'field.subSectors',
  sizes: 'field.sizes',
  deployment: 'field.deployment',
  price: 'field.price',
  implementationWeeks: 'field.implementationWeeks',
  weeksGiven: 'field.implementationWeeks',
  prerequisites: 'field.prerequisites',
  provides: 'field.provides',
  kpiEffects: 'field.kpiEffects',
  eligibility: 'field.eligibility',
  providerType: 'field.providerType',
  provider: 'field.provider',
  contact: 'field.contact',
  notes: 'field.notes',
  gongzhiFeature: 'field.gongzhiFeature',
  sourceRow: 'field.sourceRow',
} as const satisfies Record<keyof CatalogEntry, ParseKeys<'catalog'>>;

/** The keys naming the changed fields, each once, in the order they changed. */
export function changedFieldKeys(fields: readonly { field: keyof CatalogEntry }[]): (typeof fieldNameKeys)[keyof CatalogEntry][] {
  return [...new Set(fields.map((f) => fieldNameKeys[f.field]))];
}
