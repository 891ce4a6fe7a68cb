import { useTranslation } from 'react-i18next';
import { GapList } from './GapList';
import { firstActions, NextLevelPanel } from './NextLevelPanel';
import { useGapActions } from './use-gap-actions';
import type { LoadedResult } from '../../../app/assessment';

/**
 * "What the next level takes" with the first gaps as full actions, then the gap list going on from
 * there, so no gap is shown twice; on the results screen as cards, in the report as report sections.
 */
export function GapSections({ loaded, look, gapLimit }: { loaded: LoadedResult; look: 'card' | 'report'; gapLimit: number }) {
  const { t } = useTranslation('assessment');
  const actions = useGapActions(loaded);
  const { framework, result } = loaded;
  const card = look === 'card';
  return (
    <>
      <section className={card ? 'gz-card' : 'gz-report-section'} aria-labelledby="gz-next-title">
        <h2 className={card ? 'gz-card-title' : undefined} id="gz-next-title">
          {t('next.title')}
        </h2>
        <NextLevelPanel framework={framework} result={result} actions={actions} />
      </section>
      <section className={card ? 'gz-card' : 'gz-report-section'} aria-labelledby="gz-gaps-title">
        <h2 className={card ? 'gz-card-title' : undefined} id="gz-gaps-title">
          {t('results.gapsTitle')}
        </h2>
        <GapList framework={framework} actions={actions} from={firstActions} limit={gapLimit} />
      </section>
    </>
  );
}
