import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/languages';
import { ScreenHeader } from '../common/ScreenHeader';
import { CatalogBrowser } from './CatalogBrowser';
import { ImportPanel } from './ImportPanel';
import { ReferenceNotice } from './ReferenceNotice';
import { RoadmapPanel } from './RoadmapPanel';
import { useActiveCatalog } from '../common/use-active-catalog';
import '../common/catalog.css';

type Tab = 'roadmap' | 'browse' | 'import';
const tabs: readonly Tab[] = ['roadmap', 'browse', 'import'];

/** Solutions: the roadmap for the active company, the list to browse, and importing a published list. */
export function SolutionsScreen() {
  const { t, i18n } = useTranslation('catalog');
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { state, reload } = useActiveCatalog();
  const [tab, setTab] = useState<Tab>('roadmap');
  return (
    <>
      <ScreenHeader title={t('screen.title')} subtitle={t('screen.subtitle')} />
      <div className="gz-sol-tabs" role="tablist" aria-label={t('screen.tabs')}>
        {tabs.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className="gz-button gz-button--quiet gz-sol-tab"
            onClick={() => setTab(id)}
          >
            {t(`tab.${id}`)}
          </button>
        ))}
      </div>
      {state.status === 'loading' ? <p className="gz-loading">{t('loading')}</p> : null}
      {state.status === 'failed' ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('loadFailed')}
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <ReferenceNotice catalog={state.catalog} language={language} />
          <div role="tabpanel">
            {tab === 'roadmap' ? <RoadmapPanel catalog={state.catalog} language={language} /> : null}
            {tab === 'browse' ? <CatalogBrowser entries={state.catalog.entries} language={language} /> : null}
            {tab === 'import' ? (
              <ImportPanel
                current={state.catalog}
                activeVersion={state.version}
                versions={state.versions}
                language={language}
                onChanged={reload}
              />
            ) : null}
          </div>
        </>
      ) : null}
    </>
  );
}
