import type { TFunction } from 'i18next';
import { loadExcelJs } from '../../core/catalog/import/read-xlsx';
import type { Roadmap } from '../../core/recommend/plan-roadmap';
import type { Platform, SaveFileResult } from '../../platform/platform';
import { explanationText, type CatalogLabels } from './catalog-labels';

/** The roadmap as an XLSX in the user's language: one sheet of steps by phase, one of the reasons. exceljs loads only now. */
export async function roadmapToXlsx(roadmap: Roadmap, labels: CatalogLabels, t: TFunction): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('catalog:export.roadmapSheet'));
  sheet.addRow([t('catalog:export.phase'), t('catalog:column.name'), t('catalog:column.firstYearCostMax'), t('catalog:export.startWeek'), t('catalog:export.endWeek'), t('catalog:column.after')]);
  sheet.getRow(1).font = { bold: true };
  for (const phase of roadmap.phases) {
    for (const step of phase.steps) {
      sheet.addRow([t(`catalog:phase.${phase.kind}`), labels.entry(step.entryId), step.costWan, step.startWeek, step.endWeek, step.after.map(labels.entry).join(t('catalog:listSeparator'))]);
    }
    sheet.addRow([
      t('catalog:export.phaseTotal', { phase: t(`catalog:phase.${phase.kind}`) }),
      t('catalog:roadmap.phaseLevel', { level: t(`catalog:level.${phase.overallLevel}`) }),
      phase.costWan, phase.startWeek, phase.endWeek,
      t('catalog:roadmap.phaseMoney', { cost: phase.costWan, voucher: phase.voucherWan, subsidy: phase.subsidyWan, net: phase.netCostWan }),
    ]).font = { italic: true };
  }
  sheet.columns.forEach((column, i) => { column.width = i === 1 || i === 5 ? 40 : 14; });
  const reasons = workbook.addWorksheet(t('catalog:export.reasonsSheet'));
  reasons.addRow([t('catalog:column.name'), t('catalog:export.status'), t('catalog:export.reasons')]).font = { bold: true };
  for (const r of roadmap.recommendations) {
    reasons.addRow([labels.entry(r.entry.id), t(`catalog:status.${r.status}`), r.explanation.map((p) => explanationText(t, labels, p)).join('\n')]);
  }
  reasons.columns.forEach((column, i) => { column.width = i === 2 ? 80 : 30; });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function saveRoadmapXlsx(platform: Platform, roadmap: Roadmap, labels: CatalogLabels, t: TFunction): Promise<SaveFileResult> {
  return platform.saveFile({
    suggestedName: `${t('catalog:export.fileName')}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: await roadmapToXlsx(roadmap, labels, t),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
}
