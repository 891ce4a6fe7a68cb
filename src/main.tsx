import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultSettings } from './core/workspace/company';
import { getWorkspace } from './db';
import { initI18n } from './i18n/i18n';
import { App } from './ui/app/App';
import { SettingsProvider } from './ui/settings/SettingsContext';
import { localSettingsStore, repositorySettingsStore, type SettingsStore } from './ui/settings/settings-store';
import { applyTextScale } from './ui/settings/text-scale';
import './ui/styles/theme.css';
import './ui/styles/layout.css';
import './ui/styles/components.css';

const container = document.getElementById('root');
if (!container) throw new Error('root element missing');

async function openSettingsStore(): Promise<SettingsStore> {
  try {
    return repositorySettingsStore((await getWorkspace()).settings);
  } catch (error) {
    // The app still starts in the user's language; the company switcher reports the database problem.
    console.error('workspace database unavailable', error);
    return localSettingsStore(window.localStorage);
  }
}

const settingsStore = await openSettingsStore();
const settings = await settingsStore.load().catch((error: unknown) => {
  console.error('settings unreadable, using defaults', error);
  return { ...defaultSettings };
});
applyTextScale(settings.largeText);
// Strings of the saved language are loaded before the first render: no flash of another language.
await initI18n(settings.language);

createRoot(container).render(
  <StrictMode>
    <SettingsProvider store={settingsStore} initial={settings}>
      <App />
    </SettingsProvider>
  </StrictMode>,
);
