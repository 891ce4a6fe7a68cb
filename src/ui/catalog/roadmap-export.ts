import type { TFunction } from 'i18next';
import type { Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import type { SheetSpec } from '../../core/catalog/write-workbook';
import type { Platform, SaveFileResult } from '../../platform/platform';
import { workbookBytes } from '../../app/catalog';
import { explanationText, raisesText, type CatalogLabels } from '../common/catalog-labels';

/** The roadmap as sheets in the user's language: one of steps by phase, one of the reasons. */
export function roadmapSheets(roadmap: Roadmap, labels: CatalogLabels, t: TFunction): SheetSpec[] {
  const steps: SheetSpec['rows'] = [
    {
      cells: [
        t('catalog:export.phase'),
        t('catalog:column.name'),
        t('catalog:column.firstYearCostMax'),
        t('catalog:export.startWeek'),
        t('catalog:export.endWeek'),
        t('catalog:column.after'),
      ],
      style: 'bold',
    },
  ];
  for (const phase of roadmap.phases) {
    for (const step of phase.steps) {
      steps.push({
        cells: [
          t(`catalog:phase.${phase.kind}`),
          labels.entry(step.entryId),
          step.costWan,
          step.startWeek,
          step.endWeek,
          step.after.map(labels.entry).join(t('catalog:listSeparator')),
        ],
      });
    }
    steps.push({
      cells: [
        t('catalog:export.phaseTotal', { phase: t(`catalog:phase.${phase.kind}`) }),
        t('catalog:roadmap.phaseLevel', { level: t(`catalog:level.${phase.overallLevel}`) }),
        phase.costWan,
        phase.startWeek,
        phase.endWeek,
        t('catalog:roadmap.phaseMoney', {
          cost: phase.costWan,
          voucher: phase.voucherWan,
          subsidy: phase.subsidyWan,
          net: phase.netCostWan,
        }),
      ],
      style: 'italic',
    });
    if (phase.raised.length > 0) steps.push({ cells: ['', raisesText(t, labels, phase.raised)], style: 'italic' });
  }
  const reasons: SheetSpec['rows'] = [
    { cells: [t('catalog:column.name'), t('catalog:export.status'), t('catalog:export.reasons')], style: 'bold' },
  ];
  for (const r of roadmap.recommendations) {
    reasons.push({
      cells: [
        labels.entry(r.entry.id),
        t(`catalog:status.${r.status}`),
        r.explanation.map((p) => explanationText(t, labels, p)).join('\n'),
      ],
    });
  }
  return [
    { name: t('catalog:export.roadmapSheet'), rows: steps, widths: [14, 40, 14, 14, 14, 40] },
    { name: t('catalog:export.reasonsSheet'), rows: reasons, widths: [30, 30, 80] },
  ];
}

export async function saveRoadmapXlsx(platform: Platform, roadmap: Roadmap, labels: CatalogLabels, t: TFunction): Promise<SaveFileResult> {
  return platform.saveFile({
    suggestedName: `${t('catalog:export.fileName')}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: await workbookBytes(roadmapSheets(roadmap, labels, t)),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
}
