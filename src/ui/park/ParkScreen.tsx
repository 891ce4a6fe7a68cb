import { useTranslation } from 'react-i18next';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import { getPlatform } from '../../platform';
import { useLocalized } from '../common/localized';
import { ScreenHeader } from '../common/ScreenHeader';
import { HubParkFigures } from './HubParkFigures';
import { ImportReport } from './ImportReport';
import { ParkTables } from './ParkTables';
import { usePark } from './use-park';
import './park.css';

/** Park view: pool assessment bundles from many installations and see the park's distribution. */
export function ParkScreen() {
  const { t } = useTranslation('park');
  const local = useLocalized();
  const park = usePark();
  const running = park.importState.status === 'running';
  const filters = [{ name: t('filter'), extensions: ['json'] }];

  const pick = async (folder: boolean) => {
    try {
      const files = folder ? await getPlatform().openFolder() : await getPlatform().openFiles({ multiple: true, filters });
      const bundles = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
      if (bundles.length > 0) await park.runImport(bundles);
    } catch (error) {
      console.error('park pick', error);
    }
  };

  return (
    <>
      <ScreenHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <>
            <button type="button" className="gz-button gz-button--primary" disabled={running} onClick={() => void pick(false)}>
              {t('importFiles')}
            </button>
            <button type="button" className="gz-button" disabled={running} onClick={() => void pick(true)}>
              {t('importFolder')}
            </button>
            <button type="button" className="gz-button" disabled={running || !park.rows?.length} onClick={() => void park.clear()}>
              {t('clear')}
            </button>
          </>
        }
      />
      <HubParkFigures />
      <p className="gz-notice">{t('apart')}</p>
      <ImportReport state={park.importState} />
      {park.loadFailed ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('loadFailed')}
        </p>
      ) : null}
      {park.rows && park.rows.length === 0 ? <p>{t('empty')}</p> : null}
      {park.frameworkIds.length > 1 ? (
        <label className="gz-field">
          <span className="gz-field-label">{t('framework')}</span>
          <select className="gz-select" value={park.frameworkId} onChange={(e) => park.setFrameworkId(e.target.value)}>
            {park.frameworkIds.map((id) => {
              const framework = findFramework(id);
              return (
                <option key={id} value={id}>
                  {framework ? local(framework.name) : id}
                </option>
              );
            })}
          </select>
        </label>
      ) : null}
      {park.view && park.view.count > 0 ? <ParkTables view={park.view} /> : null}
    </>
  );
}
