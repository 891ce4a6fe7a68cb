import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { demoCompanyId } from '../../core/demo/demo-records';
import { stepAfter, stepForKey, tourPath, TOUR_FRAMEWORK_ID, TOUR_STEPS, type TourStep } from '../../core/demo/tour';
import type { SampleCompany } from '../../core/demo/sample-schema';
import { useLocalized } from '../common/localized';
import { hrefFor, navigate } from '../common/hash-location';
import { TourInspectStep } from './TourInspectStep';
import { TourNextStep } from './TourNextStep';
import { TourResultStep } from './TourResultStep';
import { TourRoadmapStep } from './TourRoadmapStep';
import { SampleCard } from './SampleCard';

/** One step of the guided tour, in large type, with big previous/next buttons and arrow-key navigation. */
export function DemoTour({ sample, step }: { sample: SampleCompany; step: TourStep }) {
  const { t } = useTranslation('demo');
  const local = useLocalized();
  const index = TOUR_STEPS.indexOf(step);
  const assessmentId = `${demoCompanyId(sample.id)}-${TOUR_FRAMEWORK_ID}`;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
      const next = stepForKey(step, event.key);
      if (next && next !== step) {
        event.preventDefault();
        navigate(tourPath(sample.id, next));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sample.id, step]);

  return (
    <div className="gz-demo gz-demo--tour">
      <nav className="gz-demo-steps" aria-label={t('tour.stepsLabel')}>
        <ol>
          {TOUR_STEPS.map((s, i) => (
            <li key={s}>
              <a href={hrefFor(tourPath(sample.id, s))} aria-current={s === step ? 'step' : undefined}>
                {i + 1}. {t(`step.${s}.short`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="gz-demo-nav">
        <button
          type="button"
          className="gz-button gz-demo-big"
          disabled={index === 0}
          onClick={() => navigate(tourPath(sample.id, stepAfter(step, -1)))}
        >
          {t('tour.previous')}
        </button>
        <span className="gz-demo-count">{t('tour.count', { index: index + 1, total: TOUR_STEPS.length })}</span>
        {index < TOUR_STEPS.length - 1 ? (
          <button
            type="button"
            className="gz-button gz-button--primary gz-demo-big"
            onClick={() => navigate(tourPath(sample.id, stepAfter(step, 1)))}
          >
            {t('tour.next')}
          </button>
        ) : (
          <a className="gz-button gz-button--primary gz-demo-big" href={hrefFor('/demo')}>
            {t('tour.finish')}
          </a>
        )}
      </div>
      <h1 className="gz-demo-title" tabIndex={-1} data-screen-title>
        {t(`step.${step}.title`, { company: local(sample.name) })}
      </h1>
      <p className="gz-demo-lead">{t(`step.${step}.lead`)}</p>
      {step === 'company' ? <SampleCard sample={sample} headingLevel={2} /> : null}
      {step === 'result' ? <TourResultStep assessmentId={assessmentId} /> : null}
      {step === 'roadmap' ? <TourRoadmapStep sample={sample} assessmentId={assessmentId} /> : null}
      {step === 'inspect' ? <TourInspectStep /> : null}
      {step === 'next' ? <TourNextStep /> : null}
      <p className="gz-field-help">{t('tour.keys')}</p>
    </div>
  );
}
