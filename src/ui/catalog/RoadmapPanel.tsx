import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../core/catalog/catalog-schema';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import { recommendInputFromAssessment } from '../../core/catalog/recommend/from-assessment';
import { scenarioRuleOf } from '../../core/catalog/recommend/scenario-rule';
import type { Language } from '../../core/clients/company';
import { getPlatform } from '../../platform';
import { useActiveCompany } from '../common/CompaniesContext';
import { catalogLabels } from '../common/catalog-labels';
import { OnRequestList } from './OnRequestList';
import { RecommendationList } from './RecommendationList';
import { RoadmapInputs } from './RoadmapInputs';
import { RoadmapGoal, useGoalLevels } from '../common/RoadmapGoal';
import { RoadmapPhases } from '../common/RoadmapPhases';
import { RoadmapProof } from '../common/RoadmapProof';
import { saveRoadmapXlsx } from './roadmap-export';
import { assumedInput, type RoadmapSettings } from '../common/roadmap-settings';
import { useLatestResult } from './use-latest-result';
import { useRoadmap } from '../common/use-roadmap';
import { useRoadmapPreferences } from '../common/use-roadmap-preferences';
import { formatDay } from '../../i18n/date-format';

/** Recommendations for the active company and the best phased roadmap within its saved budget and priorities. */
export function RoadmapPanel({ catalog, language }: { catalog: Catalog; language: Language }) {
  const { t } = useTranslation('catalog');
  const company = useActiveCompany();
  const { settings, update, saveFailed } = useRoadmapPreferences(company?.id);
  if (!settings) return <p className="gz-loading">{t('loading')}</p>;
  return <RoadmapContent catalog={catalog} language={language} settings={settings} onChange={update} saveFailed={saveFailed} />;
}

interface RoadmapContentProps {
  catalog: Catalog;
  language: Language;
  settings: RoadmapSettings;
  onChange: (settings: RoadmapSettings) => void;
  saveFailed: boolean;
}

function RoadmapContent({ catalog, language, settings, onChange, saveFailed }: RoadmapContentProps) {
  const { t, i18n } = useTranslation('catalog');
  const company = useActiveCompany();
  const latest = useLatestResult(company?.id);
  const [exportFailed, setExportFailed] = useState(false);
  const labels = useMemo(() => catalogLabels(language, catalog.entries), [language, catalog.entries]);
  const input = useMemo(
    () =>
      latest?.result
        ? recommendInputFromAssessment(latest.result, company ?? {}, { priorities: settings.priorities, ambition: settings.ambition })
        : assumedInput(settings, company),
    [latest, company, settings],
  );
  const framework = useMemo(() => (latest ? findFramework(latest.frameworkId, latest.frameworkVersion) : undefined), [latest]);
  const scenarioRule = useMemo(
    () => (framework && latest?.result ? scenarioRuleOf(framework, latest.result) : undefined),
    [framework, latest],
  );
  const roadmap = useRoadmap(catalog.entries, input, settings.funding, scenarioRule);
  const inferred = useMemo(
    () => new Set(catalog.entries.filter((e) => e.liftsInferred || e.weeksGiven === false).map((e) => e.id)),
    [catalog.entries],
  );
  const onRequest = useMemo(() => catalog.entries.filter((e) => e.price.onRequest), [catalog.entries]);

  const exportXlsx = () => {
    setExportFailed(false);
    saveRoadmapXlsx(getPlatform(), roadmap, labels, i18n).catch((error: unknown) => {
      console.error('roadmap export', error);
      setExportFailed(true);
    });
  };

  const planned = useMemo(() => new Set(roadmap.phases.flatMap((p) => p.steps.map((s) => s.entryId))), [roadmap]);
  const reasons = useMemo(() => new Map(roadmap.recommendations.map((r) => [r.entry.id, r.explanation])), [roadmap]);
  const { levelText, target, reached, rule, phaseLevel } = useGoalLevels(
    framework,
    latest?.result,
    input.overallLevel,
    settings.ambition,
    roadmap,
  );
  const useBudget = (budgetWan: number) => onChange({ ...settings, funding: { ...settings.funding, budgetWan } });

  return (
    <section aria-label={t('roadmap.label')}>
      <p className="gz-field-help">
        {latest?.result
          ? t('roadmap.basedOn', {
              company: company?.name ?? '',
              date: formatDay(latest.completedAt ?? latest.updatedAt, language),
              level: latest.result.level,
            })
          : t('roadmap.assumed')}
      </p>
      <RoadmapGoal
        roadmap={roadmap}
        target={target}
        reached={reached}
        budgetWan={settings.funding.budgetWan}
        rule={rule}
        onUseBudget={useBudget}
      />
      <RoadmapInputs settings={settings} showAssumedLevels={!latest?.result} onChange={onChange} />
      {saveFailed ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('roadmap.saveFailed')}
        </p>
      ) : null}
      <div className="gz-card">
        <h2 className="gz-card-title">{t('roadmap.title')}</h2>
        <p>
          {t('roadmap.totals', {
            cost: roadmap.totalCostWan,
            support: roadmap.totalSupportWan,
            net: roadmap.netCostWan,
            budget: settings.funding.budgetWan,
          })}
        </p>
        <p className="gz-field-help" data-roadmap-proof>
          <RoadmapProof roadmap={roadmap} /> {t('roadmap.method', { pool: roadmap.poolSize })}
        </p>
        <RoadmapPhases
          phases={roadmap.phases}
          labels={labels}
          reasons={reasons}
          levelText={levelText}
          phaseLevel={phaseLevel}
          inferred={inferred}
        />
        <div className="gz-actions">
          <button type="button" className="gz-button" onClick={exportXlsx} disabled={roadmap.phases.length === 0}>
            {t('roadmap.exportXlsx')}
          </button>
        </div>
        {exportFailed ? (
          <p className="gz-notice gz-notice--error" role="alert">
            {t('roadmap.exportFailed')}
          </p>
        ) : null}
        <RecommendationList recommendations={roadmap.recommendations} planned={planned} labels={labels} />
      </div>
      {onRequest.length > 0 ? <OnRequestList entries={onRequest} labels={labels} /> : null}
    </section>
  );
}
