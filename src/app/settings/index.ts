// Settings' actions: where the app's settings (language, type size, active company) are kept between runs.
export { localSettingsStore, openSettingsStore, parseStoredSettings, repositorySettingsStore, type SettingsStore } from './settings-store';
