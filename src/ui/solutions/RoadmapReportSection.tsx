import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentResult } from '../../core/assessment/result-types';
import { pickText } from '../../core/catalog/localized-text';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { recommendInputFromAssessment } from '../../core/recommend/from-assessment';
import { planRoadmap } from '../../core/recommend/plan-roadmap';
import type { Company } from '../../core/workspace/company';
import { isLanguage } from '../../i18n/languages';
import { catalogLabels, explanationText } from './catalog-labels';
import { RoadmapPhases } from './RoadmapPhases';
import { useActiveCatalog } from './useActiveCatalog';
import { useExactSolver } from './useExactSolver';
import { useRoadmapPreferences } from './useRoadmapPreferences';

const reasonsShown = 5;

/** The roadmap part of the printable assessment report, with the company's saved budget and priorities (stated). */
export function RoadmapReportSection({ result, company }: { result: AssessmentResult; company: Company | undefined }) {
  const { t, i18n } = useTranslation('catalog');
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { state } = useActiveCatalog();
  const { settings, saved } = useRoadmapPreferences(company?.id);
  const ready = state.status === 'ready' ? state : undefined;
  const solver = useExactSolver();
  const roadmap = useMemo(() => {
    if (!ready || !settings) return undefined;
    const input = recommendInputFromAssessment(result, company ?? {}, { priorities: settings.priorities, ambition: settings.ambition });
    return planRoadmap(ready.catalog.entries, input, bundledTaxonomy, settings.funding, solver);
  }, [ready, result, company, settings, solver]);
  if (!ready || !roadmap || !settings) return null;
  const labels = catalogLabels(language, ready.catalog.entries);
  return (
    <div data-report-roadmap>
      <h2>{t('report.title')}</h2>
      <p>{t(saved ? 'report.assumptions' : 'report.assumptionsDefault', { budget: settings.funding.budgetWan, voucher: settings.funding.voucherWan, rate: Math.round(settings.funding.subsidyRate * 100), cap: settings.funding.subsidyCapWan, list: pickText(ready.catalog.provenance.listName, language), version: ready.catalog.provenance.version })}</p>
      {ready.catalog.provenance.kind === 'reference' ? <p className="gz-field-help">{t('notice.reference')}</p> : null}
      <p>{t('roadmap.totals', { cost: roadmap.totalCostWan, support: roadmap.totalSupportWan, net: roadmap.netCostWan, budget: settings.funding.budgetWan })}</p>
      <p className="gz-field-help">{roadmap.proven ? t('roadmap.proven') : t('roadmap.notProven', { gap: roadmap.gapPercent })}</p>
      <RoadmapPhases phases={roadmap.phases} labels={labels} />
      <h3>{t('report.topReasons')}</h3>
      <ol>
        {roadmap.recommendations.slice(0, reasonsShown).map((r) => (
          <li key={r.entry.id}>
            <strong>{pickText(r.entry.name, language)}</strong>: {r.explanation.slice(0, 3).map((part) => explanationText(t, labels, part)).join(' ')}
          </li>
        ))}
      </ol>
    </div>
  );
}
