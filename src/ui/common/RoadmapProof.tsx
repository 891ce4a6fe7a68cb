import { useTranslation } from 'react-i18next';
import type { Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import { PlainTerm } from './PlainTerm';

/** Whether the plan is the best there is, in plain words, with the solver's term in a tooltip. */
export function RoadmapProof({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation('catalog');
  if (!roadmap.proven) return <>{t('roadmap.notProven', { gap: roadmap.gapPercent })}</>;
  return <PlainTerm term={t('roadmap.provenTerm')}>{t(roadmap.goalFirst ? 'roadmap.provenGoalFirst' : 'roadmap.provenPlain')}</PlainTerm>;
}
