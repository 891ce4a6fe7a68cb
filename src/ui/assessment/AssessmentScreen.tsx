import { useTranslation } from 'react-i18next';
import { useHashPath } from '../common/use-hash-path';
import { ScreenHeader } from '../common/ScreenHeader';
import { useSettings } from '../common/SettingsContext';
import { DemoLaunchButton } from '../common/DemoLaunchButton';
import { CompanyEditor } from './CompanyEditor';
import { AssessmentCompanyList } from './AssessmentCompanyList';
import { CompanyAssessments } from './CompanyAssessments';
import { Questionnaire } from './Questionnaire';
import './assessment.css';

/** /assess (the active company, else the list), /assess/companies, /assess/company/new, /assess/company/<id>[/edit], /assess/run/<id> */
export function AssessmentScreen() {
  const { t } = useTranslation('assessment');
  const path = useHashPath();
  const { settings } = useSettings();
  const [, , section, id, action] = path.split('/');
  if (section === 'run' && id) return <Questionnaire assessmentId={id} />;
  let body;
  if (section === 'company' && id === 'new') body = <CompanyEditor />;
  else if (section === 'company' && id && action === 'edit') body = <CompanyEditor companyId={id} />;
  else if (section === 'company' && id) body = <CompanyAssessments companyId={id} remember />;
  else if (section === undefined && settings.activeCompanyId)
    body = <CompanyAssessments companyId={settings.activeCompanyId} remember={false} />;
  else body = <AssessmentCompanyList />;
  return (
    <>
      <ScreenHeader title={t('screen.title')} subtitle={t('screen.subtitle')} actions={<DemoLaunchButton />} />
      {body}
    </>
  );
}
