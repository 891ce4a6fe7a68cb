import { useTranslation } from 'react-i18next';
import type { AssessmentRecord } from '../../core/assessment/assessment-record';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import { hrefFor } from '../common/hash-location';
import { useLocalized } from '../common/localized';

interface Props {
  assessments: AssessmentRecord[];
}

/** A company's assessments, newest first: continue the open ones, open the results of finished ones. */
export function AssessmentHistory({ assessments }: Props) {
  const { t, i18n } = useTranslation('assessment');
  const local = useLocalized();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  if (assessments.length === 0) return <p className="gz-lead">{t('history.empty')}</p>;
  return (
    <ul className="gz-assess-list" aria-label={t('history.title')}>
      {assessments.map((a) => {
        const fw = findFramework(a.frameworkId, a.frameworkVersion);
        const answered = Object.keys(a.answers).length;
        return (
          <li key={a.id} className="gz-assess-history-row">
            <span>
              <strong>{fw ? local(fw.name) : a.frameworkId}</strong>
              <span className="gz-field-help">{date.format(new Date(a.updatedAt))}</span>
            </span>
            {a.status === 'completed' && a.result ? (
              <span className="gz-badge gz-badge--ok">
                {t('history.levelScore', { level: a.result.level, score: a.result.totalScore })}
              </span>
            ) : (
              <span className="gz-badge gz-badge--pending">
                {t('history.inProgress', { answered, total: fw?.questions.length ?? answered })}
              </span>
            )}
            <span className="gz-actions">
              <a className="gz-button" href={hrefFor(`/assess/run/${a.id}`)}>
                {a.status === 'completed' ? t('history.edit') : t('history.continue')}
              </a>
              {a.status === 'completed' ? (
                <a className="gz-button gz-button--primary" href={hrefFor(`/results/${a.id}`)}>
                  {t('history.results')}
                </a>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
