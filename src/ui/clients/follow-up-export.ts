import type { TFunction } from 'i18next';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import type { FollowUpRow } from '../../core/clients/follow-up';
import { findCluster } from '../../core/clients/clusters';
import type { SheetSpec } from '../../core/catalog/write-workbook';
import { workbookBytes } from '../../app/catalog';
import type { CatalogLabels } from '../common/catalog-labels';

type Local = (text: { 'zh-CN': string; en?: string; 'zh-TW'?: string }) => string;

function domainName(frameworkId: string, domainId: string, local: Local): string {
  for (const element of findFramework(frameworkId)?.elements ?? []) {
    const domain = element.domains.find((d) => d.id === domainId);
    if (domain) return local(domain.name);
  }
  return domainId;
}

/** The sheet's columns, each with its heading (clients:sheet.<column>). */
const columns = ['company', 'contact', 'phone', 'cluster', 'level', 'date', 'gaps', 'solutions', 'cost', 'net'] as const;

/** The provider's follow-up sheet: one line per client. */
export function followUpSheet(rows: readonly FollowUpRow[], labels: CatalogLabels, t: TFunction<'clients'>, local: Local): SheetSpec {
  const sheet: SheetSpec = { name: t('sheet.name'), rows: [], widths: [30, 14, 16, 22, 28, 12, 30, 60, 12, 12] };
  sheet.rows.push({
    cells: columns.map((key) => t(`sheet.${key}`)),
    style: 'bold',
  });
  const separator = t('sheet.separator');
  for (const row of rows) {
    const cluster = findCluster(row.cluster);
    const a = row.assessment;
    sheet.rows.push({
      cells: [
        row.name,
        row.contactName,
        row.contactPhone,
        cluster ? local(cluster.name) : row.cluster,
        a
          ? t('levelOf', {
              level: a.level,
              framework: local(findFramework(a.frameworkId)?.name ?? { 'zh-CN': a.frameworkId, en: a.frameworkId, 'zh-TW': a.frameworkId }),
            })
          : t('notAssessed'),
        a?.date ?? '',
        a ? row.topGaps.map((id) => domainName(a.frameworkId, id, local)).join(separator) : '',
        row.solutions.map(labels.entry).join(separator),
        row.costWan,
        row.netCostWan,
      ],
    });
  }
  return sheet;
}

/** The follow-up sheet as an XLSX file (written in the XLSX worker). */
export function followUpXlsx(
  rows: readonly FollowUpRow[],
  labels: CatalogLabels,
  t: TFunction<'clients'>,
  local: Local,
): Promise<Uint8Array> {
  return workbookBytes([followUpSheet(rows, labels, t, local)]);
}
