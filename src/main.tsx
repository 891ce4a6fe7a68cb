import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/i18n';
import { App } from './ui/app/App';
import { SettingsProvider } from './ui/settings/SettingsContext';
import { localSettingsStore } from './ui/settings/settings-store';
import { applyTextScale } from './ui/settings/text-scale';
import './ui/styles/theme.css';
import './ui/styles/layout.css';
import './ui/styles/components.css';

const container = document.getElementById('root');
if (!container) throw new Error('root element missing');

const settingsStore = localSettingsStore(window.localStorage);
const settings = await settingsStore.load();
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
