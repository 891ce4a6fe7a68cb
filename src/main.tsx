import './shared/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultSettings, type Settings } from './core/clients/company';
import { initI18n } from './i18n/i18n';
import { defaultLanguage } from './i18n/languages';
import { readLanguageHint, writeLanguageHint } from './i18n/language-hint';
import { loadLanguage } from './i18n/resources';
import { App } from './ui/shell/App';
import { routeFor } from './ui/routes';
import { pathFromHash } from './ui/common/hash-location';
import { SettingsProvider } from './ui/common/SettingsContext';
import { openSettingsStore, type SettingsStore } from './app/settings';
import { applyTextScale } from './ui/common/text-scale';
import './ui/styles/theme.css';
import './ui/styles/layout.css';
import './ui/styles/components.css';

const container = document.getElementById('root');
if (!container) throw new Error('root element missing');

// Fetch the first screen's code and the likely language's strings while the database opens.
// A failed preload is retried when the screen renders, and reported there.
const startScreen = routeFor(pathFromHash(window.location.hash))
  ?.Screen.preload?.()
  .catch(() => undefined);
// Without a hint (first start) the default language is the likely one.
void loadLanguage(readLanguageHint(window.localStorage) ?? defaultLanguage).catch(() => undefined);

async function loadSettings(store: SettingsStore): Promise<Settings> {
  try {
    return await store.load();
  } catch (error) {
    console.error('settings unreadable, using defaults', error);
    return { ...defaultSettings };
  }
}

const settingsStore = await openSettingsStore(window.localStorage);
const settings = await loadSettings(settingsStore);
applyTextScale(settings.largeText);
// Strings of the saved language are loaded before the first render: no flash of another language.
await initI18n(settings.language);
writeLanguageHint(window.localStorage, settings.language);
// Rendering once the start screen's code is here shows it directly, without a loading placeholder first.
await startScreen;

createRoot(container).render(
  <StrictMode>
    <SettingsProvider store={settingsStore} initial={settings}>
      <App />
    </SettingsProvider>
  </StrictMode>,
);
