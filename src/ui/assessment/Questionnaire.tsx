import { useTranslation } from 'react-i18next';
import { openQuestionnaire } from '../../app/assessment';
import { ScreenHeader } from '../common/ScreenHeader';
import { QuestionnaireBody } from './QuestionnaireBody';
import { useLocalized } from '../common/localized';
import { useAsync } from '../common/use-async';

/** Loads the assessment and its framework, then hands over to the questionnaire itself. */
export function Questionnaire({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const data = useAsync(() => openQuestionnaire(assessmentId), assessmentId);

  if (data.status === 'loading') return <p className="gz-loading">{t('common.loading')}</p>;
  if (data.status === 'error' || !data.value)
    return (
      <p className="gz-notice gz-notice--error" role="alert">
        {t('questionnaire.notFound')}
      </p>
    );
  const { record, framework, company } = data.value;
  return (
    <>
      <ScreenHeader title={local(framework.name)} subtitle={company?.name ?? ''} />
      <QuestionnaireBody key={record.id} record={record} framework={framework} />
    </>
  );
}
