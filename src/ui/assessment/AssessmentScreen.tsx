import { useTranslation } from 'react-i18next';
import { useHashPath } from '../router/useHashPath';
import { ScreenHeader } from '../shell/ScreenHeader';
import { useSettings } from '../settings/SettingsContext';
import { DemoLaunchButton } from '../demo/DemoLaunchButton';
import { CompanyEditor } from './CompanyEditor';
import { CompanyList } from './CompanyList';
import { CompanyPanel } from './CompanyPanel';
import { Questionnaire } from './Questionnaire';
import './assess.css';

/** /assess (the active company, else the list), /assess/companies, /assess/company/new, /assess/company/<id>[/edit], /assess/run/<id> */
export function AssessScreen() {
  const { t } = useTranslation('assess');
  const path = useHashPath();
  const { settings } = useSettings();
  const [, , section, id, action] = path.split('/');
  if (section === 'run' && id) return <Questionnaire assessmentId={id} />;
  let body;
  if (section === 'company' && id === 'new') body = <CompanyEditor />;
  else if (section === 'company' && id && action === 'edit') body = <CompanyEditor companyId={id} />;
  else if (section === 'company' && id) body = <CompanyPanel companyId={id} remember />;
  else if (section === undefined && settings.activeCompanyId) body = <CompanyPanel companyId={settings.activeCompanyId} remember={false} />;
  else body = <CompanyList />;
  return (
    <>
      <ScreenHeader title={t('screen.title')} subtitle={t('screen.subtitle')} actions={<DemoLaunchButton />} />
      {body}
    </>
  );
}
