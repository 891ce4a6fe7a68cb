import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../platform';
import { useErrorText } from '../common/use-error-text';
import { useAppInfo } from './use-app-info';

const shellKeys = {
  desktop: 'about.shellDesktop',
  web: 'about.shellWeb',
} as const satisfies Record<AppInfo['shell'], string>;

/* Runtime parts are product names (Electron, Chromium, Node.js, V8): shown as they are in every language. */
const runtimeNames: Record<string, string> = { electron: 'Electron', chrome: 'Chromium', node: 'Node.js', v8: 'V8' };

function InfoList({ info }: { info: AppInfo }) {
  const { t } = useTranslation('common');
  return (
    <dl className="gz-info-list">
      <dt>{t('about.version')}</dt>
      <dd className="gz-mono" data-testid="app-version">
        {info.appVersion}
      </dd>
      <dt>{t('about.shell')}</dt>
      <dd>{t(shellKeys[info.shell])}</dd>
      {Object.entries(info.versions).map(([part, version]) => (
        <InfoRow key={part} label={runtimeNames[part] ?? part} value={version} />
      ))}
      <dt>{t('about.system')}</dt>
      <dd>{info.arch === 'unknown' ? info.platform : `${info.platform} · ${info.arch}`}</dd>
    </dl>
  );
}

function InfoRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="gz-mono">{value}</dd>
    </>
  );
}

export function AppInfoSection() {
  const { t } = useTranslation('common');
  const errorText = useErrorText();
  const state = useAppInfo();
  return (
    <section className="gz-card" aria-labelledby="gz-about-app">
      <h2 className="gz-card-title" id="gz-about-app">
        {t('about.appTitle')}
      </h2>
      <p className="gz-lead">{t('about.description')}</p>
      <p className="gz-field-help">{t('about.alignment')}</p>
      {state.status === 'loading' ? <p role="status">{t('shell.loading')}</p> : null}
      {state.status === 'failed' ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {errorText(state.error)}
        </p>
      ) : null}
      {state.status === 'ready' ? <InfoList info={state.info} /> : null}
    </section>
  );
}
