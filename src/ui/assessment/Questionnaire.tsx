import { useTranslation } from 'react-i18next';
import type { AssessmentRecord } from '../../core/assessment/assessment-record';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import type { Framework } from '../../core/assessment/framework-schema';
import type { Company } from '../../core/clients/company';
import { getWorkspace, type Workspace } from '../../db';
import { ScreenHeader } from '../common/ScreenHeader';
import { QuestionnaireBody } from './QuestionnaireBody';
import { useLocalized } from '../common/localized';
import { useAsync } from '../common/use-async';

interface Loaded {
  ws: Workspace;
  record: AssessmentRecord;
  framework: Framework;
  company: Company | undefined;
}

/** Loads the assessment and its framework, then hands over to the questionnaire itself. */
export function Questionnaire({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const data = useAsync(async (): Promise<Loaded | undefined> => {
    const ws = await getWorkspace();
    const record = await ws.assessments.get(assessmentId);
    const framework = record ? findFramework(record.frameworkId, record.frameworkVersion) : undefined;
    if (!record || !framework) return undefined;
    return { ws, record, framework, company: await ws.companies.get(record.companyId) };
  }, assessmentId);

  if (data.status === 'loading') return <p className="gz-loading">{t('common.loading')}</p>;
  if (data.status === 'error' || !data.value) return <p className="gz-notice gz-notice--error" role="alert">{t('questionnaire.notFound')}</p>;
  const { ws, record, framework, company } = data.value;
  return (
    <>
      <ScreenHeader title={local(framework.name)} subtitle={company?.name ?? ''} />
      <QuestionnaireBody key={record.id} repo={ws.assessments} record={record} framework={framework} />
    </>
  );
}
