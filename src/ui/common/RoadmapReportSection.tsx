import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../core/assessment/framework-schema';
import type { AssessmentResult } from '../../core/assessment/result-types';
import { pickText } from '../../core/catalog/localized-text';
import type { Catalog } from '../../core/catalog/catalog-schema';
import { recommendInputFromAssessment } from '../../core/catalog/recommend/from-assessment';
import type { RecommendInput } from '../../core/catalog/recommend/recommend-types';
import { scenarioRuleOf } from '../../core/catalog/recommend/scenario-rule';
import type { Company, Language } from '../../core/clients/company';
import type { RoadmapSettings } from './roadmap-settings';
import { isLanguage } from '../../i18n/languages';
import { catalogLabels, explanationText } from './catalog-labels';
import { RoadmapGoal, useGoalLevels } from './RoadmapGoal';
import { RoadmapPhases } from './RoadmapPhases';
import { RoadmapProof } from './RoadmapProof';
import { useActiveCatalog } from './use-active-catalog';
import { useRoadmap } from './use-roadmap';
import { useRoadmapPreferences } from './use-roadmap-preferences';

const reasonsShown = 5;

/**
 * The roadmap part of the printable assessment report, with the company's saved budget and priorities (stated),
 * and the same goal banner as the roadmap tab: whether the budget reaches the target, else the smallest budget.
 */
export function RoadmapReportSection({
  framework,
  result,
  company,
}: {
  framework: Framework;
  result: AssessmentResult;
  company: Company | undefined;
}) {
  const { i18n } = useTranslation('catalog');
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { state } = useActiveCatalog();
  const { settings, saved } = useRoadmapPreferences(company?.id);
  const ready = state.status === 'ready' ? state : undefined;
  const input = useMemo(
    () =>
      settings
        ? recommendInputFromAssessment(result, company ?? {}, { priorities: settings.priorities, ambition: settings.ambition })
        : undefined,
    [result, company, settings],
  );
  if (!ready || !settings || !input) return null;
  return (
    <ReportRoadmap
      catalog={ready.catalog}
      settings={settings}
      saved={saved}
      input={input}
      language={language}
      framework={framework}
      result={result}
    />
  );
}

interface ReportRoadmapProps {
  catalog: Catalog;
  settings: RoadmapSettings;
  saved: boolean;
  input: RecommendInput;
  language: Language;
  framework: Framework;
  result: AssessmentResult;
}

function ReportRoadmap({ catalog, settings, saved, input, language, framework, result }: ReportRoadmapProps) {
  const { t, i18n } = useTranslation('catalog');
  const scenarioRule = useMemo(() => scenarioRuleOf(framework, result), [framework, result]);
  const roadmap = useRoadmap(catalog.entries, input, settings.funding, scenarioRule);
  const { target, reached, rule, levelText, phaseLevel } = useGoalLevels(framework, result, input.overallLevel, settings.ambition, roadmap);
  const labels = catalogLabels(language, catalog.entries);
  return (
    <div data-report-roadmap>
      <h2>{t('report.title')}</h2>
      <p>
        {t(saved ? 'report.assumptions' : 'report.assumptionsDefault', {
          budget: settings.funding.budgetWan,
          voucher: settings.funding.voucherWan,
          rate: Math.round(settings.funding.subsidyRate * 100),
          cap: settings.funding.subsidyCapWan,
          list: pickText(catalog.provenance.listName, language),
          version: catalog.provenance.version,
        })}
      </p>
      {catalog.provenance.kind === 'reference' ? <p className="gz-field-help">{t('notice.reference')}</p> : null}
      <RoadmapGoal roadmap={roadmap} target={target} reached={reached} budgetWan={settings.funding.budgetWan} rule={rule} />
      <p>
        {t('roadmap.totals', {
          cost: roadmap.totalCostWan,
          support: roadmap.totalSupportWan,
          net: roadmap.netCostWan,
          budget: settings.funding.budgetWan,
        })}
      </p>
      <p className="gz-field-help">
        <RoadmapProof roadmap={roadmap} />
      </p>
      <RoadmapPhases phases={roadmap.phases} labels={labels} levelText={levelText} phaseLevel={phaseLevel} />
      <h3>{t('report.topReasons')}</h3>
      <ol>
        {roadmap.recommendations.slice(0, reasonsShown).map((r) => (
          <li key={r.entry.id}>
            <strong>{pickText(r.entry.name, language)}</strong>:{' '}
            {r.explanation
              .slice(0, 3)
              .map((part) => explanationText(i18n, labels, part))
              .join(' ')}
          </li>
        ))}
      </ol>
    </div>
  );
}
