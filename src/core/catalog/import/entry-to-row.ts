import type { CatalogEntry } from '../catalog-schema';
import type { CatalogTaxonomy } from '../taxonomy';
import { importColumns, valueAliases, type ColumnKey } from './column-spec';

type RowValue = string | number | boolean;

const firstAlias = (group: Record<string, string[]>, code: string): string => group[code]?.[0] ?? code;

/** One entry as the cells of the template layout, in Chinese where the list vocabulary has a Chinese word. */
export function entryToRow(entry: CatalogEntry, taxonomy: CatalogTaxonomy): Record<ColumnKey, RowValue> {
  const scenarioNames = new Map(
    [...taxonomy.smeScenarios.scenarios, ...taxonomy.imsScenarios.scenarios].map((s) => [s.code, s.name['zh-CN']]),
  );
  const clusterNames = new Map(taxonomy.clusters.clusters.map((c) => [c.code, c.name['zh-CN']]));
  return {
    id: entry.id,
    'name.zh-CN': entry.name['zh-CN'],
    'name.en': entry.name.en ?? '',
    'name.zh-TW': entry.name['zh-TW'] ?? '',
    'summary.zh-CN': entry.summary['zh-CN'],
    'summary.en': entry.summary.en ?? '',
    'summary.zh-TW': entry.summary['zh-TW'] ?? '',
    scenarios: entry.scenarios.map((code) => scenarioNames.get(code) ?? code).join('；'),
    lifts: entry.lifts.map((l) => `${firstAlias(valueAliases.domain, l.domain)}:${l.from}→${l.to}`).join('；'),
    clusters: entry.clusters.length === 0 ? '不限' : entry.clusters.map((code) => clusterNames.get(code) ?? code).join('；'),
    subSectors: entry.subSectors.map((s) => s['zh-CN']).join('；'),
    sizes: entry.sizes.map((s) => firstAlias(valueAliases.size, s)).join('；'),
    deployment: firstAlias(valueAliases.deployment, entry.deployment),
    oneOffMin: entry.price.oneOffWan.min,
    oneOffMax: entry.price.oneOffWan.max,
    yearlyMin: entry.price.yearlyWan.min,
    yearlyMax: entry.price.yearlyWan.max,
    weeksMin: entry.implementationWeeks.min,
    weeksMax: entry.implementationWeeks.max,
    // Capabilities are written by code: the names contain commas, which are list separators.
    prerequisites: entry.prerequisites.map((p) => (p.kind === 'capability' ? `能力:${p.code}` : p.id)).join('；'),
    provides: entry.provides.join('；'),
    'kpi.quality': entry.kpiEffects.quality ?? '',
    'kpi.oee': entry.kpiEffects.oee ?? '',
    'kpi.energy': entry.kpiEffects.energy ?? '',
    'kpi.inventory': entry.kpiEffects.inventory ?? '',
    'kpi.labour': entry.kpiEffects.labour ?? '',
    aiVoucher: entry.eligibility.aiVoucher ? '是' : '否',
    citySubsidy: entry.eligibility.citySubsidy ? '是' : '否',
    lightweightList: entry.eligibility.lightweightList ? '是' : '否',
    providerType: firstAlias(valueAliases.providerType, entry.providerType),
    gongzhiFeature: entry.gongzhiFeature ? firstAlias(valueAliases.gongzhiFeature, entry.gongzhiFeature) : '',
  };
}

export function rowValues(row: Record<ColumnKey, RowValue>): RowValue[] {
  return importColumns.map((column) => row[column.key] ?? '');
}
