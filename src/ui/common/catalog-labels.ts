import { findCluster } from '../../core/clients/clusters';
import type { i18n as I18n } from 'i18next';
import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import { pickText } from '../../core/catalog/localized-text';
import { bundledTaxonomy, scenarioName } from '../../core/catalog/taxonomy';
import type { ExplanationPart } from '../../core/catalog/recommend/recommend-types';
import type { UnitRaise } from '../../core/catalog/recommend/roadmap-phases';
import type { Language } from '../../core/clients/company';
import { dynamicText } from '../../i18n/dynamic-text';
import { levelKey } from './catalog-level';

/** Display names for the codes core code passes around, in the current language. */
export interface CatalogLabels {
  language: Language;
  scenario(code: string): string;
  cluster(code: string): string;
  capability(code: string): string;
  entry(id: string): string;
}

export function catalogLabels(language: Language, entries: readonly CatalogEntry[]): CatalogLabels {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    language,
    scenario: (code) => {
      const name = scenarioName(bundledTaxonomy, code);
      return name ? pickText(name, language) : code;
    },
    cluster: (code) => {
      // findCluster also knows the "other region or industry" choice of the company form.
      const found = findCluster(code);
      return found ? pickText(found.name, language) : code;
    },
    capability: (code) => {
      const found = bundledTaxonomy.capabilities.find((c) => c.code === code);
      return found ? pickText(found.name, language) : code;
    },
    entry: (id) => {
      const entry = byId.get(id);
      return entry ? pickText(entry.name, language) : id;
    },
  };
}

/**
 * Parameters that carry codes become names; numbers and plain text pass through. Domain, priority, KPI and size
 * codes arrive with catalog data (an imported list may carry any), so their names are looked up at run time.
 */
function translateParams(i18n: I18n, labels: CatalogLabels, params: Record<string, string | number>): Record<string, string | number> {
  const t = i18n.getFixedT(null, 'catalog');
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    const text = String(value);
    switch (name) {
      case 'domain':
      case 'priority':
      case 'kpi':
      case 'size':
        out[name] = dynamicText(i18n, `catalog:${name}.${text}`);
        break;
      case 'scenario':
        out[name] = labels.scenario(text);
        break;
      case 'cluster':
        out[name] = labels.cluster(text);
        break;
      case 'capability':
        out[name] = labels.capability(text);
        break;
      case 'entry':
        out[name] = labels.entry(text);
        break;
      case 'entries':
        out[name] = text
          .split(',')
          .map((id) => labels.entry(id))
          .join(t('listSeparator'));
        break;
      case 'current':
      case 'to':
      case 'target':
      case 'level':
        out[name] = typeof value === 'number' && params.scenario === undefined ? t(levelKey(value)) : value;
        break;
      default:
        out[name] = value;
    }
  }
  return out;
}

/** One reason of a recommendation; its key comes from core (some are built from a catalog's priority and KPI codes). */
export function explanationText(i18n: I18n, labels: CatalogLabels, part: ExplanationPart): string {
  return dynamicText(i18n, `catalog:${part.key}`, translateParams(i18n, labels, part.params));
}

/** "Quality management L1→L2, …": what a roadmap phase is expected to raise; empty when nothing. */
export function raisesText(i18n: I18n, labels: CatalogLabels, raised: readonly UnitRaise[]): string {
  if (raised.length === 0) return '';
  const t = i18n.getFixedT(null, 'catalog');
  const list = raised
    .map((r) =>
      t('roadmap.raise', {
        name: r.kind === 'domain' ? dynamicText(i18n, `catalog:domain.${r.code}`) : labels.scenario(r.code),
        from: r.from,
        to: r.to,
      }),
    )
    .join(t('listSeparator'));
  return t('roadmap.phaseRaises', { list });
}
