import type { i18n as I18n } from 'i18next';
import type { Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import type { SheetSpec } from '../../core/catalog/write-workbook';
import type { Platform, SaveFileResult } from '../../platform/platform';
import { workbookBytes } from '../../app/catalog';
import { explanationText, raisesText, type CatalogLabels } from '../common/catalog-labels';
import { levelKey } from '../common/catalog-level';

/** The roadmap as sheets in the user's language: one of steps by phase, one of the reasons. */
export function roadmapSheets(roadmap: Roadmap, labels: CatalogLabels, i18n: I18n): SheetSpec[] {
  const t = i18n.getFixedT(null, 'catalog');
  const steps: SheetSpec['rows'] = [
    {
      cells: [
        t('export.phase'),
        t('column.name'),
        t('column.firstYearCostMax'),
        t('export.startWeek'),
        t('export.endWeek'),
        t('column.after'),
      ],
      style: 'bold',
    },
  ];
  for (const phase of roadmap.phases) {
    for (const step of phase.steps) {
      steps.push({
        cells: [
          t(`phase.${phase.kind}`),
          labels.entry(step.entryId),
          step.costWan,
          step.startWeek,
          step.endWeek,
          step.after.map(labels.entry).join(t('listSeparator')),
        ],
      });
    }
    steps.push({
      cells: [
        t('export.phaseTotal', { phase: t(`phase.${phase.kind}`) }),
        t('roadmap.phaseLevel', { level: t(levelKey(phase.overallLevel)) }),
        phase.costWan,
        phase.startWeek,
        phase.endWeek,
        t('roadmap.phaseMoney', {
          cost: phase.costWan,
          voucher: phase.voucherWan,
          subsidy: phase.subsidyWan,
          net: phase.netCostWan,
        }),
      ],
      style: 'italic',
    });
    if (phase.raised.length > 0) steps.push({ cells: ['', raisesText(i18n, labels, phase.raised)], style: 'italic' });
  }
  const reasons: SheetSpec['rows'] = [{ cells: [t('column.name'), t('export.status'), t('export.reasons')], style: 'bold' }];
  for (const r of roadmap.recommendations) {
    reasons.push({
      cells: [labels.entry(r.entry.id), t(`status.${r.status}`), r.explanation.map((p) => explanationText(i18n, labels, p)).join('\n')],
    });
  }
  return [
    { name: t('export.roadmapSheet'), rows: steps, widths: [14, 40, 14, 14, 14, 40] },
    { name: t('export.reasonsSheet'), rows: reasons, widths: [30, 30, 80] },
  ];
}

export async function saveRoadmapXlsx(platform: Platform, roadmap: Roadmap, labels: CatalogLabels, i18n: I18n): Promise<SaveFileResult> {
  const t = i18n.getFixedT(null, 'catalog');
  return platform.saveFile({
    suggestedName: `${t('export.fileName')}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: await workbookBytes(roadmapSheets(roadmap, labels, i18n)),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
}
