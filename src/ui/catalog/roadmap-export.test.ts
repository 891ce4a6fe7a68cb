import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { loadExcelJs } from '../../core/catalog/import/read-xlsx';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { planRoadmap } from '../../core/catalog/recommend/plan-roadmap';
import zhCN from '../../i18n/locales/zh-CN/catalog.json';
import { catalogLabels } from '../common/catalog-labels';
import { writeWorkbook } from '../../core/catalog/write-workbook';
import { roadmapSheets } from './roadmap-export';
import { assumedInput, defaultRoadmapSettings } from '../common/roadmap-settings';

describe('roadmap XLSX export', () => {
  it('writes every planned step under its phase, in Chinese, with the phase totals and the reasons', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'zh-CN',
      resources: { 'zh-CN': { catalog: zhCN } },
      defaultNS: 'catalog',
      interpolation: { escapeValue: false },
    });
    const entries = loadReferenceCatalog().entries;
    const roadmap = planRoadmap(
      entries,
      assumedInput(defaultRoadmapSettings, { cluster: 'nev', size: 'small' }),
      bundledTaxonomy,
      defaultRoadmapSettings.funding,
    );
    const labels = catalogLabels('zh-CN', entries);
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    // The sheets as the XLSX worker writes them.
    await workbook.xlsx.load(new Uint8Array(await writeWorkbook(roadmapSheets(roadmap, labels, i18n))).buffer);
    const sheet = workbook.getWorksheet('路线图');
    const rows: string[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const steps = roadmap.phases.flatMap((p) => p.steps);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(rows.some((r) => r[1] === labels.entry(step.entryId))).toBe(true);
    expect(rows.filter((r) => r[0]?.endsWith('合计'))).toHaveLength(roadmap.phases.length);
    expect(rows[1]?.[0]).toBe('快速见效');
    const reasons = workbook.getWorksheet('推荐理由');
    expect(reasons?.rowCount).toBe(roadmap.recommendations.length + 1);
  });
});
