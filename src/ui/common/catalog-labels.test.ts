import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { recommend } from '../../core/catalog/recommend/recommend';
import type { RecommendInput } from '../../core/catalog/recommend/recommend-types';
import en from '../../i18n/locales/en/catalog.json';
import zhCN from '../../i18n/locales/zh-CN/catalog.json';
import zhTW from '../../i18n/locales/zh-TW/catalog.json';
import { catalogLabels, explanationText } from './catalog-labels';

const entries = loadReferenceCatalog().entries;
const input: RecommendInput = {
  domainLevels: { production: 1, data: 0, equipment: 1, network: 1, integration: 1, security: 0 },
  domainTargets: { production: 3, data: 2, equipment: 2, network: 2, integration: 2, security: 2 },
  scenarioLevels: { 'SME-07': 1, 'SME-09': 1 },
  scenarioTarget: 2,
  overallLevel: 1,
  company: { cluster: 'food', size: 'micro' },
  priorities: { quality: 3, cost: 2, safety: 2, energy: 1, delivery: 1 },
  capabilities: [],
  ownedEntryIds: [],
};

describe('explanations', () => {
  it.each([
    ['zh-CN', zhCN, '生产'],
    ['en', en, 'Production'],
    ['zh-TW', zhTW, '生產'],
  ] as const)('%s: every reason reads as a sentence with names, never keys or codes', async (language, bundle, production) => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: language,
      resources: { [language]: { catalog: bundle } },
      defaultNS: 'catalog',
      interpolation: { escapeValue: false },
    });
    const labels = catalogLabels(language, entries);
    const texts = recommend(entries, input, bundledTaxonomy).flatMap((r) =>
      r.explanation.map((part) => explanationText(i18n, labels, part)),
    );
    const keysSeen = new Set(recommend(entries, input, bundledTaxonomy).flatMap((r) => r.explanation.map((p) => p.key)));
    // The run exercises most kinds of reason, so a missing translation would show here.
    for (const key of [
      'explain.domainGap',
      'explain.scenarioGap',
      'explain.priorityReason.delivery_oee',
      'explain.priorityReason.cost_inventory',
      'explain.safety',
      'explain.clusterMismatch',
      'explain.sizeMismatch',
      'explain.after',
      'explain.enables',
    ]) {
      expect(keysSeen.has(key), key).toBe(true);
    }
    for (const text of texts) {
      expect(text).not.toMatch(/explain\.|\{\{|SME-\d\d|camera-station|device-link/);
    }
    expect(texts.some((text) => text.includes(production))).toBe(true);
  });
});

describe('cluster names', () => {
  it('name the company form\'s "other region" choice in every language instead of its code', () => {
    expect(catalogLabels('zh-CN', entries).cluster('other-region')).toBe('其他地区或其他行业');
    expect(catalogLabels('en', entries).cluster('other-region')).toBe('Another region or industry');
    expect(catalogLabels('zh-TW', entries).cluster('food')).toBe('食品及農產品加工');
  });
});
