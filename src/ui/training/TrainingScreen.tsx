import { useTranslation } from 'react-i18next';
import { bundledCases } from '../../core/training/bundled-cases';
import { useHashPath } from '../common/use-hash-path';
import { CaseList } from './CaseList';
import { CasePractice } from './CasePractice';
import { AttemptReview } from './AttemptReview';
import { DefectDrill } from './DefectDrill';
import './training.css';

/** /training (cases and progress), /training/case/<id> (practise), /training/case/<id>/attempt/<attemptId> (grade). */
export function TrainingScreen() {
  const { t } = useTranslation('training');
  const [, , section, caseId, sub, attemptId] = useHashPath().split('/');
  const found = bundledCases().find((c) => c.trainingCase.id === caseId);
  if (section === 'drill') return <DefectDrill />;
  if (section === 'case' && found && sub === 'attempt' && attemptId) return <AttemptReview found={found} attemptId={attemptId} />;
  // Keyed by case: going from one case to another starts fresh, so no answer lands in the other case's draft.
  if (section === 'case' && found) return <CasePractice key={found.trainingCase.id} found={found} />;
  if (section === 'case')
    return (
      <p className="gz-notice gz-notice--error" role="alert">
        {t('unknownCase')}
      </p>
    );
  return <CaseList />;
}
