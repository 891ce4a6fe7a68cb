import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundledFrameworks } from '../../core/assessment/bundled-frameworks';
import { useLocalized } from '../common/localized';
import { ParkTables } from './ParkTables';
import { shownView, useHubFigures } from '../common/use-hub-figures';

/** The park hub's pooled figures (when this installation is connected to one), above the imported pool. */
export function HubParkFigures() {
  const { t } = useTranslation(['park', 'settings']);
  const local = useLocalized();
  const [frameworkId, setFrameworkId] = useState('quick-check');
  const hub = useHubFigures(frameworkId);
  if (hub.state === 'off') return null;
  const view = hub.state === 'ok' ? shownView(hub.figures) : undefined;
  const hidden = hub.state === 'ok' ? [...hub.figures.byCluster, ...hub.figures.bySize].filter((g) => g.withheld).length : 0;
  return (
    <section className="gz-card" aria-labelledby="gz-park-hub">
      <h2 className="gz-card-title" id="gz-park-hub">
        {hub.state === 'ok' ? t('hub.title', { park: hub.figures.parkName }) : t('hub.titleNoPark')}
      </h2>
      <label className="gz-field">
        <span className="gz-field-label">{t('framework')}</span>
        <select className="gz-select" value={frameworkId} onChange={(e) => setFrameworkId(e.target.value)}>
          {bundledFrameworks().map((f) => (
            <option key={f.id} value={f.id}>
              {local(f.name)}
            </option>
          ))}
        </select>
      </label>
      {hub.state === 'failed' ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t(`settings:hub.problems.${hub.problem}`)}
        </p>
      ) : null}
      {hub.state === 'ok' && !view ? <p>{t('hub.withheld', { count: hub.figures.companies })}</p> : null}
      {hub.state === 'ok' && view ? <p className="gz-field-help">{t('hub.anonymised', { count: hidden })}</p> : null}
      {view ? <ParkTables view={view} /> : null}
    </section>
  );
}
