import { useTranslation } from 'react-i18next';
import { isTourStep } from '../../core/demo/tour';
import { bundledSamples } from '../../core/demo/bundled-samples';
import { useHashPath } from '../common/use-hash-path';
import { DemoStart } from './DemoStart';
import { DemoTour } from './DemoTour';
import './demo.css';

/** /demo (pick a sample, reset) and /demo/tour/<sample>/<step> (the guided tour). */
export function DemoScreen() {
  const { t } = useTranslation('demo');
  const [, , section, sampleId, step] = useHashPath().split('/');
  const sample = bundledSamples().find((s) => s.id === sampleId);
  if (section === 'tour' && sample && isTourStep(step)) return <DemoTour sample={sample} step={step} />;
  if (section === 'tour')
    return (
      <p className="gz-notice gz-notice--error" role="alert">
        {t('tour.unknown')}
      </p>
    );
  return <DemoStart />;
}
