import { useTranslation } from 'react-i18next';
import type { ExplanationPart } from '../../core/catalog/recommend/recommend-types';
import type { RoadmapPhase } from '../../core/catalog/recommend/roadmap-phases';
import { explanationText, raisesText, type CatalogLabels } from './catalog-labels';
import { levelKey } from './catalog-level';

/** Each phase with its cost, support, weeks and the levels expected once it is done; each step with why it is there. */
export function RoadmapPhases({
  phases,
  labels,
  reasons,
  levelText,
  phaseLevel,
  inferred = new Set(),
}: {
  phases: readonly RoadmapPhase[];
  labels: CatalogLabels;
  reasons?: ReadonlyMap<string, readonly ExplanationPart[]>;
  levelText?: (level: number) => string;
  phaseLevel?: (index: number) => number;
  inferred?: ReadonlySet<string>;
}) {
  const { t, i18n } = useTranslation('catalog');
  if (phases.length === 0) return <p>{t('roadmap.empty')}</p>;
  return (
    <>
      {phases.map((phase, index) => (
        <div key={phase.kind} className="gz-sol-phase">
          <h3>{t('roadmap.phaseTitle', { index: index + 1, phase: t(`phase.${phase.kind}`) })}</h3>
          <p>
            {t('roadmap.phaseMoney', { cost: phase.costWan, voucher: phase.voucherWan, subsidy: phase.subsidyWan, net: phase.netCostWan })}
            {' · '}
            {t('roadmap.phaseWeeks', { start: phase.startWeek, end: phase.endWeek })}
            {' · '}
            {t('roadmap.phaseLevel', {
              level: levelText ? levelText(phaseLevel ? phaseLevel(index) : phase.overallLevel) : t(levelKey(phase.overallLevel)),
            })}
          </p>
          <table className="gz-sol-table">
            <thead>
              <tr>
                <th>{t('column.name')}</th>
                <th className="gz-num">{t('column.firstYearCostMax')}</th>
                <th className="gz-num">{t('column.weeksPlanned')}</th>
                <th>{t('column.after')}</th>
              </tr>
            </thead>
            <tbody>
              {phase.steps.map((step) => (
                <tr key={step.entryId}>
                  <td>
                    {labels.entry(step.entryId)}
                    {inferred.has(step.entryId) ? <span className="gz-sol-muted"> {t('list.inferredMark')}</span> : null}
                    {reasons?.get(step.entryId)?.length ? (
                      <details className="gz-sol-why">
                        <summary>{t('roadmap.why')}</summary>
                        <ul className="gz-sol-explain">
                          {reasons.get(step.entryId)?.map((part, i) => (
                            <li key={`${part.key}-${i}`}>{explanationText(i18n, labels, part)}</li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                  </td>
                  <td className="gz-num">{step.costWan}</td>
                  <td className="gz-num">{t('roadmap.stepWeeks', { start: step.startWeek, end: step.endWeek })}</td>
                  <td>{step.after.map(labels.entry).join(t('listSeparator'))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {phase.raised.length > 0 ? <p className="gz-field-help">{raisesText(i18n, labels, phase.raised)}</p> : null}
          {phase.steps.some((step) => inferred.has(step.entryId)) ? <p className="gz-field-help">{t('list.inferredNote')}</p> : null}
        </div>
      ))}
    </>
  );
}
