import type { TFunction } from 'i18next';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import { loadExcelJs } from '../../core/catalog/import/read-xlsx';
import type { FollowUpRow } from '../../core/clients/follow-up';
import { findCluster } from '../../core/workspace/clusters';
import type { CatalogLabels } from '../solutions/catalog-labels';

type Local = (text: { 'zh-CN': string; en?: string; 'zh-TW'?: string }) => string;

function domainName(frameworkId: string, domainId: string, local: Local): string {
  for (const element of findFramework(frameworkId)?.elements ?? []) {
    const domain = element.domains.find((d) => d.id === domainId);
    if (domain) return local(domain.name);
  }
  return domainId;
}

/** The provider's follow-up sheet: one line per client. exceljs loads only when a sheet is made. */
export async function followUpXlsx(rows: readonly FollowUpRow[], labels: CatalogLabels, t: TFunction, local: Local): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('clients:sheet.name'));
  sheet.addRow(['company', 'contact', 'phone', 'cluster', 'level', 'date', 'gaps', 'solutions', 'cost', 'net'].map((key) => t(`clients:sheet.${key}`))).font = { bold: true };
  const separator = t('clients:sheet.separator');
  for (const row of rows) {
    const cluster = findCluster(row.cluster);
    const a = row.assessment;
    sheet.addRow([
      row.name,
      row.contactName,
      row.contactPhone,
      cluster ? local(cluster.name) : row.cluster,
      a ? t('clients:levelOf', { level: a.level, framework: local(findFramework(a.frameworkId)?.name ?? { 'zh-CN': a.frameworkId, en: a.frameworkId, 'zh-TW': a.frameworkId }) }) : t('clients:notAssessed'),
      a?.date ?? '',
      a ? row.topGaps.map((id) => domainName(a.frameworkId, id, local)).join(separator) : '',
      row.solutions.map(labels.entry).join(separator),
      row.costWan,
      row.netCostWan,
    ]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = [30, 14, 16, 22, 28, 12, 30, 60, 12, 12][i] ?? 14;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
