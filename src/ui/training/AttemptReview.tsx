import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../core/assessment/framework-schema';
import type { TrainingCase } from '../../core/training/case-schema';
import { gradeAttempt } from '../../core/training/grade';
import { useLocalized } from '../common/localized';
import { hrefFor } from '../common/hash-location';
import { ScreenHeader } from '../common/ScreenHeader';
import { GradeView } from './GradeView';
import { useAttempts } from './use-training';

/** A stored attempt, graded again by the same pure engine (so a review always matches the rules). */
export function AttemptReview({ found, attemptId }: { found: { trainingCase: TrainingCase; framework: Framework }; attemptId: string }) {
  const { t } = useTranslation('training');
  const local = useLocalized();
  const { attempts, failed } = useAttempts();
  const attempt = attempts?.find((a) => a.id === attemptId);
  const grade = useMemo(() => (attempt ? gradeAttempt(found.framework, found.trainingCase, attempt.answers) : undefined), [attempt, found]);
  const header = (
    <ScreenHeader
      title={t('gradeTitle', { title: local(found.trainingCase.title) })}
      actions={
        <>
          <a className="gz-button gz-button--primary" href={hrefFor(`/training/case/${found.trainingCase.id}`)}>
            {t('again')}
          </a>
          <a className="gz-button" href={hrefFor('/training')}>
            {t('backToCases')}
          </a>
        </>
      }
    />
  );
  if (failed)
    return (
      <>
        {header}
        <p className="gz-notice gz-notice--error" role="alert">
          {t('attemptsFailed')}
        </p>
      </>
    );
  if (!attempts)
    return (
      <>
        {header}
        <p className="gz-loading">{t('loading')}</p>
      </>
    );
  if (!grade)
    return (
      <>
        {header}
        <p className="gz-notice gz-notice--error" role="alert">
          {t('attemptMissing')}
        </p>
      </>
    );
  return (
    <>
      {header}
      <GradeView framework={found.framework} grade={grade} />
    </>
  );
}
