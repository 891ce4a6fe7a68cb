import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import type { SampleCompany } from '../../core/demo/sample-schema';
import { isLanguage } from '../../i18n/languages';
import { useResult } from '../common/use-result';
import { catalogLabels } from '../common/catalog-labels';
import { RoadmapPhases } from '../common/RoadmapPhases';
import { useDemoRoadmap } from './use-demo-roadmap';
import '../common/catalog.css';

/** The phased roadmap for the sample within its budget, with the totals a visitor asks about first. */
export function TourRoadmapStep({ sample, assessmentId }: { sample: SampleCompany; assessmentId: string }) {
  const { t, i18n } = useTranslation('demo');
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const data = useResult(assessmentId);
  const roadmap = useDemoRoadmap(sample, data.status === 'ready' ? data.value?.result : undefined);
  const labels = useMemo(() => catalogLabels(language, loadReferenceCatalog().entries), [language]);
  if (data.status === 'loading') return <p className="gz-loading">{t('loading')}</p>;
  if (!roadmap)
    return (
      <p className="gz-notice gz-notice--error" role="alert">
        {t('tour.notLoaded')}
      </p>
    );
  return (
    <section className="gz-card" aria-labelledby="gz-tour-roadmap">
      <h2 className="gz-card-title" id="gz-tour-roadmap">
        {t('step.roadmap.short')}
      </h2>
      <p className="gz-demo-figures">
        {t('roadmapTotals', {
          budget: sample.budgetWan,
          cost: roadmap.totalCostWan,
          support: roadmap.totalSupportWan,
          net: roadmap.netCostWan,
        })}
      </p>
      <RoadmapPhases phases={roadmap.phases} labels={labels} />
    </section>
  );
}
